// Folding keeps what normalising keeps, minus spaces, and maps each character back to its raw
// text: the ground locateEvidence stands on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldWithOffsets } from '../text/fold';
import { normaliseText } from '../text/normalise';

// The characters MOFA pages mix: ASCII, full-width forms, kana (half-width with voicing marks),
// kanji, the spaces the site uses, and the link-icon labels normalising drops.
const PIECES = [
  'Mr.',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u3000',
  '\u200b',
  '\u2028',
  'Ｋｉｓｈｉｄａ',
  '１２：３０',
  '（',
  '）',
  'ｶﾞ',
  'ﾊﾟ',
  'か\u3099',
  '外務大臣',
  'が',
  '(PDF)',
  '（PDF:123KB）',
  'Open a New Window',
  '別ウィンドウで開く',
  '<br>',
  '①',
  'é',
  'e\u0301',
];
const rawText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 30 })
  .map((p) => p.join(''));

describe('foldWithOffsets', () => {
  it('folds to the normalised text without its spaces', () => {
    fc.assert(
      fc.property(rawText, (raw) => {
        expect(foldText(raw)).toBe(normaliseText(raw).replace(/\s/g, ''));
      }),
      { numRuns: 3000 },
    );
  });

  it('maps every folded character to raw text that normalises to hold it', () => {
    fc.assert(
      fc.property(rawText, (raw) => {
        const folded = foldWithOffsets(raw);
        for (let i = 0; i < folded.text.length; i++) {
          const start = folded.starts[i]!;
          const end = folded.ends[i]!;
          expect(start).toBeLessThan(end);
          if (i > 0) expect(start).toBeGreaterThanOrEqual(folded.starts[i - 1]!);
          expect(raw.slice(start, end).normalize('NFKC')).toContain(folded.text[i]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('drops spaces, widths and link labels', () => {
    expect(foldText('Ｍｒ.\u3000 Kishida (PDF) met')).toBe('Mr.Kishidamet');
    expect(foldWithOffsets('a ｶﾞb')).toEqual({ text: 'aガb', starts: [0, 2, 4], ends: [1, 4, 5] });
  });
});
