// The server's reducer for pushed mutations: the shared merge rules of @readouts/sync, so server
// and clients compute the same state and the same visible readout.
import type { Mutation, RecordState } from '@readouts/schema';
import { applyMutation, materialize } from '@readouts/sync';
import type { ApiRecord, ApiRecordWrite } from './context';

/** Applies a mutation to the stored state and materialises the readout (null when deleted). */
export const applyToRecord = (current: ApiRecord | null, mutation: Mutation): ApiRecordWrite => {
  const state = applyMutation((current?.state as RecordState | undefined) ?? null, mutation);
  return { state, readout: materialize(state) };
};
