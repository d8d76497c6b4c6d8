// Export buttons (JSON, JSONL, CSV downloads) and the import of any of the three, with its error
// report. The formats are @readouts/transfer's, the server's too, so what one writes the other reads.
import {
  type ImportPlace,
  type ImportProblem,
  parseImport,
  toCsv,
  toJson,
  toJsonl,
} from '@readouts/transfer';
import type { CollectionModel } from '../../utils/collection/model';
import { describeWriteError } from '../../utils/db/quota';
import { h } from '../../utils/dom';
import { t } from '../../utils/i18n';

const placeText = (at: ImportPlace): string => {
  const place = t(`importProblem.at.${at.kind}`, { n: at.n });
  return at.id === undefined ? place : t('importProblem.at.withId', { place, id: at.id });
};

/** An import problem in the UI's language (the parser's own detail, a field path and its message, as it is). */
export function describeProblem(problem: ImportProblem): string {
  let text: string;
  switch (problem.code) {
    case 'notJson':
    case 'csvBroken':
    case 'invalid':
      text = t(`importProblem.${problem.code}`, { detail: problem.detail });
      break;
    case 'more':
      return t('importProblem.more', { count: problem.count });
    default:
      text = t(`importProblem.${problem.code}`);
  }
  return 'at' in problem && problem.at
    ? t('importProblem.line', { place: placeText(problem.at), problem: text })
    : text;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { attrs: { href: url, download: name } });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What the file picker offers: every format the collection exports. */
const IMPORT_ACCEPT = '.json,.jsonl,.ndjson,.csv,application/json,application/jsonl,text/csv';

const stamp = () => new Date().toISOString().slice(0, 10);

/** Builds the export and import controls; `report` shows the outcome of an import. */
export function renderTransfer(model: CollectionModel, report: (message: string, isError: boolean) => void) {
  const file = h('input', {
    attrs: { type: 'file', accept: IMPORT_ACCEPT, hidden: true, 'data-action': 'import-file' },
    on: {
      change: async () => {
        const chosen = file.files?.[0];
        file.value = '';
        if (!chosen) return;
        const parsed = parseImport(await chosen.text());
        if (!parsed.ok) {
          report(
            t('transfer.importFailed', { error: parsed.problems.map(describeProblem).join(' | ') }),
            true,
          );
          return;
        }
        // All or nothing: a refused write (storage full) leaves the collection as it was.
        try {
          const outcome = await model.import(parsed.readouts);
          report(t('transfer.imported', { ...outcome }), false);
        } catch (error) {
          report(t('transfer.importFailed', { error: describeWriteError(error) }), true);
        }
      },
    },
  });
  const button = (label: string, action: string, onClick: () => void) =>
    h('button', { attrs: { type: 'button', 'data-action': action }, on: { click: onClick } }, label);
  return h(
    'div',
    { class: 'transfer' },
    button(t('transfer.exportJson'), 'export-json', () =>
      download(`readouts-${stamp()}.json`, 'application/json', toJson(model.visible())),
    ),
    button(t('transfer.exportJsonl'), 'export-jsonl', () =>
      download(`readouts-${stamp()}.jsonl`, 'application/jsonl', toJsonl(model.visible())),
    ),
    button(t('transfer.exportCsv'), 'export-csv', () =>
      download(`readouts-${stamp()}.csv`, 'text/csv', toCsv(model.visible())),
    ),
    button(t('transfer.import'), 'import', () => file.click()),
    file,
  );
}
