// Page-level facts outside the prose: content root, headline, section label, canonical URL, language.
import { countryByName } from '../data/country-lookup';
import { normaliseText } from '../text/normalise';
import type { PageMarks } from './marks';
import { findElement, findElements, hasClass, tagOf } from './query';

const SITE_NAMES = /^(?:Ministry of Foreign Affairs of Japan|外務省|MOFA)$/i;
const TITLE_SUFFIX = /\s*[|｜]\s*(?:Ministry of Foreign Affairs of Japan|外務省)\s*$/i;

function safeQuery(doc: Document | Element, keep: (el: Element) => boolean): Element | null {
  try {
    return findElement(doc, keep);
  } catch {
    return null;
  }
}

const byTag =
  (tag: string) =>
  (el: Element): boolean =>
    tagOf(el) === tag;
const byId =
  (id: string) =>
  (el: Element): boolean =>
    el.getAttribute('id') === id;
const metaProperty =
  (property: string) =>
  (el: Element): boolean =>
    tagOf(el) === 'meta' && el.getAttribute('property') === property;
// `link[rel="canonical"]`: HTML compares rel values case-insensitively.
const isCanonicalLink = (el: Element): boolean => {
  const rel = tagOf(el) === 'link' ? el.getAttribute('rel') : null;
  return rel !== null && rel.length === 9 && rel.toLowerCase() === 'canonical';
};

// Text with a space for every <br> and element boundary: "Meeting<br>(Overview)" reads "Meeting (Overview)".
function spacedText(node: Node, depth = 0): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || depth > 50) return '';
  const tag = (node as Element).tagName.toLowerCase();
  if (tag === 'br') return ' ';
  if (tag === 'script' || tag === 'style') return '';
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) out += spacedText(child, depth + 1);
  return /^(?:span|a|b|strong|em|i|small|sup|sub|font)$/.test(tag) ? out : ` ${out} `;
}

// Metadata lives in <head>: searching it alone spares a walk over the whole page.
function headOf(doc: Document): Document | Element {
  try {
    return doc.head ?? doc;
  } catch {
    return doc;
  }
}

function safeById(doc: Document, id: string): Element | null {
  try {
    return doc.getElementById(id);
  } catch {
    return null;
  }
}

function textOf(el: Element | null): string {
  return el ? normaliseText(spacedText(el)).replace(/\s+([)）])/g, '$1') : '';
}

/** The element holding the page's own content, falling back to <body> or the root element. */
export function contentRoot(doc: Document): Element | null {
  for (const id of ['maincontents', 'main-contents', 'main']) {
    const el = safeById(doc, id);
    if (el) return el;
  }
  for (const keep of [
    byId('maincontents'),
    byId('main-contents'),
    byId('main'),
    (el: Element) => tagOf(el) === 'td' && hasClass(el, 'main'),
    byTag('main'),
    byId('contents'),
    byTag('article'),
  ]) {
    const el = safeQuery(doc, keep);
    if (el) return el;
  }
  let body: Element | null = null;
  try {
    body = doc.body;
  } catch {
    body = null;
  }
  return body ?? safeQuery(doc, byTag('body')) ?? doc.documentElement ?? null;
}

function ogTitle(doc: Document): string {
  const og = safeQuery(headOf(doc), metaProperty('og:title'))?.getAttribute('content');
  return og ? normaliseText(og).replace(TITLE_SUFFIX, '') : '';
}

/**
 * The page's headline, or null when the page shows none. On the real site (2026) the headline is
 * `#contents-header h2.title2` and the `h1.title1` above it is the section label, so a page with
 * that label but no such h2 has its headline only in og:title or <title>, where it differs from the
 * label. Older and reconstructed layouts put the headline in the <h1>.
 */
function headline(doc: Document, marks: PageMarks): string | null {
  const header = textOf(marks.headerH2);
  if (header && !SITE_NAMES.test(header)) return header;
  const label = textOf(marks.sectionH1);
  if (label) {
    for (const text of [ogTitle(doc), documentTitle(doc)]) {
      if (text && text !== label && !SITE_NAMES.test(text)) return text;
    }
    return null;
  }
  for (const h1 of [marks.rootH1, marks.firstH1]) {
    const text = textOf(h1);
    if (text && !SITE_NAMES.test(text)) return text;
  }
  const text = ogTitle(doc);
  return text && !SITE_NAMES.test(text) ? text : null;
}

/**
 * The element a headline was read from (the real site's `h2.title2`, or an <h1>), or null when it
 * came from og:title or <title>: evidence quoting the headline is found again there.
 */
export function headlineElement(marks: PageMarks, headlineText: string | null): Element | null {
  if (!headlineText) return null;
  for (const el of [marks.headerH2, marks.rootH1, marks.firstH1])
    if (el && textOf(el) === headlineText) return el;
  return null;
}

/** The <title> text without the site name. */
export function documentTitle(doc: Document): string {
  return textOf(safeQuery(headOf(doc), byTag('title'))).replace(TITLE_SUFFIX, '');
}

const HOME_CRUMB = /^(?:Home|ホーム|トップページ|Top)$/i;

/** The link texts of a `#breadcrumb` bar ("Top > Countries & Regions > Japan-China Relations > page"). */
function crumbBarLinks(bar: Element | null): string[] {
  if (!bar) return [];
  const out: string[] = [];
  for (const a of findElements(bar, byTag('a'))) out.push(textOf(a));
  return out;
}

/** The section label ("Japan-Mexico Relations", "Press Releases") the page is filed under. */
function sectionLabel(doc: Document, marks: PageMarks, title: string | null): string | null {
  const explicit =
    textOf(marks.sectionH1) ||
    textOf(marks.sectionTitles.find((t) => t.inRoot)?.el ?? null) ||
    textOf(marks.sectionTitles[0]?.el ?? null);
  if (explicit) return explicit;
  const crumbs = [...marks.crumbs.map((li) => textOf(li)), ...crumbBarLinks(marks.crumbBar)].filter(
    (t) => t && !HOME_CRUMB.test(t) && t !== title,
  );
  if (crumbs.length > 0) return crumbs[crumbs.length - 1] ?? null;
  // Without a headline, the document title of a MOFA page is its section's name.
  const docTitle = documentTitle(doc);
  if (!title && docTitle && !SITE_NAMES.test(docTitle)) return docTitle;
  return null;
}

/** The page's canonical URL from <link rel=canonical> or og:url, if it states one. */
export function statedUrl(doc: Document): string | null {
  const canonical = safeQuery(headOf(doc), isCanonicalLink)?.getAttribute('href');
  const og = canonical ? null : safeQuery(headOf(doc), metaProperty('og:url'))?.getAttribute('content');
  const url = (canonical || og || '').trim();
  return url || null;
}

/** The page language: Japanese for /mofaj/ pages or lang="ja", else English. */
export function pageLanguage(doc: Document, url: string, sample: string): 'en' | 'ja' {
  if (/\/mofaj\//.test(url)) return 'ja';
  const lang = doc.documentElement?.getAttribute?.('lang') ?? '';
  if (/^ja/i.test(lang)) return 'ja';
  if (/^en/i.test(lang)) return 'en';
  const kana = (sample.match(/[\u3040-\u30ff\u4e00-\u9fff]/g) ?? []).length;
  return kana > sample.length / 10 ? 'ja' : 'en';
}

const SECTION_LIKE =
  /(?:Relations|Press Releases|Countries (?:&|and) Regions|Foreign Policy|Interviews (?:&|and) Articles|関係|国・地域|報道発表|外交政策|会見・発表)$/i;

/**
 * The headline and section label together. Without an <h1> or og:title, the <title> is the
 * headline only when it differs from the section label and does not read like one.
 */
export function headlineAndSection(
  doc: Document,
  marks: PageMarks,
): { headline: string | null; section: string | null } {
  const head = headline(doc, marks);
  const section = sectionLabel(doc, marks, head);
  if (head) return { headline: head, section };
  const title = documentTitle(doc);
  if (title && title !== section && !SECTION_LIKE.test(title) && countryByName(title) === null) {
    return { headline: title, section };
  }
  return { headline: null, section };
}
