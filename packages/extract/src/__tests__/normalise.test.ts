import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../text/normalise';

// The clean-up as one chain of passes; normaliseText skips the passes that cannot change the text.
const everyPass = (raw: string): string =>
  raw
    .normalize('NFKC')
    .replace(/<\s*br\s*\/?\s*>/gi, ' ')
    .replace(
      /\s*(?:[(（[]\s*PDF[^)）\]]{0,30}[)）\]]|Open a New Window|Open a new window|別ウィンドウで開く|新しいウィンドウで開く|外部リンク)/g,
      '',
    )
    .replace(/[\u200b\u00a0\s]+/g, ' ')
    .trim();

const pieces = fc.constantFrom(
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u200b',
  '\u3000',
  '\ufeff',
  '<br>',
  '< BR />',
  '(PDF)',
  '（PDF 1.2MB）',
  '[PDF]',
  'Open a New Window',
  '別ウィンドウで開く',
  '外部リンク',
  'Meeting',
  '会談',
  'ＡＢＣ１２３',
  '.',
);

describe('normaliseText', () => {
  it('gives what running every pass gives', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }), (parts) => {
        const raw = parts.join('');
        expect(normaliseText(raw)).toBe(everyPass(raw));
      }),
      { numRuns: 3000 },
    );
  });
});
