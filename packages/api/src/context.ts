// What the router needs from the server, as interfaces: the storage methods it calls, the caller's
// identity, limits, and how failures are named. The server's Storage satisfies `ApiStorage`
// structurally, so this package never imports the server.
import type { Mutation, Readout } from '@readouts/schema';
import type { ReadoutQuery } from './query';

/** Who a request acts for, resolved from a bearer token. */
export interface ApiIdentity {
  userId: number;
  userName: string;
  tokenId: string;
}

/** One stored record as the reducer sees it: the merged sync state and the readout (null when deleted). */
export interface ApiRecord {
  readoutId: string;
  seq: number;
  deleted: boolean;
  state: unknown;
  readout: Readout | null;
}

/** What applying one mutation leaves: the new state, and the readout or null for a tombstone. */
export interface ApiRecordWrite {
  state: unknown;
  readout: Readout | null;
}

/** How one applied mutation is written to the record's history: its kind and a compact detail. */
export interface HistoryDescription {
  type: string;
  detail: unknown;
}

/** Describes a mutation for the history log (never the whole capture). */
export type DescribeMutation = (mutation: Mutation) => HistoryDescription;

/** One applied mutation in a record's history. */
export interface HistoryEntry {
  seq: number;
  appliedAt: string;
  clientId: string;
  /** The device name of the token that pushed it (null for imports and unbound clients). */
  device: string | null;
  type: string;
  detail: unknown;
}

export interface ApiPushOutcome {
  applied: number;
  skipped: number;
  lastMutationId: number;
  gapExpected: number | null;
  clientTaken?: boolean;
  /** A mutation refused for good by the storage (over a tag cap): nothing was applied. */
  refused?: { id: number; index: number; path: string; message: string };
}

export interface ApiChangePage {
  changes: Array<{ readoutId: string; seq: number; stateJson: Uint8Array }>;
  cursor: number;
  hasMore: boolean;
  /** Tombstones after the cursor were collected: the client pulls again from the start. */
  resetRequired?: boolean;
  /** The user's latest collected tombstone sequence, carried by the next cursor. */
  collectedSeq?: number;
}

/** Counts over a user's collection (`readouts.stats`, `GET /api/v1/stats`). */
export interface ReadoutStats {
  total: number;
  /** Every country named in a readout's participants or location (Japan is in nearly all). */
  byCountry: Record<string, number>;
  /** The countries of the counterparts: who Japan met. */
  byCounterpartCountry: Record<string, number>;
  byYear: Record<string, number>;
  byFormat: Record<string, number>;
}

/** One decision as the decisions store keeps it (see `ApiDecisionStorage`). */
export interface ApiDecision {
  kind: 'pair' | 'person';
  /** What the decision decides (a hash of its register key): one row per kind and key. */
  key: string;
  /** The decision's own stamp, kept beside it for reading the store by eye. */
  hlc: string;
  value: unknown;
}

/** Whether `incoming` wins over `held`, two decisions of one kind and key. */
export type DecisionWins = (kind: ApiDecision['kind'], incoming: unknown, held: unknown) => boolean;

/**
 * A user's pair and person decisions, one last-writer-wins register per kind and key, each with
 * the user's decision sequence number of its last write (a pull cursor, gap-free in commit order).
 */
export interface ApiDecisionStorage {
  /**
   * Keeps each decision that wins over the one held (by `wins`), in one transaction, giving each
   * kept one the next sequence number. Refuses the whole batch (`overCap`, nothing written) when
   * the user would hold more than `maxPerUser` decisions.
   */
  mergeDecisions(
    userId: number,
    decisions: ApiDecision[],
    wins: DecisionWins,
    maxPerUser: number,
  ): Promise<{ written: number; overCap?: boolean }>;
  /** Decisions written after `cursor`, oldest first. */
  pullDecisions(
    userId: number,
    cursor: number,
    limit: number,
  ): Promise<{ decisions: ApiDecision[]; cursor: number; hasMore: boolean }>;
  /** The user's latest decision sequence number (0: none yet). */
  decisionHead(userId: number): Promise<number>;
}

/** The storage methods the router calls, each scoped to a user id. */
export interface ApiStorage extends ApiDecisionStorage {
  push(
    userId: number,
    clientId: string,
    mutations: Mutation[],
    reduce: (current: ApiRecord | null, mutation: Mutation) => ApiRecordWrite,
    tokenId?: string,
    describe?: DescribeMutation,
  ): Promise<ApiPushOutcome>;
  /** With `tokenId`: null when the client id is bound to another token. */
  lastMutationId(userId: number, clientId: string, tokenId?: string): Promise<number | null>;
  /** `seenCollected`: the collected sequence the cursor carries (0: none). */
  pull(userId: number, cursor: number, limit: number, seenCollected?: number): Promise<ApiChangePage>;
  changeHead(userId: number): Promise<number>;
  listReadouts(userId: number, query: ReadoutQuery): Promise<{ items: Readout[]; nextCursor: string | null }>;
  getRecord(userId: number, readoutId: string): Promise<ApiRecord | null>;
  stats(userId: number): Promise<ReadoutStats>;
  history(userId: number, readoutId: string, limit: number): Promise<HistoryEntry[]>;
}

/**
 * How the server names failures: an id per unexpected error (the same id the server logs), its
 * test for "the database is unreachable", and the messages clients get for both.
 */
export interface FailureNaming {
  errorId(error: object): string;
  isUnavailable(error: unknown): boolean;
  internalMessage(errorId: string): string;
  unavailableMessage(errorId: string): string;
}

/** The tRPC request context. */
export interface Context {
  storage: ApiStorage;
  identity: ApiIdentity | null;
  options: { maxBatch: number };
  failures: FailureNaming;
}
