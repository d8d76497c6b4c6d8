// decisions.sync: the user's pair and person decisions, which are not edits of one readout and so
// do not travel as mutations. A device sends what it changed and gets back what changed on the
// server since its cursor; the server keeps, per decision, the winner by the packages' own rules,
// so devices converge whatever order they sync in.
import { createHash } from 'node:crypto';
import { personDecisionWins, decisionKey as personKey } from '@readouts/analysis';
import { pairDecisionWins, decisionKey as pairKey } from '@readouts/bulk';
import {
  DecisionsSyncRequest,
  type DecisionsSyncResponse,
  MAX_DECISIONS_PER_USER,
  type PairDecision,
  type PersonDecision,
} from '@readouts/schema';
import { isTooFarAhead } from '@readouts/sync';
import { TRPCError } from '@trpc/server';
import type { ApiDecision, DecisionWins } from '../context';
import { authedProcedure, router } from '../trpc';

/** A split's key names every readout it moves, so the store keys rows by a hash of it. */
const rowKey = (key: string) => createHash('sha256').update(key).digest('base64url');

const pairRow = (d: PairDecision): ApiDecision => ({
  kind: 'pair',
  key: rowKey(pairKey(d.en, d.ja)),
  hlc: d.hlc,
  value: d,
});
const personRow = (d: PersonDecision): ApiDecision => ({
  kind: 'person',
  key: rowKey(personKey(d)),
  hlc: d.hlc,
  value: d,
});

/** The stored values are the server's own, each validated when it arrived. */
const wins: DecisionWins = (kind, incoming, held) =>
  kind === 'pair'
    ? pairDecisionWins(incoming as PairDecision, held as PairDecision)
    : personDecisionWins(incoming as PersonDecision, held as PersonDecision);

/** Carried as the cause of a refusal, so the error's `data.issues` names the field, as zod's do. */
class DecisionRefused extends Error {
  override name = 'DecisionRefused';
  readonly issues: Array<{ path: string[]; message: string }>;
  constructor(path: string, reason: string) {
    super(`decision refused: ${reason}`);
    this.issues = [{ path: path.split('.'), message: reason }];
  }
}

/** A BAD_REQUEST naming the first decision stamped too far ahead of the server clock, if any. */
function futureStamp(input: { pairs: PairDecision[]; people: PersonDecision[] }, nowMs: number) {
  const lists = [
    ['pairs', input.pairs],
    ['people', input.people],
  ] as const;
  for (const [field, list] of lists) {
    const index = list.findIndex((d) => isTooFarAhead(d.hlc, nowMs));
    if (index < 0) continue;
    const path = `${field}.${index}.hlc`;
    const refused = new DecisionRefused(
      path,
      `${path} is stamped more than 24 h ahead of the server clock; fix the device clock`,
    );
    return new TRPCError({ code: 'BAD_REQUEST', message: refused.message, cause: refused });
  }
  return null;
}

export const decisionsRouter = router({
  /**
   * Merges the device's decisions into the user's, then answers the decisions written after
   * `cursor` (the device's own among them), oldest first, `limit` at a time. A decision stamped
   * more than 24 h ahead of the server clock refuses the whole request with BAD_REQUEST, as a push
   * does: it would win every conflict until the clock caught up. A cursor past the server's latest
   * decision (a restored backup) answers from the beginning with `reset: true`.
   */
  sync: authedProcedure
    .input(DecisionsSyncRequest)
    .mutation(async ({ ctx, input }): Promise<DecisionsSyncResponse> => {
      const refused = futureStamp(input, Date.now());
      if (refused) throw refused;
      const { userId } = ctx.identity;
      const rows = [...input.pairs.map(pairRow), ...input.people.map(personRow)];
      if (rows.length > 0) {
        const { overCap } = await ctx.storage.mergeDecisions(userId, rows, wins, MAX_DECISIONS_PER_USER);
        if (overCap)
          throw new TRPCError({
            code: 'BAD_REQUEST',
            message: `a user may keep at most ${MAX_DECISIONS_PER_USER} decisions`,
          });
      }
      const reset = input.cursor !== null && input.cursor > (await ctx.storage.decisionHead(userId));
      const page = await ctx.storage.pullDecisions(userId, reset ? 0 : (input.cursor ?? 0), input.limit);
      const pick = <K extends ApiDecision['kind']>(kind: K) =>
        page.decisions.filter((d) => d.kind === kind).map((d) => d.value);
      return {
        pairs: pick('pair') as PairDecision[],
        people: pick('person') as PersonDecision[],
        cursor: page.cursor,
        hasMore: page.hasMore,
        ...(reset ? { reset: true } : {}),
      };
    }),
});
