import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMutationIds } from '../mutation-ids';

const ids = (...values: number[]) => values.map((id) => ({ id }));

describe('checkMutationIds', () => {
  it('applies a fresh batch that continues the last applied id', () => {
    expect(checkMutationIds(0, ids(1, 2, 3))).toEqual({
      toApply: ids(1, 2, 3),
      alreadyApplied: [],
      lastMutationId: 3,
      gap: null,
    });
  });

  it('skips the already applied part of a retried batch', () => {
    expect(checkMutationIds(3, ids(2, 3, 4))).toEqual({
      toApply: ids(4),
      alreadyApplied: ids(2, 3),
      lastMutationId: 4,
      gap: null,
    });
  });

  it('applies nothing from a batch retried in full', () => {
    expect(checkMutationIds(5, ids(4, 5))).toMatchObject({ toApply: [], lastMutationId: 5, gap: null });
  });

  it('reports a gap before the batch with the next id the server expects', () => {
    expect(checkMutationIds(3, ids(5, 6))).toEqual({
      toApply: [],
      alreadyApplied: [],
      lastMutationId: 3,
      gap: { code: 'MUTATION_GAP', expected: 4 },
    });
  });

  it('keeps the consecutive run before a gap inside the batch', () => {
    expect(checkMutationIds(0, ids(1, 2, 4))).toEqual({
      toApply: ids(1, 2),
      alreadyApplied: [],
      lastMutationId: 2,
      gap: { code: 'MUTATION_GAP', expected: 3 },
    });
  });

  it('treats a repeat within the batch as already applied', () => {
    expect(checkMutationIds(0, ids(1, 1, 2))).toMatchObject({ toApply: ids(1, 2), alreadyApplied: ids(1) });
  });

  it('never applies an id twice across any sequence of retried or overlapping pushes', () => {
    const batch = fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(batch, { maxLength: 10 }), (batches) => {
        let last = 0;
        const applied: number[] = [];
        for (const pushed of batches) {
          const plan = checkMutationIds(last, ids(...pushed));
          applied.push(...plan.toApply.map((m) => m.id));
          if (plan.gap) expect(plan.gap.expected).toBe(plan.lastMutationId + 1);
          expect(plan.toApply.length + plan.alreadyApplied.length).toBeLessThanOrEqual(pushed.length);
          last = plan.lastMutationId;
        }
        expect(applied).toEqual(Array.from({ length: last }, (_, i) => i + 1));
      }),
    );
  });
});
