// The pairing eval as a test: the floors are what was measured on eval/pairs.json when pairing
// landed (11 of 11 pairs, nothing wrong), less one pair of slack for extractor changes.
import { describe, expect, it } from 'vitest';
import { evaluatePairing } from '../../eval/pair-eval';

describe('pairing on the labelled pairs', () => {
  const result = evaluatePairing();

  it('prints and meets its precision and recall floors', () => {
    console.log(
      `pairing: ${result.truePositives}/${result.found} found right, precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}`,
    );
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('pairs no hard negative, among them the Mexico courtesy call of issue 12', () => {
    expect(result.hardNegativesPaired).toEqual([]);
  });
});
