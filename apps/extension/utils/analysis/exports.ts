// The analyst's files: citations (CSL-JSON, RIS, BibTeX) and the dyadic CSV of a set of readouts,
// each with its file name and media type.
import { toBibtex, toCslJson, toDyadCsv, toRis } from '@readouts/analysis';
import type { Readout } from '@readouts/schema';

export const EXPORT_KINDS = ['csl', 'ris', 'bibtex', 'dyads'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

const FORMATS: Record<ExportKind, { ext: string; type: string; write: (r: readonly Readout[]) => string }> = {
  csl: { ext: 'csl.json', type: 'application/vnd.citationstyles.csl+json', write: toCslJson },
  ris: { ext: 'ris', type: 'application/x-research-info-systems', write: toRis },
  bibtex: { ext: 'bib', type: 'application/x-bibtex', write: toBibtex },
  dyads: { ext: 'dyads.csv', type: 'text/csv', write: toDyadCsv },
};

/** The file of one export kind for `readouts`, named with the day (`readouts-2026-01-01.bib`). */
export function exportFile(kind: ExportKind, readouts: readonly Readout[], today = new Date()): ExportFile {
  const format = FORMATS[kind];
  return {
    name: `readouts-${today.toISOString().slice(0, 10)}.${format.ext}`,
    type: format.type,
    text: format.write(readouts),
  };
}
