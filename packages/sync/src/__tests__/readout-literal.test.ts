// The readout literal against the spread it replaces: the same keys, in the same order, the same
// values, for content in schema order (as parsed) and in any other order.
import { ReadoutContent } from '@readouts/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readoutFrom } from '../readout-literal';
import { fakeReadoutContent } from '../testing';

const review = { corrected: ['title' as const], extracted: { title: 'Page title' }, pageChanged: [] };
const user = { tags: ['g7'], note: 'n', starred: true };
const spread = (content: ReadoutContent) => ({ ...content, ...review, user });

describe('readoutFrom', () => {
  it('writes parsed content exactly as the spread does', () => {
    const content = ReadoutContent.parse(fakeReadoutContent({ title: 'Meeting', section: null }));
    const readout = readoutFrom(content, review, user);
    expect(JSON.stringify(readout)).toBe(JSON.stringify(spread(content)));
    expect(Object.keys(readout)).toEqual([
      ...Object.keys(ReadoutContent.shape),
      'corrected',
      'extracted',
      'pageChanged',
      'user',
    ]);
  });

  it('writes content in any key order, or with other keys, as the spread does', () => {
    const content = ReadoutContent.parse(fakeReadoutContent());
    const entries = Object.entries(content);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(entries, { minLength: entries.length - 1 }),
        fc.boolean(),
        (order, extra) => {
          const reordered = Object.fromEntries(
            extra ? [...order, ['extraKey', 1]] : order,
          ) as unknown as ReadoutContent;
          expect(JSON.stringify(readoutFrom(reordered, review, user))).toBe(
            JSON.stringify(spread(reordered)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
