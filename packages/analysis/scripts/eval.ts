// Prints the person-resolution eval: `pnpm --filter @readouts/analysis eval`.
import { scorePeopleEval } from './people-eval';

const score = scorePeopleEval();
console.log(`persons: ${score.correct}/${score.mentions} = ${score.accuracy.toFixed(3)}`);
console.log(
  `offices (Japan's side): ${score.officesCorrect}/${score.offices} = ${(score.officesCorrect / score.offices).toFixed(3)}`,
);
for (const m of score.misses)
  console.log(`  miss: ${m.mention}: expected ${m.expected}, got ${m.got} (${m.note})`);
