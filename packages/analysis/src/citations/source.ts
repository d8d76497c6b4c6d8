// What every citation of a readout says: MOFA as author and publisher (in the page's language),
// the headline, the date, the URL and the day the page was captured.
import type { Readout } from '@readouts/schema';

/** The ministry's name as its own pages write it, per language. */
export const MINISTRY = { en: 'Ministry of Foreign Affairs of Japan', ja: '外務省' } as const;

export interface CitationSource {
  key: string;
  title: string;
  author: string;
  /** YYYY-MM-DD: the page's dateline, else the meeting date; null when neither is known. */
  issued: string | null;
  url: string;
  /** YYYY-MM-DD (UTC) of the capture. */
  accessed: string;
  lang: Readout['lang'];
}

/** A citation key safe in BibTeX and RIS: `mofa-`, the date and the readout id, ASCII only. */
const citationKey = (r: Readout): string =>
  `mofa-${(r.publishedDate ?? r.date ?? 'nd').replace(/-/g, '')}-${r.id}`.replace(/[^A-Za-z0-9_:-]/g, '_');

/** The facts a citation needs, read from a readout. */
export function citationSource(r: Readout): CitationSource {
  return {
    key: citationKey(r),
    title: r.title,
    author: MINISTRY[r.lang],
    issued: r.publishedDate ?? r.date,
    url: r.canonicalUrl,
    accessed: new Date(r.capture.capturedAt).toISOString().slice(0, 10),
    lang: r.lang,
  };
}

/** A YYYY-MM-DD date as numbers. */
export const dateParts = (date: string): [number, number, number] =>
  date.split('-').map(Number) as [number, number, number];
