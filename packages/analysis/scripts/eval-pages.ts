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

let cache: EvalPage[] | null = null;

/** Every labelled readout page, extracted as a saved readout (captured 2026-01-01). */
export function evalPages(): EvalPage[] {
  if (cache) return cache;
  cache = pageDirs().flatMap((dir) =>
    readFileSync(path.join(evalDir, dir, 'labels.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { file: string; url: string; kind: string })
      .filter((row) => row.kind === 'readout')
      .flatMap((row): EvalPage[] => {
        const html = readFileSync(path.join(evalDir, dir, row.file), 'utf8');
        const result = extractReadout(parseHtml(html), row.url, { capturedAt });
        if (result.kind !== 'readout') return [];
        const readout = { ...result.readout, user: emptyUserFields(), ...uncorrected() };
        return [{ page: `${dir}/${row.file}`, readout }];
      }),
  );
  return cache;
}

/** The readout of one page (`<set>/<file>`); throws when the page is not a labelled readout. */
export function evalReadout(page: string): Readout {
  const found = evalPages().find((p) => p.page === page);
  if (!found) throw new Error(`no eval readout for ${page}`);
  return found.readout;
}
