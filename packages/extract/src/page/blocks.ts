// Flattens a page's main content into text blocks (paragraphs, headings, list items, captions),
// keeping the list nesting that point numbering depends on.
import { normaliseText } from '../text/normalise';
import { classOf } from './query';

export type BlockKind = 'heading' | 'para' | 'item' | 'caption';

export interface Block {
  kind: BlockKind;
  text: string;
  /** List items enclosing this block, outermost first. */
  items: Element[];
  /** Text of a leading <strong>/<b> run, a hint for topic headings. */
  bold: string | null;
}

const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'iframe',
  'svg',
  'template',
  'img',
  'video',
  'audio',
  'object',
  'map',
]);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'blockquote',
  'figure',
  'figcaption',
  'pre',
  'center',
  'address',
  'caption',
  'body',
  'html',
]);
// Page furniture that sits inside the content area on MOFA pages.
const SKIP_CLASS =
  /(?:^|[\s_-])(?:breadcrumb|topicpath|social|sns|share|pagetop|page-top|skip|gnav|left-menu|related|relatedlink|link-back|print)(?:$|[\s_-])/i;
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|photo|figure|img)(?:$|[\s_-])/i;

// Old pages put a whole readout in one paragraph, items separated by <br>: a blank line or a line
// that starts with a number or bullet begins a new block.
const BREAK = '\u2028';
const SPLIT = /\u2028\s*\u2028|\u2028(?=\s*(?:\d{1,2}[.)．]?\s|[(（]\d{1,2}[)）]|[-•・■●◆]))/;

function splitAtBreaks(text: string): string[] {
  return text.includes(BREAK) ? text.split(SPLIT) : [text];
}

interface WalkState {
  items: Element[];
  caption: boolean;
}

function attr(el: Element, name: string): string {
  try {
    return (name === 'class' ? classOf(el) : el.getAttribute(name)) ?? '';
  } catch {
    return '';
  }
}

/** Whether an element is page furniture (navigation, share buttons, "Back to" links). */
function isFurniture(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (SKIP_TAGS.has(tag)) return true;
  const cls = `${attr(el, 'class')} ${attr(el, 'id')}`;
  return cls.trim() !== '' && SKIP_CLASS.test(cls);
}

/** The DOM text behind one block: its raw text and the text nodes it was read from. */
export interface BlockSource {
  /** The block's text before normalisation (a <br> is U+2028, which no text node holds). */
  raw: string;
  /** Each text node's first character's offset in `raw`, in document order. */
  nodes: Array<{ node: Text; at: number }>;
}

interface Collected {
  blocks: Block[];
  maxBlocks: number;
  /** Set when the caller wants each block's DOM text (locating evidence); null on the fast path. */
  sources: BlockSource[] | null;
}

/** The text nodes an inline run came from, each with its offset in the run. */
type InlineNodes = Array<{ node: Text; at: number }>;

// The walk's helpers live at module level, not as closures in it: a closure per element visited
// cost more than the work it did.
function emit(
  out: Collected,
  el: Element,
  state: WalkState,
  raw: string,
  bold: string | null,
  source: BlockSource | null,
): void {
  const text = normaliseText(raw);
  if (text && out.blocks.length < out.maxBlocks) {
    if (out.sources && source) out.sources.push(source);
    const tag = el.tagName.toLowerCase();
    const kind: BlockKind = state.caption
      ? 'caption'
      : /^h[1-6]$/.test(tag)
        ? 'heading'
        : tag === 'li'
          ? 'item'
          : 'para';
    out.blocks.push({ kind, text, items: state.items, bold });
  }
}

function flush(
  out: Collected,
  el: Element,
  state: WalkState,
  inline: string,
  bold: string | null,
  nodes: InlineNodes | null,
): void {
  if (!nodes) {
    for (const piece of splitAtBreaks(inline)) emit(out, el, state, piece, bold, null);
    return;
  }
  let cursor = 0;
  for (const piece of splitAtBreaks(inline)) {
    const start = inline.indexOf(piece, cursor);
    cursor = start + piece.length;
    const end = cursor;
    const own = nodes
      .filter((n) => n.at < end && n.at + (n.node.data?.length ?? 0) > start)
      .map((n) => ({ node: n.node, at: n.at - start }));
    emit(out, el, state, piece, bold, { raw: piece, nodes: own });
  }
}

/** Appends the text nodes under `el` to `nodes`, offset from `at`, as `textContent` reads them. */
function inlineNodes(el: Node, at: number, nodes: InlineNodes): number {
  let offset = at;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      nodes.push({ node: node as Text, at: offset });
      offset += (node as Text).data.length;
    } else if (node.nodeType === 1) {
      offset = inlineNodes(node, offset, nodes);
    }
  }
  return offset;
}

function walk(out: Collected, el: Element, state: WalkState): void {
  let inline = '';
  let bold: string | null = null;
  let nodes: InlineNodes | null = out.sources ? [] : null;
  // Sibling links, not childNodes: DOM libraries build a fresh array for every childNodes read.
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      nodes?.push({ node: node as Text, at: inline.length });
      inline += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    const tag = child.tagName.toLowerCase();
    if (tag === 'br') {
      inline += BREAK;
      continue;
    }
    if (isFurniture(child)) continue;
    if (BLOCK_TAGS.has(tag)) {
      flush(out, el, state, inline, bold, nodes);
      inline = '';
      bold = null;
      nodes = out.sources ? [] : null;
      const caption = state.caption || tag === 'figcaption' || CAPTION_CLASS.test(`${attr(child, 'class')}`);
      walk(out, child, { items: tag === 'li' ? [...state.items, child] : state.items, caption });
    } else {
      const text = child.textContent ?? '';
      if ((tag === 'strong' || tag === 'b') && inline.trim() === '' && bold === null)
        bold = normaliseText(text);
      if (nodes) inlineNodes(child, inline.length, nodes);
      inline += text;
    }
  }
  flush(out, el, state, inline, bold, nodes);
}

/** Splits the content under `root` into blocks, in document order. */
export function collectBlocks(root: Element, maxBlocks = 2000): Block[] {
  const out: Collected = { blocks: [], maxBlocks, sources: null };
  walk(out, root, { items: [], caption: false });
  return out.blocks;
}

/**
 * The blocks under `root` with the DOM text each was read from, index for index as
 * `collectBlocks` numbers them: evidence names a block by that index.
 */
export function collectBlockSources(
  root: Element,
  maxBlocks = 2000,
): { blocks: Block[]; sources: BlockSource[] } {
  const out: Collected = { blocks: [], maxBlocks, sources: [] };
  walk(out, root, { items: [], caption: false });
  return { blocks: out.blocks, sources: out.sources! };
}
