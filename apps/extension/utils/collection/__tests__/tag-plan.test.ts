import { tagKey, uniqueTags } from '@readouts/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeReadout } from '../../__tests__/factories';
import { checkTagMerge, planTagMerge, retag, tagCounts } from '../tag-plan';

const tagged = (id: string, tags: string[]) => fakeReadout({ id, user: { tags, note: '', starred: false } });

describe('tagCounts', () => {
  it('counts each tag once per readout across spellings, most used spelling shown, most used first', () => {
    const counts = tagCounts([
      tagged('a', ['Quad', 'G7']),
      tagged('b', ['quad']),
      tagged('c', ['Quad', 'FOIP']),
      tagged('d', ['g7']),
    ]);
    expect(counts).toEqual([
      { tag: 'Quad', count: 3 },
      { tag: 'G7', count: 2 },
      { tag: 'FOIP', count: 1 },
    ]);
  });
});

describe('retag', () => {
  it('renames a tag where it stood, whatever its case or width', () => {
    expect(retag(['G7', 'ｑｕａｄ', 'FOIP'], { sources: ['Quad'], target: 'Quad Summit' })).toEqual([
      'G7',
      'Quad Summit',
      'FOIP',
    ]);
  });

  it('merges several tags into one, kept at the first place any of them had', () => {
    expect(
      retag(['G7', 'FOIP', 'x', 'Indo-Pacific'], {
        sources: ['FOIP', 'indo-pacific'],
        target: 'Indo-Pacific',
      }),
    ).toEqual(['G7', 'Indo-Pacific', 'x']);
  });

  it('folds into a target already there, which takes the spelling asked for', () => {
    expect(retag(['quad', 'Quadrilateral'], { sources: ['Quadrilateral'], target: 'Quad' })).toEqual([
      'Quad',
    ]);
  });

  it('answers null when nothing changes', () => {
    expect(retag(['G7'], { sources: ['Quad'], target: 'FOIP' })).toBeNull();
    expect(retag(['Quad'], { sources: ['quad'], target: 'Quad' })).toBeNull();
    expect(retag(['Quad'], { sources: ['Quad'], target: '  ' })).toBeNull();
  });

  it('changes the spelling when only the case differs', () => {
    expect(retag(['quad', 'G7'], { sources: ['quad'], target: 'QUAD' })).toEqual(['QUAD', 'G7']);
  });

  it('leaves no source tag behind and keeps every other tag in order (any tags)', () => {
    const tag = fc.constantFrom(
      'Quad',
      'quad',
      'QUAD',
      'G7',
      'g7',
      'FOIP',
      'Ｆｏｉｐ',
      'ASEAN',
      'Trade',
      ' trade ',
    );
    fc.assert(
      fc.property(
        fc.array(tag, { maxLength: 8 }).map(uniqueTags),
        fc.array(tag, { minLength: 1, maxLength: 3 }),
        tag,
        (tags, sources, target) => {
          const next = retag(tags, { sources, target }) ?? tags;
          const sourceKeys = new Set(sources.map(tagKey));
          const others = (list: string[]) =>
            list.filter((t) => !sourceKeys.has(tagKey(t)) && tagKey(t) !== tagKey(target));
          expect(next.filter((t) => sourceKeys.has(tagKey(t)) && tagKey(t) !== tagKey(target))).toEqual([]);
          expect(others(next)).toEqual(others(tags));
          expect(uniqueTags(next)).toEqual(next);
          if (tags.some((t) => sourceKeys.has(tagKey(t)))) expect(next).toContain(target.trim());
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('planTagMerge and checkTagMerge', () => {
  it('lists only the readouts that change', () => {
    const plan = planTagMerge([tagged('a', ['Quad']), tagged('b', ['G7']), tagged('c', ['quad', 'G7'])], {
      sources: ['Quad'],
      target: 'Quad Leaders',
    });
    expect(plan).toEqual([
      { id: 'a', tags: ['Quad Leaders'] },
      { id: 'c', tags: ['Quad Leaders', 'G7'] },
    ]);
  });

  it('names what is missing', () => {
    expect(checkTagMerge({ sources: ['Quad'], target: ' ' })).toBe('noTarget');
    expect(checkTagMerge({ sources: [], target: 'Quad' })).toBe('noSources');
    expect(checkTagMerge({ sources: ['Quad'], target: 'QUAD' })).toBeNull();
  });
});
