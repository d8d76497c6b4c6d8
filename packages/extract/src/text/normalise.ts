// Text clean-up shared by every parser: Unicode width folding, link-icon labels, whitespace.

// Labels that MOFA's link icons put into the text flow ("(PDF)", "Open a New Window", 別ウィンドウで開く).
export const LINK_ICON_TEXT =
  /\s*(?:[(（[]\s*PDF[^)）\]]{0,30}[)）\]]|Open a New Window|Open a new window|別ウィンドウで開く|新しいウィンドウで開く|外部リンク)/g;
// Every label above holds one of these; most text holds none, and the labels' leading \s* makes
// their search slow.
export const LINK_ICON_HINT = /PDF|Open a|ウィンドウで開く|外部リンク/;
// A literal "<br>" that escaped into a caption as text.
export const LITERAL_BREAK = /<\s*br\s*\/?\s*>/gi;
const WHITESPACE = /[\u200b\u00a0\s]+/g;
// Text the whitespace pass would change: a space other than U+0020, a zero-width space, or two
// spaces in a row. Most text has none, and testing is cheaper than rebuilding it.
const UNUSUAL_WHITESPACE = /[^\S ]|\u200b| {2}/;

/** Folds full-width digits, letters and punctuation to ASCII (NFKC) and collapses whitespace. */
export function normaliseText(raw: string): string {
  let text = raw.normalize('NFKC');
  if (text.includes('<')) text = text.replace(LITERAL_BREAK, ' ');
  if (LINK_ICON_HINT.test(text)) text = text.replace(LINK_ICON_TEXT, '');
  if (UNUSUAL_WHITESPACE.test(text)) text = text.replace(WHITESPACE, ' ');
  return text.trim();
}

/** Escapes a string for use inside a RegExp source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
