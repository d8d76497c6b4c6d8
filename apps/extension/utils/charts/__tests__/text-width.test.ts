// Label widths: full-width (Japanese) characters count a whole em, others a narrow one; names too
// long for their column are cut with an ellipsis, never past it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText, textWidth } from '../text-width';

describe('textWidth', () => {
  it('counts Japanese as wider than Latin text of the same length', () => {
    expect(textWidth('2022')).toBeCloseTo(2.4);
    expect(textWidth('大韓民国')).toBe(4);
    expect(textWidth('オーストラリア')).toBeGreaterThan(textWidth('Australia') - 0.1);
  });
});

describe('fitText', () => {
  it('keeps a short name and cuts a long one with an ellipsis', () => {
    expect(fitText('Australia', 10)).toBe('Australia');
    expect(fitText('United Kingdom of Great Britain and Northern Ireland', 10)).toMatch(/^United Kin?g?.*…$/);
    expect(fitText('グレートブリテン及び北アイルランド連合王国', 6)).toBe('グレートブ…');
  });

  it('never returns text wider than it was given room for', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.integer({ min: 2, max: 20 }),
        (text, room) => {
          expect(textWidth(fitText(text, room))).toBeLessThanOrEqual(room + 1e-9);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
