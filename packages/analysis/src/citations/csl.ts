// CSL-JSON, the citation format of Zotero, Mendeley and every CSL processor: one `webpage` item per
// readout, MOFA as an institutional (literal) author and as publisher.
import type { Readout } from '@readouts/schema';
import { citationSource, dateParts } from './source';

/** The CSL-JSON fields this export writes (see the CSL 1.0.2 schema, csl-data.json). */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author: [{ literal: string }];
  publisher: string;
  'container-title': string;
  issued?: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
}

/** One readout as a CSL-JSON item. */
export function toCslItem(r: Readout): CslItem {
  const s = citationSource(r);
  return {
    id: s.key,
    type: 'webpage',
    title: s.title,
    author: [{ literal: s.author }],
    publisher: s.author,
    'container-title': s.author,
    ...(s.issued ? { issued: { 'date-parts': [dateParts(s.issued)] } } : {}),
    accessed: { 'date-parts': [dateParts(s.accessed)] },
    URL: s.url,
    language: s.lang,
  };
}

/** Readouts as a CSL-JSON file: an array of items. */
export const toCslJson = (readouts: readonly Readout[]): string =>
  `${JSON.stringify(readouts.map(toCslItem), null, 2)}\n`;
