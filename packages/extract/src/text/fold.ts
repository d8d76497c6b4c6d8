// Text as `normaliseText` would leave it, minus every space, with each character mapped back to
// the raw DOM text it came from: evidence (quoted from normalised text) is found again in a live
// page whose whitespace and character widths differ, and its place there is known to the character.
import { LINK_ICON_HINT, LINK_ICON_TEXT, LITERAL_BREAK } from './normalise';

/** Folded text and, for each of its characters, the raw text's range it came from. */
export interface FoldedText {
  text: string;
  /** Raw offset where the source of each folded character starts. */
  starts: number[];
  /** Raw offset where the source of each folded character ends. */
  ends: number[];
}

// A character with the marks that NFKC composes into it (a half-width kana's voicing mark too):
// normalising each such group alone gives what normalising the whole text gives.
const GROUP = /[^\p{M}\uff9e\uff9f][\p{M}\uff9e\uff9f]*|[\p{M}\uff9e\uff9f]+/gsu;
// What `normaliseText` collapses, plus U+2028, which the block walk puts where a <br> was.
const SPACE = /[\s\u200b\u00a0\u2028]/;

/** Marks, in `text`, the characters `normaliseText` drops: link-icon labels and literal <br>s. */
function droppedLabels(text: string): boolean[] {
  const dropped = new Array<boolean>(text.length).fill(false);
  const drop = (pattern: RegExp) => {
    for (const m of text.matchAll(pattern)) dropped.fill(true, m.index, m.index + m[0].length);
  };
  if (text.includes('<')) drop(LITERAL_BREAK);
  if (LINK_ICON_HINT.test(text)) drop(LINK_ICON_TEXT);
  return dropped;
}

/**
 * Folds raw DOM text, keeping where each folded character came from.
 * @example foldWithOffsets('Ｍｒ.\n Kishida').text // 'Mr.Kishida'
 */
export function foldWithOffsets(raw: string): FoldedText {
  // First pass: NFKC per character group, each output unit remembering its raw range.
  let wide = '';
  const wideStarts: number[] = [];
  const wideEnds: number[] = [];
  for (const m of raw.matchAll(GROUP)) {
    const out = m[0].normalize('NFKC');
    for (let i = 0; i < out.length; i++) {
      wideStarts.push(m.index);
      wideEnds.push(m.index + m[0].length);
    }
    wide += out;
  }
  // Second pass: drop what normalising drops, and every space.
  const dropped = droppedLabels(wide);
  const folded: FoldedText = { text: '', starts: [], ends: [] };
  for (let i = 0; i < wide.length; i++) {
    const ch = wide[i]!;
    if (dropped[i] || SPACE.test(ch)) continue;
    folded.text += ch;
    folded.starts.push(wideStarts[i]!);
    folded.ends.push(wideEnds[i]!);
  }
  return folded;
}

/** Folds text without keeping offsets: what two texts are compared by. */
export function foldText(text: string): string {
  return foldWithOffsets(text).text;
}
