// Prints pairing precision and recall on eval/pairs.json: `pnpm --filter @readouts/bulk eval`.
import { evaluatePairing } from './pair-eval';

const result = evaluatePairing();
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`readouts in the pool: ${result.readouts}`);
console.log(`pairs found: ${result.found}, right: ${result.truePositives}`);
console.log(`precision ${pct(result.precision)}  recall ${pct(result.recall)}`);
for (const p of result.missed) console.log(`missed: ${p.en} <> ${p.ja} (${p.why})`);
for (const p of result.wrong) console.log(`wrong:  ${p.en} <> ${p.ja} (score ${p.score.toFixed(2)})`);
for (const p of result.hardNegativesPaired) console.log(`hard negative paired: ${p.en} <> ${p.ja}`);
