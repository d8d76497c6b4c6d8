// What each export format writes, as a table: its media type and file name, and how a stream of
// readouts becomes its text. The collection's layouts come from @readouts/transfer (the same CSV
// the extension writes and imports, formulas defused), citations and dyads from @readouts/analysis.
import { toBibtexEntry, toCslItem, toDyadCsv, toRisRecord } from '@readouts/analysis';
import type { Readout } from '@readouts/schema';
import { csvHeader, csvRow, EXPORT_FORMAT } from '@readouts/transfer';
import type { ExportFormat } from '../openapi/params';

/** How one format is written: a head, each readout, a tail; or the whole set at once. */
interface Writer {
  contentType: string;
  extension: string;
  head?: () => string;
  /** One readout's text; `index` counts from 0 (JSON arrays need commas between). */
  item?: (r: Readout, index: number) => string;
  tail?: () => string;
  /** For formats that need every readout first (dyads group both language versions into one meeting). */
  whole?: (readouts: Readout[]) => string;
}

const BOM = '\uFEFF';

export const EXPORT_WRITERS: Record<ExportFormat, Writer> = {
  jsonl: {
    contentType: 'application/x-ndjson; charset=utf-8',
    extension: 'jsonl',
    item: (r) => `${JSON.stringify(r)}\n`,
  },
  json: {
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
    head: () =>
      `{"format":${JSON.stringify(EXPORT_FORMAT)},"exportedAt":${JSON.stringify(new Date().toISOString())},"readouts":[`,
    item: (r, i) => `${i ? ',' : ''}\n${JSON.stringify(r)}`,
    tail: () => '\n]}\n',
  },
  csv: {
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    head: () => `${BOM}${csvHeader()}`,
    item: (r) => csvRow(r),
  },
  csl: {
    contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    extension: 'csl.json',
    head: () => '[',
    item: (r, i) => `${i ? ',' : ''}\n${JSON.stringify(toCslItem(r))}`,
    tail: () => '\n]\n',
  },
  ris: {
    contentType: 'application/x-research-info-systems; charset=utf-8',
    extension: 'ris',
    item: (r, i) => `${i ? '\r\n' : ''}${toRisRecord(r)}`,
  },
  bibtex: {
    contentType: 'application/x-bibtex; charset=utf-8',
    extension: 'bib',
    item: (r, i) => `${i ? '\n' : ''}${toBibtexEntry(r)}`,
  },
  dyads: {
    contentType: 'text/csv; charset=utf-8',
    extension: 'dyads.csv',
    whole: toDyadCsv,
  },
};

/** The text of an export, in pieces as readouts arrive. */
export async function* exportText(
  readouts: AsyncIterable<Readout>,
  format: ExportFormat,
): AsyncGenerator<string> {
  const writer = EXPORT_WRITERS[format];
  if (writer.whole) {
    const all: Readout[] = [];
    for await (const r of readouts) all.push(r);
    yield writer.whole(all);
    return;
  }
  if (writer.head) yield writer.head();
  let index = 0;
  for await (const r of readouts) yield writer.item!(r, index++);
  if (writer.tail) yield writer.tail();
}
