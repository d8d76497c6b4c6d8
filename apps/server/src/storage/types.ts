// The storage interface both backends (SQLite, PostgreSQL) implement, and the records it deals in.
import type { Readout } from '@readouts/schema';
import type { ReadoutQuery } from '../query/params';
import type { DecisionStorage } from './decisions';

export interface User {
  id: number;
  name: string;
  createdAt: string;
}

export interface DeviceToken {
  id: string;
  userId: number;
  device: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Who a request acts for, resolved from a bearer token. */
export interface Identity {
  userId: number;
  userName: string;
  tokenId: string;
}

/**
 * One stored record: the merged sync state and, unless deleted, the materialised readout. Storage
 * hands records out at the current readout schema version, upgrading one an older server wrote.
 */
export interface StoredRecord {
  readoutId: string;
  seq: number;
  deleted: boolean;
  state: unknown;
  readout: Readout | null;
}

/** What applying one mutation leaves behind: the new state, and the readout or null for a tombstone. */
export interface RecordWrite {
  state: unknown;
  readout: Readout | null;
}

/** The minimum a mutation carries for storage: its per-client id and the record it touches. */
export interface MutationRef {
  id: number;
  readoutId: string;
}

/** Pure function applying a mutation to the current record (null when the user has none yet). */
export type Reducer<M extends MutationRef> = (current: StoredRecord | null, mutation: M) => RecordWrite;

/** How one applied mutation is logged: its kind and a compact detail (never the whole capture). */
export type MutationDescriber<M> = (m: M) => { type: string; detail: unknown };

/** One applied mutation of a record, newest first in `history`. */
export interface HistoryEntry {
  /** The change sequence of the write that carried it (mutations of one push to one record share it). */
  seq: number;
  /** Server time the push was applied. */
  appliedAt: string;
  clientId: string;
  /** Device name of the token that pushed it; null for imports and clients pushed without a token. */
  device: string | null;
  type: string;
  detail: unknown;
}

/** What a push did; `gapExpected` is set when ids skipped ahead (mutations before the gap applied). */
export interface PushOutcome {
  applied: number;
  skipped: number;
  lastMutationId: number;
  gapExpected: number | null;
  /** Set when the client id belongs to another device token: nothing was applied. */
  clientTaken?: boolean;
  /**
   * Set when a mutation was refused for good (it would grow its record past a tag cap): nothing
   * of the batch was applied. `index` is its place in the batch, `path` the state field.
   */
  refused?: { id: number; index: number; path: string; message: string };
}

/** A record as sync sees it: its state and the change sequence that last touched it. */
export interface RecordChange {
  readoutId: string;
  seq: number;
  /**
   * The state's JSON as stored, UTF-8 encoded: the `JSON.stringify` text of the reducer's state.
   * Bytes, so a pull can splice it into a response without decoding and re-encoding it. A state
   * whose content is of an older schema version (written by an older server) comes upgraded.
   */
  stateJson: Uint8Array;
}

export interface ChangePage {
  changes: RecordChange[];
  cursor: number;
  hasMore: boolean;
  /**
   * Set (with no changes, cursor 0 and hasMore) when tombstones after the cursor were collected:
   * the client may have missed deletes, so it pulls everything again from the start and removes
   * what the server no longer has.
   */
  resetRequired?: boolean;
  /** The user's `collected_seq` when the page was read: the next cursor carries it (gc.ts). */
  collectedSeq?: number;
}

export interface ReadoutPage {
  items: Readout[];
  nextCursor: string | null;
}

export interface ReadoutStats {
  total: number;
  /** Every country named in a readout's participants or location (Japan is in nearly all). */
  byCountry: Record<string, number>;
  /** The countries of the counterparts: who Japan met. */
  byCounterpartCountry: Record<string, number>;
  byYear: Record<string, number>;
  byFormat: Record<string, number>;
}

/** Where storage reports its start-up data migration: what it did, and records it could not migrate. */
export interface StorageLog {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** Options both backends take when opened. */
export interface OpenOptions {
  /** Default: JSON lines on stderr (stdout may be a CLI command's output). */
  log?: StorageLog;
  /** Records per transaction when the data migration rewrites stored records (default 500). */
  upgradeBatch?: number;
}

/** Thrown when creating something whose unique name already exists. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/**
 * Durable storage of users, tokens and each user's collection. Every method is scoped to a user
 * id where it reads or writes records, so one user can never reach another's.
 */
export interface Storage extends DecisionStorage {
  readonly kind: 'sqlite' | 'postgres';
  createUser(name: string): Promise<User>;
  findUser(name: string): Promise<User | null>;
  addToken(userId: number, device: string, tokenHash: string): Promise<DeviceToken>;
  listTokens(userId: number): Promise<DeviceToken[]>;
  /** Revokes a token; false when no such live token exists. */
  revokeToken(id: string): Promise<boolean>;
  authenticate(tokenHash: string): Promise<Identity | null>;
  /**
   * Applies one client's batch in a single transaction: mutations already applied are skipped,
   * those before a gap in ids are applied and the gap reported, each written record gets the
   * user's next change sequence number. All of it commits together or not at all.
   *
   * With `tokenId` (a device's push), the client id is bound to the token that first has a
   * mutation applied as it; a push of that client id from another token applies nothing and
   * answers `clientTaken: true` (two devices sharing one client id would skip each other's ids).
   * Clients recorded before binding existed are bound by their next push.
   *
   * Each applied mutation (not the skipped ones) is logged for `history`, as `describe` tells
   * (without it: the mutation's `type` and no detail); each touched record's log is cut to its
   * newest entries in the same transaction.
   */
  push<M extends MutationRef>(
    userId: number,
    clientId: string,
    mutations: M[],
    reduce: Reducer<M>,
    tokenId?: string,
    describe?: MutationDescriber<M>,
  ): Promise<PushOutcome>;
  /** The newest `limit` logged mutations of one record, newest first (at most `HISTORY_KEEP` are kept). */
  history(userId: number, readoutId: string, limit: number): Promise<HistoryEntry[]>;
  /**
   * The last mutation id applied from a client (0 when none). With `tokenId` (a device's pull):
   * null when the client id is bound to another token, whose progress the caller must not be told.
   */
  lastMutationId(userId: number, clientId: string, tokenId?: string): Promise<number | null>;
  /** The client ids bound to a device token (by their first push), most recently pushed first. */
  clientIdsOfToken(userId: number, tokenId: string): Promise<string[]>;
  /**
   * Records changed after `cursor` (a change sequence), oldest first; `resetRequired` when
   * tombstones after the cursor were collected since it was issued (`seenCollected`, the
   * `collectedSeq` of the page that gave the cursor).
   */
  pull(userId: number, cursor: number, limit: number, seenCollected?: number): Promise<ChangePage>;
  /**
   * Removes every user's tombstones written before `before` (an ISO time), with their history
   * (see gc.ts); a later pull from a cursor before them answers `resetRequired`.
   */
  collectTombstones(before: string): Promise<{ records: number; users: number }>;
  /** The user's latest change sequence: every cursor the server issued is at or below it. */
  changeHead(userId: number): Promise<number>;
  listReadouts(userId: number, query: ReadoutQuery): Promise<ReadoutPage>;
  getRecord(userId: number, readoutId: string): Promise<StoredRecord | null>;
  stats(userId: number): Promise<ReadoutStats>;
  /** Refreshes planner statistics and merges search-index segments after bulk loads. */
  optimize(): Promise<void>;
  close(): Promise<void>;
}
