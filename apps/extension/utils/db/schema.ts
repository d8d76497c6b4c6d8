// The IndexedDB layout of the collection: stores, indexes and the row types kept in them.
import type { Readout } from '@readouts/schema';
import type { DBSchema } from 'idb';
import type { BulkRow } from './bulk';
import type { OutboxEntry } from './outbox';

export const DB_NAME = 'readouts';
/** Bump with a new step in `upgrades.ts`; never edit a step that has shipped. */
export const DB_VERSION = 4;

/** One saved readout, with the fields IndexedDB indexes that a key path cannot reach in `Readout`. */
export interface ReadoutRow {
  id: string;
  readout: Readout;
  /** Counterpart countries of the meeting (ISO codes), for the multi-entry `by-country` index. */
  countries: string[];
}

/** Small key-value facts about the local database (schema notes, sync cursors later). */
export interface MetaRow {
  key: string;
  value: unknown;
}

export interface ReadoutsDB extends DBSchema {
  readouts: {
    key: string;
    value: ReadoutRow;
    indexes: { 'by-date': string; 'by-captured': string; 'by-country': string };
  };
  outbox: {
    key: number;
    value: OutboxEntry;
    indexes: { 'by-readout': string };
  };
  meta: {
    key: string;
    value: MetaRow;
  };
  /** Bulk capture: the capture queue and the user's pairing decisions, one row each (see bulk.ts). */
  bulk: {
    key: string;
    value: BulkRow;
  };
}

/** The counterpart countries of a readout, unique and sorted. */
export function counterpartCountries(readout: Readout): string[] {
  const codes = new Set<string>();
  for (const p of readout.participants) {
    if (p.side === 'counterpart' && p.country) codes.add(p.country);
  }
  return [...codes].sort();
}

/** Wraps a readout into the row stored in the `readouts` store. */
export function toRow(readout: Readout): ReadoutRow {
  return { id: readout.id, readout, countries: counterpartCountries(readout) };
}
