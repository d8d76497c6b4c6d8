// `pnpm eval:extract`: extracts every labelled page of the dev set (shared/fixtures/mofa) and then
// of the held-out sets (eval/heldout, eval/heldout2, eval/heldout3, eval/heldout4), printing a field-accuracy table for each with the same rules
// as shared/fixtures/mofa/score_extract.py. Usage: tsx scripts/eval.ts [DEV_DIR [HELDOUT_DIR [HELDOUT2_DIR [HELDOUT3_DIR [HELDOUT4_DIR]]]]]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type LabelRecord, type OutputRecord, overallAccuracy, scoreExtraction } from '../src/eval/score';
import { extractReadout } from '../src/index';
import { parseHtml } from '../src/node';

const devDir = path.resolve(
  process.argv[2] ??
    process.env.READOUTS_FIXTURES ??
    path.join(import.meta.dirname, '../../../../shared/fixtures/mofa'),
);
const heldoutDir = path.resolve(process.argv[3] ?? path.join(import.meta.dirname, '../eval/heldout'));
const heldout2Dir = path.resolve(process.argv[4] ?? path.join(import.meta.dirname, '../eval/heldout2'));
const heldout3Dir = path.resolve(process.argv[5] ?? path.join(import.meta.dirname, '../eval/heldout3'));
const heldout4Dir = path.resolve(process.argv[6] ?? path.join(import.meta.dirname, '../eval/heldout4'));

const capturedAt = new Date('2026-01-01T00:00:00Z');

function printTable(name: string, dir: string): void {
  const labels: LabelRecord[] = readFileSync(path.join(dir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const outputs: OutputRecord[] = labels.map((lab) => {
    const document = parseHtml(readFileSync(path.join(dir, lab.file), 'utf8'));
    const result = extractReadout(document, (lab as LabelRecord & { url: string }).url, { capturedAt });
    return { file: lab.file, kind: result.kind, readout: result.kind === 'readout' ? result.readout : null };
  });
  const scores = scoreExtraction(labels, outputs);
  console.log(`${name} (${path.relative(process.cwd(), dir) || '.'}, ${labels.length} pages)`);
  console.log(`${'field'.padEnd(20)} ${'right'.padStart(9)}  accuracy  misses`);
  for (const s of scores) {
    const ratio = `${s.hit}/${s.total}`.padStart(9);
    const pct = `${((100 * s.hit) / s.total).toFixed(1)}%`.padStart(8);
    console.log(`${s.field.padEnd(20)} ${ratio}  ${pct}  ${s.misses.slice(0, 6).join(' ')}`);
  }
  const { hit, total, accuracy } = overallAccuracy(scores);
  console.log(`field accuracy ${hit}/${total} = ${accuracy.toFixed(3)}`);
}

printTable('dev set', devDir);
console.log('');
printTable('held-out set', heldoutDir);
console.log('');
printTable('second held-out set', heldout2Dir);
console.log('');
printTable('third held-out set', heldout3Dir);
console.log('');
printTable('fourth held-out set', heldout4Dir);
