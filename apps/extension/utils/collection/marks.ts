// Search matches shown as <mark>: in a list row's text, and in every text node of the detail view
// (fields drawn by the field library included), from the search index's `matchRanges`.
import { matchRanges } from './search-index';

/**
 * A text as nodes with each match of the query in a <mark>; the text alone when nothing matches.
 * @example markedText('Japan-Brazil Summit', 'brazil') // ['Japan-', <mark>Brazil</mark>, ' Summit']
 */
export function markedText(text: string, query: string): Array<string | HTMLElement> {
  if (!query.trim()) return [text];
  const nodes: Array<string | HTMLElement> = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, query)) {
    if (start > at) nodes.push(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    at = end;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes.length > 0 ? nodes : [text];
}

/** Text inside these is not marked: what the user types, and the marks themselves. */
const SKIP = 'input, textarea, select, mark, script, style, [contenteditable]';

/** Marks the query's matches in every text node under `root`; returns how many it marked. */
export function markWithin(root: Element, query: string): number {
  if (!query.trim()) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(SKIP)) texts.push(node as Text);
  }
  let marked = 0;
  for (const node of texts) {
    const parts = markedText(node.data, query);
    if (parts.length === 1 && typeof parts[0] === 'string') continue;
    marked += parts.filter((part) => typeof part !== 'string').length;
    node.replaceWith(...parts);
  }
  return marked;
}

/** Takes out the marks `markWithin` put in, leaving the text as it was. */
export function unmarkWithin(root: Element): void {
  const marks = [...root.querySelectorAll('mark')];
  for (const mark of marks) mark.replaceWith(...mark.childNodes);
  if (marks.length > 0) root.normalize();
}
