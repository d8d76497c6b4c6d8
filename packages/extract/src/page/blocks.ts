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

interface Collected {
  blocks: Block[];
  maxBlocks: number;
}

// The walk's helpers live at module level, not as closures in it: a closure per element visited
// cost more than the work it did.
function emit(out: Collected, el: Element, state: WalkState, raw: string, bold: string | null): void {
  const text = normaliseText(raw);
  if (text && out.blocks.length < out.maxBlocks) {
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

function flush(out: Collected, el: Element, state: WalkState, inline: string, bold: string | null): void {
  for (const piece of splitAtBreaks(inline)) emit(out, el, state, piece, bold);
}

function walk(out: Collected, el: Element, state: WalkState): void {
  let inline = '';
  let bold: string | null = null;
  // Sibling links, not childNodes: DOM libraries build a fresh array for every childNodes read.
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
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
      flush(out, el, state, inline, bold);
      inline = '';
      bold = null;
      const caption = state.caption || tag === 'figcaption' || CAPTION_CLASS.test(`${attr(child, 'class')}`);
      walk(out, child, { items: tag === 'li' ? [...state.items, child] : state.items, caption });
    } else {
      const text = child.textContent ?? '';
      if ((tag === 'strong' || tag === 'b') && inline.trim() === '' && bold === null)
        bold = normaliseText(text);
      inline += text;
    }
  }
  flush(out, el, state, inline, bold);
}

/** Splits the content under `root` into blocks, in document order. */
export function collectBlocks(root: Element, maxBlocks = 2000): Block[] {
  const out: Collected = { blocks: [], maxBlocks };
  walk(out, root, { items: [], caption: false });
  return out.blocks;
}
