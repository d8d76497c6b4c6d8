// Merging record states: every field is a join (a per-field "latest"), so merging is commutative,
// associative and idempotent, and replicas that have seen the same mutations hold the same state.
import type { Corrections, Hlc, RecordState, TagState } from '@readouts/schema';
import { CorrectableField, cleanTag, tagKey } from '@readouts/schema';
import { canonicalJson, latestContent } from './content-order';
import { maxHlc } from './hlc';
import { mergeNotes } from './note';
import { hasKeys } from './objects';

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

/**
 * A tag map keyed by `tagKey`, every entry labelled. A state from before schema version 4 keys
 * tags by spelling ("Quad" beside "quad"): those fold into one entry, labelled with the spelling.
 */
function foldTags(tags: Record<string, TagState>): Map<string, TagState> {
  const out = new Map<string, TagState>();
  for (const [name, state] of Object.entries(tags)) {
    const key = tagKey(name);
    // Only an added tag has a spelling to show; a tag only ever removed needs none.
    const label =
      state.label ?? (state.added === null ? undefined : { value: cleanTag(name), hlc: state.added });
    const seen = out.get(key);
    const entry: TagState = { added: state.added, removed: state.removed, ...(label ? { label } : {}) };
    out.set(key, seen ? joinTag(seen, entry) : entry);
  }
  return out;
}

/** One tag's join: the latest add, the latest remove, the latest add's spelling. */
function joinTag(x: TagState | undefined, y: TagState | undefined): TagState {
  const label = latestRegister(x?.label ?? null, y?.label ?? null);
  return {
    added: maxHlc(x?.added ?? null, y?.added ?? null),
    removed: maxHlc(x?.removed ?? null, y?.removed ?? null),
    ...(label ? { label } : {}),
  };
}

/** Per tag (by `tagKey`), the latest add, remove and spelling; keys sorted so equal states serialize alike. */
export function mergeTags(
  a: Record<string, TagState>,
  b: Record<string, TagState>,
): Record<string, TagState> {
  // Most merges are of records without tags: nothing to fold.
  if (!hasKeys(a) && !hasKeys(b)) return {};
  const x = foldTags(a);
  const y = foldTags(b);
  const keys = [...new Set([...x.keys(), ...y.keys()])].sort();
  return Object.fromEntries(keys.map((key) => [key, joinTag(x.get(key), y.get(key))]));
}

/**
 * Per corrected field, the latest register (a correction or a revert) by hlc; fields in schema
 * order so equal states serialize alike. A field's whole value is one register: two devices
 * correcting the same field keep the later correction, never a mix of the two.
 */
export function mergeCorrections(a: Corrections, b: Corrections): Corrections {
  const out: Corrections = {};
  if (!hasKeys(a) && !hasKeys(b)) return out;
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
    note: mergeNotes(a.note, b.note),
    starred: latestRegister(a.starred, b.starred),
    corrections: mergeCorrections(a.corrections ?? {}, b.corrections ?? {}),
    deleted: maxHlc(a.deleted, b.deleted),
  };
}
