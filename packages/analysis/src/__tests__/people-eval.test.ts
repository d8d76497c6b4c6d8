// The person-resolution eval (eval/people.json) on every labelled real page, with the floor
// measured when the labels were written: 80 of 83 persons (0.964), 54 of 54 offices.
import { describe, expect, it } from 'vitest';
import { scorePeopleEval } from '../../scripts/people-eval';

describe('the person-resolution eval', () => {
  it('resolves at least 80 of the 83 labelled mentions and every labelled office', () => {
    const score = scorePeopleEval();
    console.log(
      `persons ${score.correct}/${score.mentions} = ${score.accuracy.toFixed(3)}; offices ${score.officesCorrect}/${score.offices}`,
    );
    expect(score.mentions).toBe(83);
    expect(score.correct).toBeGreaterThanOrEqual(80);
    expect(score.officesCorrect).toBe(score.offices);
  }, 120_000);
});
