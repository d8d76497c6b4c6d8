// The tag manager's arithmetic: every tag of the collection with its count, and what renaming one
// tag or merging several into one does to each readout's tags. Pure: the page previews a plan, the
// database applies the same rule to what is stored at that moment.
import { cleanTag, type Readout, tagKey, uniqueTags } from '@readouts/schema';

export interface TagCount {
  /** The spelling shown: the one most readouts use (ties: the first met). */
  tag: string;
  count: number;
}

/** Every tag of the collection, most used first, then alphabetically. */
export function tagCounts(readouts: Iterable<Readout>): TagCount[] {
  const byKey = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const readout of readouts) {
    for (const tag of uniqueTags(readout.user.tags)) {
      const entry = byKey.get(tagKey(tag)) ?? { count: 0, spellings: new Map() };
      entry.count++;
      entry.spellings.set(tag, (entry.spellings.get(tag) ?? 0) + 1);
      byKey.set(tagKey(tag), entry);
    }
  }
  const counts = [...byKey.values()].map(({ count, spellings }) => {
    let tag = '';
    let most = 0;
    for (const [spelling, n] of spellings) if (n > most) [tag, most] = [spelling, n];
    return { tag, count };
  });
  return counts.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** A rename (one source) or a merge (several) into `target`. */
export interface TagMerge {
  sources: string[];
  target: string;
}

export type TagMergeProblem = 'noTarget' | 'noSources';

/** Checks a merge: a target that is a tag once cleaned, and at least one source. */
export function checkTagMerge(merge: TagMerge): TagMergeProblem | null {
  if (!cleanTag(merge.target)) return 'noTarget';
  if (merge.sources.every((source) => !cleanTag(source))) return 'noSources';
  return null;
}

/**
 * A readout's tags after the merge: each source tag (by tagKey) becomes the target where it stood,
 * duplicates then fold into the first; null when nothing changes. Renaming "quad" to "Quad" is a
 * change of spelling, and so a change.
 * @example retag(['G7', 'quad', 'FOIP'], { sources: ['Quad', 'FOIP'], target: 'Indo-Pacific' }) // ['G7', 'Indo-Pacific']
 */
export function retag(tags: readonly string[], merge: TagMerge): string[] | null {
  const sources = new Set(merge.sources.map(tagKey));
  const target = cleanTag(merge.target);
  if (!target || !tags.some((tag) => sources.has(tagKey(tag)))) return null;
  const next = uniqueTags(tags.map((tag) => (sources.has(tagKey(tag)) ? target : tag)));
  // The target may already be there in another spelling, ahead of the sources: it takes the new one.
  const at = next.findIndex((tag) => tagKey(tag) === tagKey(target));
  next[at] = target;
  return next.length === tags.length && next.every((tag, i) => tag === tags[i]) ? null : next;
}

/** The readouts a merge changes, with their tags after it: the tag manager's preview. */
export function planTagMerge(
  readouts: Iterable<Readout>,
  merge: TagMerge,
): Array<{ id: string; tags: string[] }> {
  const plan: Array<{ id: string; tags: string[] }> = [];
  for (const readout of readouts) {
    const tags = retag(readout.user.tags, merge);
    if (tags) plan.push({ id: readout.id, tags });
  }
  return plan;
}
