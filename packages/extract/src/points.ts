// Numbered points and topic headings after the lead: top-level list items or numbered paragraphs;
// sub-items ("(1)", bullets under a number) fold into their parent, and a list split by MOFA's
// markup (a one-item wrapper list, a numbering that restarts) still reads as one sequence.
import type { Block } from './page/blocks';
import { findElement, tagOf } from './page/query';
import { cutText } from './text/cut';

export interface PointsResult {
  points: Array<{ n: number; text: string }>;
  topics: string[];
}

const TOP_MARKER = /^(?:(\d{1,2})(?:[.)．]\s*|\s+)(?=\S)|[-–—•・◆■●○▪]\s*)/;
const SUB_MARKER = /^(?:[(（](?:\d{1,2}|[a-zア-ン])[)）]|[a-zア-ン][.)]\s)\s*/;
const END_MARKER =
  /^(?:Back to\b|(?:\(|\[|【|（)(?:Reference|参考)(?:\)|\]|】|）)|(?:Reference|参考|Related Links?|Related Information|関連リンク|関連情報)$|Return to\b|Page Top$|ページの先頭|目次へ戻る|.{0,40}へ戻る$)/i;
// Photo captions that sit in the text flow: "(Photo) …", "(写真提供:内閣広報室)".
const PHOTO_LINE = /^(?:\(Photos?\b[^)]{0,10}\)|\[Photos?\]|Photos?:|\(写真[^)]{0,20}\)|【写真】)|写真提供/i;
// The sentence announcing the points, when it stands apart from the lead.
const OVERVIEW_LINE =
  /^(?:The |An )?(?:overview|outline|summary)\b.{0,80}\b(?:is|are) as follows[.:]?$|^(?:会談の)?概要(?:は)?(?:以下|次)の?とおり(?:です|。)?。?$/i;
// Translator's and editor's notes: "(*This is a provisional translation. …)", "※…", "(注)…".
const NOTE_LINE =
  /^[(（]?\s*(?:[*＊※]|[(（]?注[)）:：]|Note[:：])|^[(（]?\s*(?:This is a|The foregoing is a) provisional translation/i;
const LANGUAGE_LINE =
  /^(?:Japanese|English|日本語|英語版?(?:\s*\(English\))?|Japanese version|English version)$/i;

const isListItem = (el: Element): boolean => tagOf(el) === 'li';

function isWrapper(li: Element): boolean {
  // A list holding one item that itself holds the real list: the item is not a level of its own.
  const parent = li.parentElement;
  if (!parent) return false;
  let items = 0;
  for (let c = parent.firstElementChild; c && items < 2; c = c.nextElementSibling) if (isListItem(c)) items++;
  return items === 1 && findElement(li, isListItem) !== null;
}

// Every block under a list item asks about the same enclosing items; `wrappers` remembers the answers.
function itemKey(b: Block, wrappers: Map<Element, boolean>): Element | null {
  if (b.items.length === 0) return null;
  for (const li of b.items) {
    let wrapper = wrappers.get(li);
    if (wrapper === undefined) {
      wrapper = isWrapper(li);
      wrappers.set(li, wrapper);
    }
    if (!wrapper) return li;
  }
  return b.items[b.items.length - 1] ?? null;
}

const BULLET = /^([-–—•・◆■●○▪])\s*\S/;

/** Whether `first` opens a marked sequence that `next` continues: "1." then "2.", or one bullet twice. */
function opensSequence(first: string, next: string): boolean {
  if (/^1(?:[.)．]\s*|\s+)\S/.test(first)) return /^2(?:[.)．]\s*|\s+)\S/.test(next);
  const bullet = first.match(BULLET)?.[1];
  return bullet !== undefined && next.match(BULLET)?.[1] === bullet;
}

function asTopic(text: string): string | null {
  const t = text.replace(/[:：]$/, '').trim();
  if (t.length < 2 || t.length > 80 || /[.。]$/.test(t) || /^(?:概要|Overview|Summary)$/i.test(t))
    return null;
  return t;
}

/** Builds points and topics from the blocks that follow the lead (`lead` included when in a list). */
export function collectPoints(
  blocks: Block[],
  leadIndex: number,
  leadLast = leadIndex,
  headline: string | null = null,
): PointsResult {
  const isCaption = (text: string) =>
    PHOTO_LINE.test(text) ||
    OVERVIEW_LINE.test(text) ||
    (headline !== null && text.replace(/\s*\d{1,2}$/, '') === headline);
  const body: Block[] = [];
  const lead = blocks[leadIndex];
  if (lead && lead.items.length > 0 && leadLast === leadIndex) body.push(lead);
  for (const b of blocks.slice(leadLast + 1)) {
    if (END_MARKER.test(b.text)) break;
    if (b.kind === 'caption' || LANGUAGE_LINE.test(b.text) || NOTE_LINE.test(b.text) || isCaption(b.text))
      continue;
    body.push(b);
  }
  // A lead paragraph that opens a sequence of marked paragraphs ("1." before "2.", "・" before
  // "・") is the first point, as in a list.
  if (
    lead &&
    lead.items.length === 0 &&
    leadLast === leadIndex &&
    body[0]?.items.length === 0 &&
    opensSequence(lead.text, body[0].text)
  )
    body.unshift(lead);
  // Without "1." numbering, "(1)" items are the top level.
  const numbered = body.some((b) => b.items.length > 0 || TOP_MARKER.test(b.text));
  const topMarker = !numbered && body.some((b) => SUB_MARKER.test(b.text)) ? SUB_MARKER : TOP_MARKER;
  const marked = numbered || topMarker === SUB_MARKER || body.some((b) => b.kind === 'heading');
  const points: string[][] = [];
  // A short line counts as a topic heading only when text follows it in the same point.
  const candidates: Array<{ topic: string; point: number; part: number }> = [];
  let currentKey: Element | null = null;
  const addTopic = (t: string | null, fresh: boolean) => {
    if (!t) return;
    const point = fresh || points.length === 0 ? points.length : points.length - 1;
    const part = fresh || points.length === 0 ? 0 : points[point]!.length;
    candidates.push({ topic: t, point, part });
  };
  // A list ending in a bare topic ("Regional affairs") and a separate list after it: the second
  // list's items are that topic's sub-points, not points of their own.
  let headingOnly: Element | null = null;
  let foldList: Element | null = null;
  const wrappers = new Map<Element, boolean>();
  for (const b of body) {
    const key = itemKey(b, wrappers);
    let text = b.text;
    let fresh = false;
    if (key) {
      const list = key.parentElement;
      if (headingOnly && list !== headingOnly.parentElement && key !== currentKey) foldList = list;
      else if (list !== foldList) foldList = null;
      fresh = key !== currentKey && list !== foldList;
      headingOnly =
        key !== currentKey && !key.nextElementSibling && asTopic(text.replace(TOP_MARKER, '')) !== null
          ? key
          : null;
      currentKey = key;
      text = text.replace(TOP_MARKER, '');
    } else {
      headingOnly = null;
      foldList = null;
      currentKey = null;
      const top = text.match(topMarker);
      if (top || b.kind === 'heading') {
        fresh = true;
        text = text.slice(top?.[0].length ?? 0);
      } else if (!marked || points.length === 0) {
        fresh = true;
      }
    }
    const sub = topMarker === SUB_MARKER ? null : text.match(SUB_MARKER);
    if (sub) {
      const rest = text.slice(sub[0].length);
      if (rest.length <= 60) addTopic(asTopic(rest), fresh);
    } else if (fresh && (b.kind === 'heading' || text.length <= 60)) {
      addTopic(asTopic(text), fresh);
    }
    if (b.bold && b.bold.length <= 60 && b.bold.length < text.length - 10) {
      const t = asTopic(b.bold);
      if (t && !candidates.some((c) => c.topic === t)) candidates.push({ topic: t, point: -1, part: 0 });
    }
    if (fresh || points.length === 0) points.push([text]);
    else points[points.length - 1]!.push(text);
  }
  const cleaned = points
    .map((parts) => cutText(parts.join('\n').trim(), 20_000))
    .filter((t) => t.length > 0)
    .slice(0, 500);
  const topics: string[] = [];
  for (const c of candidates) {
    const followed = c.point < 0 || (points[c.point]?.length ?? 0) > c.part + 1;
    if (followed && !topics.includes(c.topic) && topics.length < 200) topics.push(c.topic);
  }
  return { points: cleaned.map((text, i) => ({ n: i + 1, text })), topics };
}
