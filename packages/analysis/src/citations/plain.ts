// "Copy citation": one readout as a line of text in the Chicago Manual of Style's
// notes-and-bibliography form (a bibliography entry for a web page), and for Japanese pages the
// usual Japanese form of the same facts (author「title」date, URL（accessed）).
import type { Readout } from '@readouts/schema';
import { citationSource, dateParts, MINISTRY } from './source';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const englishDate = (date: string) => {
  const [y, m, d] = dateParts(date);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
};

const japaneseDate = (date: string) => {
  const [y, m, d] = dateParts(date);
  return `${y}年${m}月${d}日`;
};

/**
 * The Chicago bibliography entry: Ministry of Foreign Affairs of Japan. “Title.” Month D, YYYY.
 * Accessed Month D, YYYY. URL. A title ending in ? or ! keeps its mark instead of the period.
 */
export function chicagoCitation(r: Readout): string {
  const s = citationSource(r);
  const title = /[.?!]$/.test(s.title) ? s.title : `${s.title}.`;
  const issued = s.issued ? ` ${englishDate(s.issued)}.` : ' n.d.';
  return `${MINISTRY.en}. “${title}”${issued} Accessed ${englishDate(s.accessed)}. ${s.url}.`;
}

/** The Japanese form: 外務省「題名」2019年11月22日、URL（2026年1月1日閲覧）。 */
export function japaneseCitation(r: Readout): string {
  const s = citationSource(r);
  const issued = s.issued ? japaneseDate(s.issued) : '日付不明';
  return `${MINISTRY.ja}「${s.title}」${issued}、${s.url}（${japaneseDate(s.accessed)}閲覧）。`;
}

/**
 * The text "Copy citation" puts on the clipboard: the Japanese form for a page in Japanese, the
 * Chicago form otherwise; `lang` asks for one regardless of the page.
 */
export function copyCitation(r: Readout, lang: Readout['lang'] = r.lang): string {
  return lang === 'ja' ? japaneseCitation(r) : chicagoCitation(r);
}
