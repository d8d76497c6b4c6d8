// Turns whole readouts (with the user's corrections, tags, note and star) into sync mutations, so
// imports go through exactly the same merge path as pushes from the extension: a re-import of a page
// is a re-capture, which keeps the collection's corrections and marks where the page changed.
import { randomBytes } from 'node:crypto';
import type { CorrectMutation, Mutation, Readout, ReadoutContent } from '@readouts/schema';
import type { Clock } from '@readouts/sync';

/** A fresh client id for one import run, so concurrent imports never share mutation ids. */
export function importClientId(): string {
  return `import-${randomBytes(8).toString('hex')}`;
}

/**
 * A saved readout split into what the page said and the user's corrections: the content with the
 * extracted values back in place of the corrected ones, and per corrected field `{ value, base }`.
 * (A correction's own base is not exported, so an imported correction starts unchanged on the page.)
 */
export function splitCorrections(readout: Readout): {
  content: ReadoutContent;
  fields: CorrectMutation['fields'] | null;
} {
  const { user: _user, corrected, extracted, pageChanged: _changed, ...shown } = readout;
  const fields: Record<string, { value: unknown; base: unknown }> = {};
  const page: Record<string, unknown> = {};
  for (const field of corrected ?? []) {
    if (!extracted || !(field in extracted)) continue;
    const value = extracted[field];
    page[field] = value;
    fields[field] = { value: shown[field], base: value };
  }
  return {
    content: { ...shown, ...page } as ReadoutContent,
    fields: Object.keys(fields).length ? (fields as CorrectMutation['fields']) : null,
  };
}

/**
 * The mutations that recreate `readout` (capture, then any corrections, tags, note and star) with
 * ids from `nextId`. Bare extractor output is a capture alone: corrections already stored stay.
 */
export function readoutMutations(
  readout: Readout | ReadoutContent,
  clock: Clock,
  nextId: () => number,
): Mutation[] {
  const { user } = readout as Partial<Readout>;
  const { content, fields } = user
    ? splitCorrections(readout as Readout)
    : { content: readout as ReadoutContent, fields: null };
  const base = () => ({ id: nextId(), readoutId: content.id, hlc: clock.tick() });
  const out: Mutation[] = [{ ...base(), type: 'capture', readout: content }];
  if (fields) out.push({ ...base(), type: 'correct', fields });
  if (!user) return out;
  if (user.tags.length) out.push({ ...base(), type: 'setTags', add: user.tags, remove: [] });
  if (user.note) out.push({ ...base(), type: 'setNote', note: user.note });
  if (user.starred) out.push({ ...base(), type: 'setStarred', starred: true });
  return out;
}
