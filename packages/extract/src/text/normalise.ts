// Text clean-up shared by every parser: Unicode width folding, link-icon labels, whitespace.

// Labels that MOFA's link icons put into the text flow ("(PDF)", "Open a New Window", 別ウィンドウで開く).
const LINK_ICON_TEXT =
  /\s*(?:[(（[]\s*PDF[^)）\]]{0,30}[)）\]]|Open a New Window|Open a new window|別ウィンドウで開く|新しいウィンドウで開く|外部リンク)/g;
// A literal "<br>" that escaped into a caption as text.
const LITERAL_BREAK = /<\s*br\s*\/?\s*>/gi;

/** Folds full-width digits, letters and punctuation to ASCII (NFKC) and collapses whitespace. */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(LITERAL_BREAK, ' ')
    .replace(LINK_ICON_TEXT, '')
    .replace(/[\u200b\u00a0\s]+/g, ' ')
    .trim();
}

/** Escapes a string for use inside a RegExp source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
