// The labelled real pages of packages/extract/eval, extracted once: the readouts the analysis
// tests and the person-resolution eval run on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractReadout } from '@readouts/extract';
import { parseHtml } from '@readouts/extract/node';
import { emptyUserFields, type Readout, uncorrected } from '@readouts/schema';

const evalDir = path.resolve(import.meta.dirname, '../../extract/eval');
const capturedAt = new Date('2026-01-01T00:00:00Z');

const labelled = (dir: string) => existsSync(path.join(evalDir, dir, 'labels.jsonl'));

/** Per set, the folder of its pages in the real 2026 skeleton (`<set>/real`, or the set itself). */
function pageDirs(): string[] {
  return readdirSync(evalDir)
    .filter((d) => d === 'dev' || d.startsWith('heldout'))
    .sort()
    .map((d) => (labelled(path.join(d, 'real')) ? path.join(d, 'real') : d))
    .filter(labelled);
}

export interface EvalPage {
  /** `<set>/<file>` relative to packages/extract/eval. */
  page: string;
  readout: Readout;
}

interface Row {
  page: string;
  url: string;
}

let rows: Row[] | null = null;
const extracted = new Map<string, Readout | null>();

/** The labelled readout pages, without extracting them. */
function readoutRows(): Row[] {
  rows ??= pageDirs().flatMap((dir) =>
    readFileSync(path.join(evalDir, dir, 'labels.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { file: string; url: string; kind: string })
      .filter((row) => row.kind === 'readout')
      .map((row) => ({ page: `${dir}/${row.file}`, url: row.url })),
  );
  return rows;
}

/** One page extracted as a saved readout (captured 2026-01-01), or null when it is not a readout. */
function extract(row: Row): Readout | null {
  if (!extracted.has(row.page)) {
    const html = readFileSync(path.join(evalDir, row.page), 'utf8');
    const result = extractReadout(parseHtml(html), row.url, { capturedAt });
    extracted.set(
      row.page,
      result.kind === 'readout' ? { ...result.readout, user: emptyUserFields(), ...uncorrected() } : null,
    );
  }
  return extracted.get(row.page)!;
}

/** Every labelled readout page, extracted. */
export function evalPages(): EvalPage[] {
  return readoutRows().flatMap((row) => {
    const readout = extract(row);
    return readout ? [{ page: row.page, readout }] : [];
  });
}

/** The readout of one page (`<set>/<file>`), extracting only that page; throws when it is not a labelled readout. */
export function evalReadout(page: string): Readout {
  const row = readoutRows().find((r) => r.page === page);
  const readout = row ? extract(row) : null;
  if (!readout) throw new Error(`no eval readout for ${page}`);
  return readout;
}
