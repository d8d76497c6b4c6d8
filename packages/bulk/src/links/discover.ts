// Finds the links on a MOFA list page (press-release index and its monthly archives, country
// relations pages, "What's New") that may lead to readouts, scored by URL and link-text rules.
import { normaliseUrl, readoutIdFromUrl } from '@readouts/schema';
import { archiveMonthOfUrl, isoListDay, readListDay, readYear } from './list-date';
import { contentAnchors, textOf } from './page-scope';
import { type LinkRule, TEXT_RULES, textLang, URL_RULES } from './rules';

/** How likely a link is to lead to a readout. */
export type Likelihood = 'likely' | 'possible' | 'unlikely';

/** A link that may lead to a readout. */
export interface ReadoutLink {
  /** The absolute URL as linked, without its fragment. */
  url: string;
  /** `normaliseUrl(url)`: what tells two links to one page apart from two pages. */
  canonicalUrl: string;
  /** The readout id the page would get (`readoutIdFromUrl`), to mark it already captured. */
  id: string;
  text: string;
  /** The entry's date as the list shows it (the `dt` above it, or a date in its list item). */
  listDateText: string | null;
  /** That date as YYYY-MM-DD, when the year can be told (see `isoListDay`). */
  listDate: string | null;
  /** 0 to 1: the summed points of the rules that matched, clamped. */
  score: number;
  likelihood: Likelihood;
  /** The codes of the rules that matched (`url.content-page`, `text.ja.talks`, …). */
  reasons: string[];
}

export interface DiscoverOptions {
  /** Today as YYYY-MM-DD: dates the list shows without a year fall on or before it. */
  today?: string;
  /** Links scoring below this are left out; 0 lists every same-site page link. Default 0.3. */
  minScore?: number;
}

/** Links to these are files, not pages. */
const PAGE_PATH = /(\.html?|\/[^./]*)$/i;

/** The absolute URL of an href on the page, or null for in-page, mail and script links. */
function resolve(href: string, pageUrl: string): URL | null {
  if (/^\s*(#|mailto:|javascript:|tel:)/i.test(href)) return null;
  try {
    const url = new URL(href, pageUrl);
    url.hash = '';
    return /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

const hostOf = (url: string): string => {
  try {
    return new URL(normaliseUrl(url)).host;
  } catch {
    return '';
  }
};

/** The date text shown for the entry an anchor is in: the `dt` of its `dd`, else its list item's other text. */
function entryDateText(anchor: Element): string | null {
  const dd = anchor.closest('dd');
  if (dd) {
    let el = dd.previousElementSibling;
    while (el && el.localName !== 'dt') el = el.previousElementSibling;
    if (el) return textOf(el) || null;
  }
  const item = anchor.closest('li, tr');
  if (!item) return null;
  const rest = textOf(item).replace(textOf(anchor), ' ').trim();
  return readListDay(rest) ? rest : null;
}

/** The year a list page is about: an archive URL's, else one in its headings. */
function pageYear(document: Document, pageUrl: string): number | null {
  const archive = archiveMonthOfUrl(new URL(pageUrl).pathname);
  if (archive) return archive.year;
  const heading = textOf(document.querySelector('#contents-header')) || textOf(document.querySelector('h1'));
  return readYear(heading);
}

const matching = (rules: readonly LinkRule[], text: string): LinkRule[] =>
  rules.filter((r) => r.pattern.test(text));

/** Scores one link by its path and text. */
export function scoreLink(
  url: string,
  text: string,
): { score: number; likelihood: Likelihood; reasons: string[] } {
  let path = url;
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {}
  const hits = [
    ...matching(URL_RULES, path),
    ...matching(TEXT_RULES[textLang(text)], text.normalize('NFKC')),
  ];
  const sum = hits.reduce((total, r) => total + r.points, 0);
  const score = Math.round(Math.min(1, Math.max(0, sum)) * 100) / 100;
  const likelihood: Likelihood = score >= 0.6 ? 'likely' : score >= 0.3 ? 'possible' : 'unlikely';
  return { score, likelihood, reasons: hits.map((r) => r.code) };
}

/**
 * The links on a list page that may lead to readouts: same site, pages not files, not the list
 * pages themselves, one per canonical URL (the best-scoring link text kept), in page order.
 * @example discoverReadoutLinks(document, 'https://www.mofa.go.jp/mofaj/press/release/index.html', { today: '2026-08-20' })
 */
export function discoverReadoutLinks(
  document: Document,
  pageUrl: string,
  options: DiscoverOptions = {},
): ReadoutLink[] {
  const minScore = options.minScore ?? 0.3;
  const site = hostOf(pageUrl);
  const self = normaliseUrl(pageUrl);
  const year = pageYear(document, pageUrl);
  const byCanonical = new Map<string, ReadoutLink>();
  for (const anchor of contentAnchors(document)) {
    const url = resolve(anchor.getAttribute('href') ?? '', pageUrl);
    if (!url || hostOf(url.href) !== site || !PAGE_PATH.test(url.pathname)) continue;
    const canonicalUrl = normaliseUrl(url.href);
    if (canonicalUrl === self || canonicalUrl.endsWith('/') || archiveMonthOfUrl(url.pathname)) continue;
    const text = textOf(anchor);
    const scored = scoreLink(url.href, text);
    if (scored.score < minScore) continue;
    const held = byCanonical.get(canonicalUrl);
    if (held && held.score >= scored.score) continue;
    const listDateText = entryDateText(anchor);
    const day = listDateText ? readListDay(listDateText) : null;
    byCanonical.set(canonicalUrl, {
      url: url.href,
      canonicalUrl,
      id: readoutIdFromUrl(canonicalUrl),
      text,
      listDateText,
      listDate: day ? isoListDay(day, year, options.today ?? null) : null,
      ...scored,
    });
  }
  return [...byCanonical.values()];
}
