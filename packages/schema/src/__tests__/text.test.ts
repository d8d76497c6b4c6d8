// Text sanitising at the schema boundary: NUL removed, lone surrogates replaced, clean text untouched.
import { describe, expect, it } from 'vitest';
import { Mutation, RecordState } from '../sync';
import { fakeReadout } from '../testing';
import { cleanText, isCleanText } from '../text';

const hlc = '001764201600000-00000-c1';
const { user: _user, ...content } = fakeReadout();

describe('cleanText', () => {
  it('removes NUL and replaces lone surrogates, keeping pairs', () => {
    expect(cleanText('a\u0000b')).toBe('ab');
    expect(cleanText('x\ud83d')).toBe('x\ufffd');
    expect(cleanText('\ude00y')).toBe('\ufffdy');
    expect(cleanText('\ude00\ud83d')).toBe('\ufffd\ufffd');
    expect(cleanText('ok 😀 首脳')).toBe('ok 😀 首脳');
    expect(isCleanText('😀')).toBe(true);
    expect(isCleanText('\ud83d')).toBe(false);
  });
});

describe('schemas clean every text before validating it', () => {
  const dirty = {
    ...content,
    title: 'Summit\u0000 talk\ud83d',
    participants: content.participants.map((p) => ({ ...p, name: `\u0000${p.name}` })),
    topics: ['ener\u0000gy'],
    links: { ...content.links, related: [{ title: `${'x'.repeat(499)}\ud83d`, url: 'https://e.x/' }] },
  };

  it('a capture, setTags, setNote and merge holding NUL or lone surrogates parse cleaned', () => {
    const capture = Mutation.parse({ type: 'capture', id: 1, readoutId: content.id, hlc, readout: dirty });
    expect(capture.type === 'capture' && capture.readout.title).toBe('Summit talk\ufffd');
    expect(capture.type === 'capture' && capture.readout.participants[0]!.name).toBe(
      content.participants[0]!.name,
    );
    expect(capture.type === 'capture' && capture.readout.topics).toEqual(['energy']);
    expect(capture.type === 'capture' && capture.readout.links.related[0]!.title.endsWith('\ufffd')).toBe(
      true,
    );

    const tags = Mutation.parse({
      type: 'setTags',
      id: 2,
      readoutId: content.id,
      hlc,
      add: ['g\u00007'],
      remove: [],
    });
    expect(tags.type === 'setTags' && tags.add).toEqual(['g7']);
    const note = Mutation.parse({
      type: 'setNote',
      id: 3,
      readoutId: content.id,
      hlc,
      note: 'n\u0000\udc00',
    });
    expect(note.type === 'setNote' && note.note).toBe('n\ufffd');

    const state = RecordState.parse({
      id: content.id,
      content: dirty,
      captured: hlc,
      tags: { 'g\u00007': { added: hlc, removed: null } },
      note: { value: '\u0000x', hlc },
      starred: null,
      deleted: null,
    });
    expect(Object.keys(state.tags)).toEqual(['g7']);
    expect(state.note?.value).toBe('x');
    expect(state.content?.title).toBe('Summit talk\ufffd');
  });

  it('a text that is only NUL still fails a minimum length', () => {
    expect(
      Mutation.safeParse({ type: 'setTags', id: 2, readoutId: content.id, hlc, add: ['\u0000'], remove: [] })
        .success,
    ).toBe(false);
  });
});
