// From what the user did to mutations: drafts carry the change, the outbox stamps them with the
// client's next mutation id and a fresh hlc when it queues them.
import { type Hlc, type Mutation, SyncTag, tagKey, type UserFields, uniqueTags } from '@readouts/schema';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A mutation before it is queued: everything but its id and hlc. */
export type MutationDraft = DistributiveOmit<Mutation, 'id' | 'hlc'>;

/**
 * Gives a draft its per-client id and hlc.
 * @example stampMutation({ type: 'delete', readoutId }, outbox.nextId(), clock.tick())
 */
export function stampMutation(draft: MutationDraft, id: number, hlc: Hlc): Mutation {
  return { ...draft, id, hlc } as Mutation;
}

/**
 * What an edit of the note saw: the version the readout names; none named and no text, no note at
 * all (null); none named over some text, a readout from before note conflicts, whose edit replaces
 * every older version as it did then (no base).
 */
function noteBase(before: UserFields): { base?: string | null } {
  if (before.noteVersion !== undefined) return { base: before.noteVersion };
  return before.note === '' ? { base: null } : {};
}

/**
 * The drafts that take a readout's user fields from `before` to `after` (what the user saw and
 * what they saved); nothing for fields left alone, so concurrent edits of others are not overwritten.
 */
export function userFieldDrafts(readoutId: string, before: UserFields, after: UserFields): MutationDraft[] {
  const drafts: MutationDraft[] = [];
  // A tag no mutation can carry is left out rather than queued to be refused by the server forever.
  // Tags compare by tagKey: a tag is added when new, or when its spelling changed (a rename).
  const syncable = (tags: readonly string[]) =>
    uniqueTags(tags).filter((tag) => SyncTag.safeParse(tag).success);
  const spelling = new Map(uniqueTags(before.tags).map((tag) => [tagKey(tag), tag]));
  const kept = new Set(uniqueTags(after.tags).map(tagKey));
  const add = syncable(after.tags).filter((tag) => spelling.get(tagKey(tag)) !== tag);
  const remove = syncable(before.tags).filter((tag) => !kept.has(tagKey(tag)));
  if (add.length > 0 || remove.length > 0) drafts.push({ type: 'setTags', readoutId, add, remove });
  // Keeping one of two conflicting versions may leave the text as it was: it still resolves them.
  const resolves = (before.noteConflicts?.length ?? 0) > 0 && (after.noteConflicts?.length ?? 0) === 0;
  if (after.note !== before.note || resolves) {
    const base = noteBase(before);
    drafts.push({ type: 'setNote', readoutId, note: after.note, ...base });
  }
  if (after.starred !== before.starred)
    drafts.push({ type: 'setStarred', readoutId, starred: after.starred });
  return drafts;
}
