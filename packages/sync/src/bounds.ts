// The one check every pushed mutation passes before a server applies it, whatever its type: no
// timestamp in it may lie too far in the future (it would win every conflict until the clocks
// caught up), and a merged state may carry no more than single mutations could build.
import type { Hlc, Mutation, ReadoutContent, RecordState } from '@readouts/schema';
import { DEFAULT_MAX_DRIFT_MS, isTooFarAhead } from './hlc';

/** The most present tags a merged state may carry: the schema's cap on a readout's tags. */
export const MAX_RECORD_TAGS = 200;
/**
 * The most tag entries (present or removed) a merged state may carry. Removed tags stay as entries,
 * so a record edited for years can hold more than MAX_RECORD_TAGS of them, but not without bound.
 */
export const MAX_RECORD_TAG_ENTRIES = 1000;

/** Why a mutation is refused: the offending field (dotted, from the mutation) and a sentence. */
export interface MutationProblem {
  path: string;
  message: string;
}

const HOURS = (ms: number) => `${ms / 3_600_000} h`;

/**
 * The first problem with `mutation`, or null when it may be applied: its own `hlc` and every stamp
 * inside it (a merged state's `captured`, `deleted`, `note.hlc` and its conflicts, `starred.hlc`, each correction's `hlc`, each tag's `added`
 * and `removed`) at most `maxDriftMs` ahead of `nowMs`; a captured readout's
 * `capture.capturedAt` (a capture's or a merged state's) likewise; a merged state within the tag caps.
 * @example checkMutationBounds(mutation, Date.now()) // null, or { path: 'state.note.hlc', message }
 */
export function checkMutationBounds(
  mutation: Mutation,
  nowMs: number,
  maxDriftMs = DEFAULT_MAX_DRIFT_MS,
): MutationProblem | null {
  const limit = nowMs + maxDriftMs;
  const stamp = (hlc: Hlc | null, path: string): MutationProblem | null => {
    if (hlc === null) return null;
    let ahead: boolean;
    try {
      ahead = isTooFarAhead(hlc, nowMs, maxDriftMs);
    } catch {
      return { path, message: `${path} is not an HLC timestamp` };
    }
    return ahead
      ? {
          path,
          message: `${path} is stamped more than ${HOURS(maxDriftMs)} ahead of the server clock; fix the device clock`,
        }
      : null;
  };
  const captured = (content: ReadoutContent | null, path: string): MutationProblem | null => {
    if (content === null) return null;
    const at = Date.parse(content.capture.capturedAt);
    return Number.isNaN(at) || at > limit
      ? {
          path: `${path}.capture.capturedAt`,
          message: `${path}.capture.capturedAt is more than ${HOURS(maxDriftMs)} ahead of the server clock; fix the device clock`,
        }
      : null;
  };
  const own = stamp(mutation.hlc, 'hlc');
  if (own) return own;
  if (mutation.type === 'capture') return captured(mutation.readout, 'readout');
  if (mutation.type === 'merge') return stateProblem(mutation.state, stamp, captured);
  return null;
}

function stateProblem(
  state: RecordState,
  stamp: (hlc: Hlc | null, path: string) => MutationProblem | null,
  captured: (content: ReadoutContent | null, path: string) => MutationProblem | null,
): MutationProblem | null {
  const caps = tagCapProblem(state, 'state.tags');
  if (caps) return caps;
  const entries = Object.entries(state.tags);
  const checks: Array<() => MutationProblem | null> = [
    () => stamp(state.captured, 'state.captured'),
    () => stamp(state.deleted, 'state.deleted'),
    () => stamp(state.note?.hlc ?? null, 'state.note.hlc'),
    ...(state.note?.conflicts ?? []).map(
      (version, i) => () => stamp(version.hlc, `state.note.conflicts.${i}.hlc`),
    ),
    () => stamp(state.starred?.hlc ?? null, 'state.starred.hlc'),
    ...Object.entries(state.corrections ?? {}).map(
      ([field, register]) =>
        () =>
          stamp(register.hlc, `state.corrections.${field}.hlc`),
    ),
    () => captured(state.content, 'state.content'),
  ];
  for (const check of checks) {
    const problem = check();
    if (problem) return problem;
  }
  for (const [tag, { added, removed }] of entries) {
    const path = `state.tags.${JSON.stringify(tag)}`;
    const problem = stamp(added, `${path}.added`) ?? stamp(removed, `${path}.removed`);
    if (problem) return problem;
  }
  return null;
}

/**
 * Whether a record's state holds more tags than the caps allow (MAX_RECORD_TAGS present,
 * MAX_RECORD_TAG_ENTRIES present or removed). A merged state is checked before it is applied; a
 * state that many `setTags` reach one by one is checked after applying each, so no sequence of
 * valid mutations builds a record the schema would refuse.
 * @example tagCapProblem(applyMutation(state, mutation)) // null, or { path: 'tags', message }
 */
export function tagCapProblem(state: RecordState, path = 'tags'): MutationProblem | null {
  const entries = Object.values(state.tags);
  if (entries.length > MAX_RECORD_TAG_ENTRIES) {
    return {
      path,
      message: `${path} holds ${entries.length} tags; a record may hold at most ${MAX_RECORD_TAG_ENTRIES} (present or removed)`,
    };
  }
  const present = entries.filter((t) => t.added !== null && (t.removed === null || t.added > t.removed));
  if (present.length > MAX_RECORD_TAGS) {
    return {
      path,
      message: `${path} has ${present.length} present tags; a readout may have at most ${MAX_RECORD_TAGS}`,
    };
  }
  return null;
}
