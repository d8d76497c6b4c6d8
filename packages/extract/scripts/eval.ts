// `pnpm eval:extract`: extracts every labelled fixture page and prints field accuracy, with the
// same rules as shared/fixtures/mofa/score_extract.py. Usage: tsx scripts/eval.ts [FIXTURE_DIR]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type LabelRecord, type OutputRecord, overallAccuracy, scoreExtraction } from '../src/eval/score';
import { extractReadout } from '../src/index';
import { parseHtml } from '../src/node';

const dir = path.resolve(
  process.argv[2] ??
    process.env.READOUTS_FIXTURES ??
    path.join(import.meta.dirname, '../../../../shared/fixtures/mofa'),
);
const labels: LabelRecord[] = readFileSync(path.join(dir, 'labels.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const capturedAt = new Date('2026-01-01T00:00:00Z');
const outputs: OutputRecord[] = labels.map((lab) => {
  const document = parseHtml(readFileSync(path.join(dir, lab.file), 'utf8'));
  const result = extractReadout(document, (lab as LabelRecord & { url: string }).url, { capturedAt });
  return { file: lab.file, kind: result.kind, readout: result.kind === 'readout' ? result.readout : null };
});

const scores = scoreExtraction(labels, outputs);
console.log(`${'field'.padEnd(20)} ${'right'.padStart(9)}  accuracy  misses`);
for (const s of scores) {
  const ratio = `${s.hit}/${s.total}`.padStart(9);
  const pct = `${((100 * s.hit) / s.total).toFixed(1)}%`.padStart(8);
  console.log(`${s.field.padEnd(20)} ${ratio}  ${pct}  ${s.misses.slice(0, 6).join(' ')}`);
}
const { hit, total, accuracy } = overallAccuracy(scores);
console.log(`field accuracy ${hit}/${total} = ${accuracy.toFixed(3)}`);
