// How wide a label will be, in ems, before the page lays it out: the charts place their text by
// arithmetic (SVG has no text flow), so they estimate, leaning wide so that labels never collide.

/** Full-width characters (kana, kanji, hangul, full-width forms) take a whole em. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** True when `text` is written in full-width characters (Japanese), which read upright. */
export const isWide = (text: string): boolean => [...text].every((char) => WIDE.test(char));

/** Digits and Latin letters of a sans-serif face average under 0.6 em. */
const NARROW_EM = 0.6;

/**
 * The estimated width of `text` in ems of its font size.
 * @example textWidth('2022') // 2.4
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 1 : NARROW_EM;
  return width;
}

/** `text`, shortened with an ellipsis when it is wider than `maxEm`. */
export function fitText(text: string, maxEm: number): string {
  if (textWidth(text) <= maxEm) return text;
  const budget = maxEm - NARROW_EM;
  let kept = '';
  for (const char of text) {
    if (textWidth(kept + char) > budget) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}
