// Merging record states: every field is a join (a per-field "latest"), so merging is commutative,
// associative and idempotent, and replicas that have seen the same mutations hold the same state.
import type { Corrections, Hlc, RecordState, TagState } from '@readouts/schema';
import { CorrectableField } from '@readouts/schema';
import { canonicalJson, latestContent } from './content-order';
import { maxHlc } from './hlc';

/** The state of a readout nothing has happened to yet. */
export function emptyState(id: string): RecordState {
  return {
    id,
    content: null,
    captured: null,
    tags: {},
    note: null,
    starred: null,
    corrections: {},
    deleted: null,
  };
}

/**
 * Whether two states are the same, whatever their key order. A server can use it to skip writing
 * (and bumping the pull cursor of) a record a mutation did not change.
 */
export function sameState(a: RecordState, b: RecordState): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Thrown when asked to merge or apply across two different readouts. */
export class RecordMismatchError extends Error {
  override name = 'RecordMismatchError';
}

interface Register {
  hlc: Hlc;
}

/** Last writer wins by hlc; equal hlcs (only from a misbehaving node) fall back to the canonical JSON. */
function latestRegister<R extends Register>(a: R | null, b: R | null): R | null {
  if (a === null) return b;
  if (b === null) return a;
  if (a.hlc !== b.hlc) return a.hlc > b.hlc ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

const ownTag = (tags: Record<string, TagState>, tag: string): TagState | undefined =>
  Object.hasOwn(tags, tag) ? tags[tag] : undefined;

/** Per tag, the latest add and the latest remove; keys sorted so equal states serialize alike. */
export function mergeTags(
  a: Record<string, TagState>,
  b: Record<string, TagState>,
): Record<string, TagState> {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return Object.fromEntries(
    names.map((tag) => {
      const x = ownTag(a, tag);
      const y = ownTag(b, tag);
      return [
        tag,
        {
          added: maxHlc(x?.added ?? null, y?.added ?? null),
          removed: maxHlc(x?.removed ?? null, y?.removed ?? null),
        },
      ];
    }),
  );
}

/**
 * Per corrected field, the latest register (a correction or a revert) by hlc; fields in schema
 * order so equal states serialize alike. A field's whole value is one register: two devices
 * correcting the same field keep the later correction, never a mix of the two.
 */
export function mergeCorrections(a: Corrections, b: Corrections): Corrections {
  const out: Corrections = {};
  for (const field of CorrectableField.options) {
    const register = latestRegister(a[field] ?? null, b[field] ?? null);
    if (register) (out as Record<string, unknown>)[field] = register;
  }
  return out;
}

/**
 * Joins two states of the same readout. Commutative, associative and idempotent, so states can be
 * merged in any order, any number of times, and still converge.
 */
export function mergeStates(a: RecordState, b: RecordState): RecordState {
  if (a.id !== b.id) throw new RecordMismatchError(`cannot merge ${a.id} with ${b.id}`);
  return {
    id: a.id,
    content: latestContent(a.content, b.content),
    captured: maxHlc(a.captured, b.captured),
    tags: mergeTags(a.tags, b.tags),
    note: latestRegister(a.note, b.note),
    starred: latestRegister(a.starred, b.starred),
    corrections: mergeCorrections(a.corrections ?? {}, b.corrections ?? {}),
    deleted: maxHlc(a.deleted, b.deleted),
  };
}
