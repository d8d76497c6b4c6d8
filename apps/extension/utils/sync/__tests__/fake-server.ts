// An in-memory sync server for engine tests: the same push and pull rules as the real one
// (@readouts/sync), with hooks to fail requests and to look inside.
import type { Mutation, PullRequest, PullResponse, PushRequest, RecordState } from '@readouts/schema';
import { applyMutation, checkMutationIds, isDeleted } from '@readouts/sync';
import { SyncError } from '../errors';
import type { SyncTransport } from '../transport';

/** A fake server; `transport` is what a client gets, `fail` makes its next requests fail. */
export class FakeSyncServer {
  readonly states = new Map<string, { state: RecordState; seq: number }>();
  readonly lastIds = new Map<string, number>();
  readonly pushes: PushRequest[] = [];
  readonly pulls: PullRequest[] = [];
  /** Client ids another device token owns: a push of one is refused with CLIENT_ID_TAKEN. */
  readonly takenClientIds = new Set<string>();
  /**
   * Mutations refused for good: a push holding one answers 400, naming its id (as the real server
   * does for a bad stamp) when `namesRefused` is set, else not (a bare validation error).
   */
  refuse: ((m: Mutation) => boolean) | null = null;
  namesRefused = true;
  private seq = 0;

  /** The latest change sequence of a collected tombstone (see `collectTombstones`). */
  private collectedSeq = 0;

  /**
   * Removes the tombstones last changed at or before `seq`, as the server's tombstone collection
   * does past its horizon: a pull from a cursor before one of them then answers `resetRequired`.
   */
  collectTombstones(seq: number): void {
    for (const [id, s] of this.states) {
      if (s.seq <= seq && isDeleted(s.state)) {
        this.states.delete(id);
        this.collectedSeq = Math.max(this.collectedSeq, s.seq);
      }
    }
  }

  /** Forgets every change after `seq`, as a server restored from an older backup would. */
  rollBack(seq: number): void {
    for (const [id, s] of this.states) if (s.seq > seq) this.states.delete(id);
    this.seq = seq;
  }
  private failures: SyncError[] = [];

  /** Makes the next requests (push or pull) throw these errors, in order. */
  fail(...errors: SyncError[]): void {
    this.failures.push(...errors);
  }

  /** Applies mutations as if another device had pushed them. */
  apply(mutations: Mutation[]): void {
    for (const m of mutations) {
      this.seq += 1;
      this.states.set(m.readoutId, {
        state: applyMutation(this.states.get(m.readoutId)?.state ?? null, m),
        seq: this.seq,
      });
    }
  }

  readonly transport: SyncTransport = {
    push: async (request) => {
      this.throwIfFailing();
      this.pushes.push(request);
      if (this.takenClientIds.has(request.clientId)) {
        throw new SyncError('clientTaken', `client id ${request.clientId} is in use`, { status: 409 });
      }
      const refused = this.refuse ? request.mutations.find(this.refuse) : undefined;
      if (refused) {
        throw new SyncError('rejected', 'refused', {
          status: 400,
          reason: `mutation ${refused.id} refused`,
          ...(this.namesRefused ? { refusedId: refused.id } : {}),
        });
      }
      const plan = checkMutationIds(this.lastIds.get(request.clientId) ?? 0, request.mutations);
      this.apply(plan.toApply);
      this.lastIds.set(request.clientId, plan.lastMutationId);
      if (plan.gap) throw new SyncError('gap', 'gap', { expected: plan.gap.expected });
      return { lastMutationId: plan.lastMutationId };
    },
    pull: async (request) => {
      this.throwIfFailing();
      this.pulls.push(request);
      // Cursors as the real server writes them: `seq`, or `seq-collected` once tombstones were collected.
      const [after = 0, seen = 0] = (request.cursor ?? '0').split('-').map(Number);
      if (after > this.seq) throw new SyncError('reset', `cursor ${after} is ahead of ${this.seq}`);
      if (after > 0 && after < this.collectedSeq && seen < this.collectedSeq) {
        return { changes: [], cursor: '0', hasMore: true, resetRequired: true };
      }
      const limit = request.limit ?? 200;
      const changed = [...this.states.values()].filter((s) => s.seq > after).sort((a, b) => a.seq - b.seq);
      const page = changed.slice(0, limit);
      const response: PullResponse = {
        changes: page.map((s) => s.state),
        cursor: `${page.at(-1)?.seq ?? after}${this.collectedSeq ? `-${this.collectedSeq}` : ''}`,
        hasMore: changed.length > limit,
      };
      return response;
    },
  };

  private throwIfFailing(): void {
    const failure = this.failures.shift();
    if (failure) throw failure;
  }
}
