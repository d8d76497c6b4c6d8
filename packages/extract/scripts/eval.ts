// `pnpm eval:extract`: extracts every labelled page of every evaluation set named in eval/sets.json
// (the dev set in the real skeleton and in the reconstructed layouts, then each held-out set) and
// prints a field-accuracy table for each, with the rules of eval/dev/guessed/score_extract.py, the
// set's before-fix figure beside its figure now, and a summary table at the end.
// Usage: tsx scripts/eval.ts [SET_DIR...]   (directories holding labels.jsonl; default: eval/sets.json)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type LabelRecord, type OutputRecord, overallAccuracy, scoreExtraction } from '../src/eval/score';
import { extractReadout } from '../src/index';
import { parseHtml } from '../src/node';

interface EvalSet {
  name: string;
  dir: string;
  layout: 'real' | 'guessed';
  /** Field accuracy before any change prompted by the set, or null when it was not recorded. */
  beforeFix: number | null;
  note: string;
}

const evalDir = path.join(import.meta.dirname, '../eval');
const capturedAt = new Date('2026-01-01T00:00:00Z');

function readSets(): EvalSet[] {
  const args = process.argv.slice(2);
  if (args.length > 0) {
    return args.map((dir) => ({
      name: path.basename(path.resolve(dir)),
      dir: path.resolve(dir),
      layout: 'real',
      beforeFix: null,
      note: '',
    }));
  }
  const sets: EvalSet[] = JSON.parse(readFileSync(path.join(evalDir, 'sets.json'), 'utf8'));
  return sets.map((s) => ({ ...s, dir: path.join(evalDir, s.dir) }));
}

function scoreSet(set: EvalSet): { hit: number; total: number; accuracy: number; pages: number } {
  const labels: Array<LabelRecord & { url: string }> = readFileSync(
    path.join(set.dir, 'labels.jsonl'),
    'utf8',
  )
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const outputs: OutputRecord[] = labels.map((lab) => {
    const document = parseHtml(readFileSync(path.join(set.dir, lab.file), 'utf8'));
    const result = extractReadout(document, lab.url, { capturedAt });
    return { file: lab.file, kind: result.kind, readout: result.kind === 'readout' ? result.readout : null };
  });
  const scores = scoreExtraction(labels, outputs);
  console.log(`${set.name} (${path.relative(process.cwd(), set.dir) || '.'}, ${labels.length} pages)`);
  console.log(`${'field'.padEnd(20)} ${'right'.padStart(9)}  accuracy  misses`);
  for (const s of scores) {
    const ratio = `${s.hit}/${s.total}`.padStart(9);
    const pct = `${((100 * s.hit) / s.total).toFixed(1)}%`.padStart(8);
    console.log(`${s.field.padEnd(20)} ${ratio}  ${pct}  ${s.misses.slice(0, 6).join(' ')}`);
  }
  const overall = overallAccuracy(scores);
  const before = set.beforeFix === null ? 'not recorded' : set.beforeFix.toFixed(3);
  console.log(
    `field accuracy ${overall.hit}/${overall.total} = ${overall.accuracy.toFixed(3)} (before fixes: ${before}${set.note ? `; ${set.note}` : ''})`,
  );
  return { ...overall, pages: labels.length };
}

const summary: string[] = [];
for (const set of readSets()) {
  if (!existsSync(path.join(set.dir, 'labels.jsonl'))) {
    console.log(`${set.name}: no labels.jsonl in ${path.relative(process.cwd(), set.dir)}\n`);
    process.exitCode = 1;
    continue;
  }
  const s = scoreSet(set);
  console.log('');
  const before = set.beforeFix === null ? '-' : set.beforeFix.toFixed(3);
  summary.push(
    `${set.name.padEnd(52)} ${set.layout.padEnd(8)} ${String(s.pages).padStart(5)} ${before.padStart(10)} ${s.accuracy.toFixed(3).padStart(8)}`,
  );
}
console.log(
  `${'set'.padEnd(52)} ${'layout'.padEnd(8)} ${'pages'.padStart(5)} ${'before fix'.padStart(10)} ${'now'.padStart(8)}`,
);
for (const line of summary) console.log(line);
