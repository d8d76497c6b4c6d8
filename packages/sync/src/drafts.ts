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
  if (after.note !== before.note) drafts.push({ type: 'setNote', readoutId, note: after.note });
  if (after.starred !== before.starred)
    drafts.push({ type: 'setStarred', readoutId, starred: after.starred });
  return drafts;
}
