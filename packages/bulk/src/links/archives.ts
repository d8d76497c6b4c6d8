// The archive links of a list page (the monthly press-release archives in `table.archives-wrapper`,
// `/mofaj/press/release/8_07_index.html`), so a crawler can follow this month's or this year's.
import { normaliseUrl } from '@readouts/schema';
import { archiveMonthOfUrl, readListDay, readYear } from './list-date';
import { textOf } from './page-scope';

/** One archive page: the month of entries it lists. */
export interface ArchiveLink {
  url: string;
  canonicalUrl: string;
  year: number;
  month: number;
  text: string;
}

const EN_MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** The month a link text names ("7月", "July"), or null. */
function monthOfText(text: string): number | null {
  const ja = /^(?<m>\d{1,2})月$/.exec(text.normalize('NFKC'));
  if (ja?.groups) return Number(ja.groups.m);
  const en = EN_MONTH.exec(text);
  return en ? (readListDay(`${en[1]} 1`)?.month ?? null) : null;
}

/**
 * The archive pages a list page links to, newest first: each link of its archive table, with the
 * year from the table row (令和8年) or the URL, and the month from the link text or the URL.
 */
export function archiveLinks(document: Document, pageUrl: string): ArchiveLink[] {
  const found = new Map<string, ArchiveLink>();
  const anchors = [
    ...document.querySelectorAll<HTMLAnchorElement>('table.archives-wrapper a[href], a[href]'),
  ];
  for (const anchor of anchors) {
    let url: URL;
    try {
      url = new URL(anchor.getAttribute('href') ?? '', pageUrl);
    } catch {
      continue;
    }
    const fromUrl = archiveMonthOfUrl(url.pathname);
    const row = anchor.closest('table.archives-wrapper tr');
    if (!fromUrl && !row) continue;
    const text = textOf(anchor);
    const year = (row ? readYear(textOf(row.querySelector('td, th'))) : null) ?? fromUrl?.year;
    const month = monthOfText(text) ?? fromUrl?.month;
    if (!year || !month) continue;
    url.hash = '';
    const canonicalUrl = normaliseUrl(url.href);
    if (!found.has(canonicalUrl)) found.set(canonicalUrl, { url: url.href, canonicalUrl, year, month, text });
  }
  return [...found.values()].sort((a, b) => b.year - a.year || b.month - a.month);
}

/** Which archives to follow: this month's, or every month of this year so far. */
export type ArchiveScope = 'this-month' | 'this-year';

/** The archive links of `scope`, seen from `today` (YYYY-MM-DD). */
export function selectArchives(
  links: readonly ArchiveLink[],
  scope: ArchiveScope,
  today: string,
): ArchiveLink[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return links.filter(
    (l) => l.year === year && (scope === 'this-year' ? l.month <= month : l.month === month),
  );
}
