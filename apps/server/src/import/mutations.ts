// Turns whole readouts (with the user's tags, note and star) into sync mutations, so imports go
// through exactly the same merge path as pushes from the extension.
import { randomBytes } from 'node:crypto';
import type { Mutation, Readout, ReadoutContent } from '@readouts/schema';
import type { Clock } from '@readouts/sync';

/** A fresh client id for one import run, so concurrent imports never share mutation ids. */
export function importClientId(): string {
  return `import-${randomBytes(8).toString('hex')}`;
}

/** The mutations that recreate `readout` (capture, then any tags, note and star) with ids from `nextId`. */
export function readoutMutations(
  readout: Readout | ReadoutContent,
  clock: Clock,
  nextId: () => number,
): Mutation[] {
  const { user, ...content } = readout as Readout;
  const base = () => ({ id: nextId(), readoutId: content.id, hlc: clock.tick() });
  const out: Mutation[] = [{ ...base(), type: 'capture', readout: content as ReadoutContent }];
  if (!user) return out;
  if (user.tags.length) out.push({ ...base(), type: 'setTags', add: user.tags, remove: [] });
  if (user.note) out.push({ ...base(), type: 'setNote', note: user.note });
  if (user.starred) out.push({ ...base(), type: 'setStarred', starred: true });
  return out;
}
