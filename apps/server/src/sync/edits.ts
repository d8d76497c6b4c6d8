// Edits made over REST (PATCH and DELETE of a readout) applied as sync mutations: one client id
// per device token (`rest-<tokenId>`) with its own mutation ids, hlcs later than everything in
// the record, and the same validation and merge rules as a push, so every device's next pull
// brings the edit.
import { applyToRecord, describeMutation } from '@readouts/api';
import { type CorrectMutation, Mutation, type Readout, type RecordState } from '@readouts/schema';
import {
  checkMutationBounds,
  createClock,
  latestHlc,
  type MutationDraft,
  stampMutation,
  tagCapProblem,
  userFieldDrafts,
} from '@readouts/sync';
import { patchCorrections, type ReadoutPatch } from '../http/readout-patch';
import type { Identity, Storage } from '../storage/types';

/** What an edit came to: the readout after it, or why nothing was applied. */
export type EditOutcome =
  | { kind: 'applied'; readout: Readout | null }
  | { kind: 'notFound' }
  | { kind: 'refused'; issues: Array<{ path: string; message: string }> }
  | { kind: 'clientTaken'; clientId: string };

/** The client id REST edits of one device token push as. */
export const restClientId = (tokenId: string) => `rest-${tokenId}`;

/** Attempts at one edit when another server instance used the same mutation ids meanwhile. */
const ATTEMPTS = 3;

/** The drafts a patch makes from a record's state and readout (corrections, then user fields). */
export function patchDrafts(patch: ReadoutPatch, state: RecordState, readout: Readout): MutationDraft[] {
  const drafts: MutationDraft[] = [];
  const corrections = patchCorrections(patch);
  if (corrections.length > 0 && state.content) {
    const content = state.content;
    // `base` is the page's value the correction replaces: what makes a later re-capture with a
    // different value "page changed since your correction".
    const fields = Object.fromEntries(
      corrections.map(([field, value]) => [field, value === null ? null : { value, base: content[field] }]),
    ) as CorrectMutation['fields'];
    drafts.push({ type: 'correct', readoutId: readout.id, fields });
  }
  const user = {
    tags: patch.tags ?? readout.user.tags,
    note: patch.note ?? readout.user.note,
    starred: patch.starred ?? readout.user.starred,
  };
  drafts.push(...userFieldDrafts(readout.id, readout.user, user));
  return drafts;
}

/** The first reason a stamped mutation may not be applied to `state`, as a REST issue. */
function problemOf(mutation: Mutation, state: RecordState): { path: string; message: string } | null {
  const parsed = Mutation.safeParse(mutation);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { path: issue.path.map(String).join('.'), message: issue.message };
  }
  const bounds = checkMutationBounds(mutation, Date.now());
  if (bounds) return bounds;
  return tagCapProblem(applyToRecordState(state, mutation));
}

const applyToRecordState = (state: RecordState, mutation: Mutation): RecordState =>
  applyToRecord({ readoutId: state.id, seq: 0, deleted: false, state, readout: null }, mutation)
    .state as RecordState;

/**
 * Applies REST edits of the caller's readouts. Edits through one token are applied one at a time
 * in this process, so each takes the next mutation id of its client.
 */
export function createReadoutEditor(storage: Storage) {
  const queues = new Map<string, Promise<unknown>>();
  const serially = <T>(clientId: string, run: () => Promise<T>): Promise<T> => {
    const previous = queues.get(clientId) ?? Promise.resolve();
    const next = previous.then(run, run);
    const settled = next.catch(() => undefined);
    queues.set(clientId, settled);
    settled.then(() => queues.get(clientId) === settled && queues.delete(clientId));
    return next;
  };

  /** Builds the record's drafts, stamps and pushes them; retries if the ids were taken meanwhile. */
  const edit = (
    identity: Identity,
    readoutId: string,
    drafts: (state: RecordState, readout: Readout) => MutationDraft[],
  ): Promise<EditOutcome> => {
    const clientId = restClientId(identity.tokenId);
    return serially(clientId, async () => {
      for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
        const record = await storage.getRecord(identity.userId, readoutId);
        if (!record?.readout) return { kind: 'notFound' };
        const state = record.state as RecordState;
        const planned = drafts(state, record.readout);
        if (planned.length === 0) return { kind: 'applied', readout: record.readout };
        const last = (await storage.lastMutationId(identity.userId, clientId)) ?? 0;
        const clock = createClock(clientId);
        const latest = latestHlc(state);
        if (latest) clock.receive(latest);
        const mutations = planned.map((draft, i) => stampMutation(draft, last + 1 + i, clock.tick()));
        let after = state;
        for (const mutation of mutations) {
          const problem = problemOf(mutation, after);
          if (problem) return { kind: 'refused', issues: [problem] };
          after = applyToRecordState(after, mutation);
        }
        const outcome = await storage.push(
          identity.userId,
          clientId,
          mutations,
          applyToRecord,
          identity.tokenId,
          describeMutation,
        );
        if (outcome.clientTaken) return { kind: 'clientTaken', clientId };
        if (outcome.refused) {
          const { path, message } = outcome.refused;
          return { kind: 'refused', issues: [{ path, message }] };
        }
        // Another instance pushed as this client meanwhile: the ids were taken. Applying the same
        // change twice is a join, so the whole edit is stamped again and resent.
        if (outcome.gapExpected !== null || outcome.applied < mutations.length) continue;
        const written = await storage.getRecord(identity.userId, readoutId);
        return { kind: 'applied', readout: written?.readout ?? null };
      }
      throw new Error(`edit of ${readoutId} lost its mutation ids ${ATTEMPTS} times`);
    });
  };

  return {
    /** Applies a PATCH body: corrections (null reverts) and user fields. */
    patch: (identity: Identity, readoutId: string, patch: ReadoutPatch) =>
      edit(identity, readoutId, (state, readout) => patchDrafts(patch, state, readout)),
    /** Deletes the readout (a tombstone every device pulls). */
    remove: (identity: Identity, readoutId: string) =>
      edit(identity, readoutId, (_state, readout) => [{ type: 'delete', readoutId: readout.id }]),
  };
}
export type ReadoutEditor = ReturnType<typeof createReadoutEditor>;
