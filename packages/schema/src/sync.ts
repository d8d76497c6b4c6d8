// The sync wire format shared by server and extension: mutations pushed by a client, record states
// pulled back. Plain JSON throughout; the merge rules that give these shapes meaning are in @readouts/sync.
import { z } from 'zod';
import { Hlc } from './hlc';
import { upgradeRecord } from './migrate';
import { type CorrectableField, CorrectableValues, MAX_NOTE_CONFLICTS, ReadoutContent } from './readout';
import { tagKey } from './tags';
import { text } from './text';

/**
 * Extracted content as it arrives in a message: content of an older schema version (from a device
 * not yet updated) is migrated first, so that device keeps syncing instead of being refused.
 */
export const WireContent = z.preprocess(upgradeRecord, ReadoutContent);

/** Who made a timestamp: a client id, or the server's own id. Safe inside an `Hlc` string. */
export const NodeId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected 1-64 of A-Z a-z 0-9 _ -');
export type NodeId = z.infer<typeof NodeId>;

/** A device or browser profile that pushes mutations; its mutation ids count 1, 2, 3, ... */
export const ClientId = NodeId;
export type ClientId = z.infer<typeof ClientId>;

export { Hlc } from './hlc';

/** JSON parsers (zod's included) drop or misread this key, so a tag may not be called that. */
const notProtoKey = (tag: string) => tagKey(tag) !== '__proto__';

/** A tag name as mutations carry it: the `Tag` rules, minus the one name objects cannot key on. */
export const SyncTag = text().trim().min(1).max(100).refine(notProtoKey, 'reserved tag name');
/**
 * Tags as record keys: `tagKey` of the tag (case- and width-folded), so "Quad" and "quad" are one
 * tag. A state written before schema version 4 keyed tags by their spelling; merging folds it.
 */
const TagKey = text().min(1).max(100).refine(notProtoKey, 'reserved tag name');

/**
 * A tag is present iff `added` is set and later than `removed`. `label` is the spelling shown, the
 * latest add's (a device adds a tag only when it is new to it, or to rename it), with its place in
 * that add's list (`index`), so tags added together keep the order typed; a state from before
 * schema version 4 has none, and shows its key.
 */
export const TagState = z.object({
  added: Hlc.nullable(),
  removed: Hlc.nullable(),
  label: z
    .object({
      value: text().trim().min(1).max(100),
      hlc: Hlc,
      index: z.number().int().min(0).max(1000).optional(),
    })
    .optional(),
});
export type TagState = z.infer<typeof TagState>;

/** A last-writer-wins register. */
export const lwwRegister = <T extends z.ZodType>(value: T) => z.object({ value, hlc: Hlc });

/**
 * One version of a note: its text, when it was written, and `base`, the newest note version the
 * writer had seen (null: none; absent: written by a release before note conflicts, which replaced
 * every older version).
 */
export const NoteVersion = z.object({ value: text().max(50_000), hlc: Hlc, base: Hlc.nullable().optional() });
export type NoteVersion = z.infer<typeof NoteVersion>;

/**
 * The note of a record: the newest version, and `conflicts`, the versions written concurrently
 * with it (neither writer saw the other's), newest first, which the user resolves by writing a
 * version that has seen them all. A state from before note conflicts has neither `base` nor
 * `conflicts`, and reads as a plain last-writer-wins register.
 */
export const NoteRegister = NoteVersion.extend({
  conflicts: z.array(NoteVersion).max(MAX_NOTE_CONFLICTS).optional(),
});
export type NoteRegister = z.infer<typeof NoteRegister>;

/**
 * One field's correction, a last-writer-wins register: the user's `value`, and `base`, the
 * extracted value the user corrected (a later capture whose value differs is "page changed since
 * your correction"). A revert is a register too (`reverted: true`), so it wins over an older
 * correction and loses to a newer one.
 */
const correctionRegister = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('reverted', [
    z.object({ reverted: z.literal(false), value, base: value, hlc: Hlc }),
    z.object({ reverted: z.literal(true), hlc: Hlc }),
  ]);

const shape = CorrectableValues.shape;

/** Per correctable field, its correction register (absent: never corrected). */
export const Corrections = z
  .object({
    title: correctionRegister(shape.title).optional(),
    date: correctionRegister(shape.date).optional(),
    startTime: correctionRegister(shape.startTime).optional(),
    japanTime: correctionRegister(shape.japanTime).optional(),
    durationMinutes: correctionRegister(shape.durationMinutes).optional(),
    format: correctionRegister(shape.format).optional(),
    participants: correctionRegister(shape.participants).optional(),
    location: correctionRegister(shape.location).optional(),
    topics: correctionRegister(shape.topics).optional(),
    points: correctionRegister(shape.points).optional(),
  })
  .strict();
export type Corrections = z.infer<typeof Corrections>;
export type CorrectionRegister = NonNullable<Corrections[CorrectableField]>;

/**
 * The full mergeable state of one readout (a state-based CRDT; see @readouts/sync for the rules).
 * A deleted record is a tombstone: `deleted` is at least as late as every edit's hlc. Tombstones
 * keep all their fields, since an edit later than the delete brings the record back with them.
 */
export const RecordState = z.object({
  id: ReadoutContent.shape.id,
  /** The winning capture: latest `capture.capturedAt`, then greatest `capture.contentHash`. */
  content: WireContent.nullable(),
  /** The latest capture mutation's hlc, whichever capture's content won. */
  captured: Hlc.nullable(),
  /** Per tag, the latest add and the latest remove. */
  tags: z.record(TagKey, TagState),
  note: NoteRegister.nullable(),
  starred: lwwRegister(z.boolean()).nullable(),
  /** The user's corrections of extracted fields (a state from an older release has none). */
  corrections: Corrections.default({}),
  /** The latest delete mutation's hlc. */
  deleted: Hlc.nullable(),
});
export type RecordState = z.infer<typeof RecordState>;

/** The most mutations one push may carry; a client with more sends several pushes. */
export const MAX_PUSH_BATCH = 500;

const MutationBase = {
  /** Per-client mutation id: 1 for a client's first mutation, then +1 each time. */
  id: z.number().int().positive(),
  readoutId: ReadoutContent.shape.id,
  hlc: Hlc,
};

/** A capture or re-capture of the page; `readout.id` must equal `readoutId`. */
export const CaptureMutation = z.object({
  ...MutationBase,
  type: z.literal('capture'),
  readout: WireContent,
});
/** Adds and removes tags: at least one tag, and none in both lists. */
export const SetTagsMutation = z.object({
  ...MutationBase,
  type: z.literal('setTags'),
  add: z.array(SyncTag).max(200),
  remove: z.array(SyncTag).max(200),
});
export const SetNoteMutation = z.object({
  ...MutationBase,
  type: z.literal('setNote'),
  note: text().max(50_000),
  /**
   * The note version the user edited (`noteVersion` of the readout they saw; null: no note yet).
   * Versions newer than it were written concurrently and stay as conflicts. Absent from older
   * releases: the edit replaces every older version, as before.
   */
  base: Hlc.nullable().optional(),
});
export const SetStarredMutation = z.object({
  ...MutationBase,
  type: z.literal('setStarred'),
  starred: z.boolean(),
});
export const DeleteMutation = z.object({ ...MutationBase, type: z.literal('delete') });

/** One field's correction in a mutation: the new value and the extracted value it replaces. */
const fieldCorrection = <T extends z.ZodType>(value: T) => z.object({ value, base: value }).nullable();

/**
 * Corrects extracted fields: per field, `{ value, base }` (the user's value, and the extracted
 * value it replaces) or `null` to revert to the extracted value. At least one field; unknown
 * fields are refused.
 */
export const CorrectMutation = z.object({
  ...MutationBase,
  type: z.literal('correct'),
  fields: z
    .object({
      title: fieldCorrection(shape.title).optional(),
      date: fieldCorrection(shape.date).optional(),
      startTime: fieldCorrection(shape.startTime).optional(),
      japanTime: fieldCorrection(shape.japanTime).optional(),
      durationMinutes: fieldCorrection(shape.durationMinutes).optional(),
      format: fieldCorrection(shape.format).optional(),
      participants: fieldCorrection(shape.participants).optional(),
      location: fieldCorrection(shape.location).optional(),
      topics: fieldCorrection(shape.topics).optional(),
      points: fieldCorrection(shape.points).optional(),
    })
    .strict()
    .refine((fields) => Object.values(fields).some((f) => f !== undefined), 'name at least one field'),
});
export type CorrectMutation = z.infer<typeof CorrectMutation>;
/**
 * A whole record state to merge in: how a client hands back its edits to a server restored from an
 * older backup, which has forgotten them. Merging is a join, so a state the server already has
 * changes nothing; `state.id` must equal `readoutId`.
 */
export const MergeMutation = z.object({ ...MutationBase, type: z.literal('merge'), state: RecordState });

/** One change made by one client to one readout. */
export const Mutation = z
  .discriminatedUnion('type', [
    CaptureMutation,
    SetTagsMutation,
    SetNoteMutation,
    SetStarredMutation,
    DeleteMutation,
    CorrectMutation,
    MergeMutation,
  ])
  .refine((m) => m.type !== 'capture' || m.readout.id === m.readoutId, {
    message: 'readout.id must equal readoutId',
    path: ['readout', 'id'],
  })
  .refine((m) => m.type !== 'merge' || m.state.id === m.readoutId, {
    message: 'state.id must equal readoutId',
    path: ['state', 'id'],
  })
  .refine(
    (m) =>
      m.type !== 'setTags' || !m.add.some((tag) => m.remove.some((other) => tagKey(other) === tagKey(tag))),
    {
      message: 'a tag cannot be both added and removed by one mutation',
      path: ['remove'],
    },
  )
  .refine((m) => m.type !== 'setTags' || m.add.length + m.remove.length > 0, {
    message: 'a setTags mutation must name at least one tag',
    path: ['add'],
  });
export type Mutation = z.infer<typeof Mutation>;
export type MutationType = Mutation['type'];

/** A batch of one client's mutations, in increasing id order. */
export const PushRequest = z.object({
  clientId: ClientId,
  mutations: z.array(Mutation).min(1).max(MAX_PUSH_BATCH),
});
export type PushRequest = z.infer<typeof PushRequest>;

/** The id of the client's last mutation the server has applied (0 before the first). */
export const PushResponse = z.object({ lastMutationId: z.number().int().nonnegative() });
export type PushResponse = z.infer<typeof PushResponse>;

/** A push whose ids skip ahead: the client should resend from `expected`. Recoverable. */
export const MutationGapError = z.object({
  code: z.literal('MUTATION_GAP'),
  expected: z.number().int().positive(),
});
export type MutationGapError = z.infer<typeof MutationGapError>;

/** Asks for the records changed after `cursor` (null: from the beginning). */
export const PullRequest = z.object({
  /** Set it to get `lastMutationId` back for this client. */
  clientId: ClientId.optional(),
  cursor: z.string().max(200).nullable(),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type PullRequest = z.infer<typeof PullRequest>;

export const PullResponse = z.object({
  /** Changed records, deleted ones as tombstones; merge each into the local state. */
  changes: z.array(RecordState),
  /** Pass back as the next request's cursor. */
  cursor: z.string().max(200),
  hasMore: z.boolean(),
  /** The requesting client's last applied mutation id, when the server knows the client. */
  lastMutationId: z.number().int().nonnegative().optional(),
  /**
   * Set when deleted records after the request's cursor were collected (older than the server's
   * tombstone horizon): the client may have missed deletes, so it pulls again from the start
   * (`changes` is empty, `cursor` "0") and removes the records the server no longer has, keeping
   * its unpushed edits.
   */
  resetRequired: z.boolean().optional(),
});
export type PullResponse = z.infer<typeof PullResponse>;
