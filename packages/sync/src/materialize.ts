// From merged state to the Readout the user sees, including the delete-versus-edit rule.
import type {
  CorrectableField,
  Hlc,
  Readout,
  ReadoutContent,
  RecordState,
  TagState,
  UserFields,
} from '@readouts/schema';
import { CorrectableField as Fields, tagKey } from '@readouts/schema';
import { canonicalJson } from './content-order';
import { maxHlc } from './hlc';
import { hasKeys } from './objects';
import { readoutFrom } from './readout-literal';
import { mergeTags } from './record-state';

/** The hlc of the latest edit of any kind (capture, tags, note, star, correction), or null if none. */
export function lastEdit(state: RecordState): Hlc | null {
  let latest = maxHlc(state.captured, maxHlc(state.note?.hlc ?? null, state.starred?.hlc ?? null));
  for (const tag of Object.values(state.tags)) latest = maxHlc(latest, maxHlc(tag.added, tag.removed));
  for (const register of Object.values(state.corrections ?? {})) latest = maxHlc(latest, register.hlc);
  return latest;
}

/** The content with the user's corrections in place, and which fields are corrected or changed on the page. */
export function applyCorrections(
  content: ReadoutContent,
  corrections: RecordState['corrections'],
): Pick<Readout, 'corrected' | 'extracted' | 'pageChanged'> & { content: ReadoutContent } {
  const corrected: CorrectableField[] = [];
  const pageChanged: CorrectableField[] = [];
  const extracted: Record<string, unknown> = {};
  const values: Record<string, unknown> = {};
  for (const field of Fields.options) {
    const register = corrections?.[field];
    if (!register || register.reverted) continue;
    corrected.push(field);
    values[field] = register.value;
    extracted[field] = content[field];
    if (canonicalJson(content[field]) !== canonicalJson(register.base)) pageChanged.push(field);
  }
  return {
    content: corrected.length ? ({ ...content, ...values } as ReadoutContent) : content,
    corrected,
    extracted: extracted as Readout['extracted'],
    pageChanged,
  };
}

/** The latest hlc anywhere in the state (edits and deletes): what a client clock should `receive`. */
export function latestHlc(state: RecordState): Hlc | null {
  return maxHlc(lastEdit(state), state.deleted);
}

/**
 * Whether the record is deleted: a delete exists and no edit is later than it. An edit later
 * than the latest delete brings the record back with all its merged state.
 */
export function isDeleted(state: RecordState): boolean {
  if (state.deleted === null) return false;
  const edit = lastEdit(state);
  return edit === null || edit <= state.deleted;
}

/** Whether a tag is present: its latest add is strictly later than its latest remove. */
export function hasTag(state: RecordState, tag: string): boolean {
  const entry = mergeTags(state.tags, {})[tagKey(tag)];
  return isPresent(entry);
}

const isPresent = (entry: TagState | undefined): entry is TagState & { added: Hlc } =>
  entry?.added != null && (entry.removed === null || entry.added > entry.removed);

/**
 * The present tags, each in its spelling, in the order they were added (by the hlc of their
 * latest add, then their place in it), so every replica lists them alike and as the user typed them.
 */
export function presentTags(state: RecordState): string[] {
  if (!hasKeys(state.tags)) return [];
  const order = ([key, entry]: [string, TagState & { added: Hlc }]) =>
    [entry.added, entry.label?.index ?? 0, key] as const;
  return Object.entries(mergeTags(state.tags, {}))
    .filter((entry): entry is [string, TagState & { added: Hlc }] => isPresent(entry[1]))
    .sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
      return 0;
    })
    .map(([key, entry]) => entry.label?.value ?? key);
}

/**
 * The note's version (what an edit names as seen) and its conflicts, newest first; each only when
 * there is one, so a readout without a note reads as before. An empty concurrent version (a note
 * cleared while another device wrote one) has no text to lose and is not shown as a conflict; the
 * state keeps it all the same, since which versions it replaces matters to the merge.
 */
function noteFields(state: RecordState): Pick<UserFields, 'noteVersion' | 'noteConflicts'> {
  if (state.note === null) return {};
  const conflicts = (state.note.conflicts ?? [])
    .filter(({ value }) => value !== '')
    .map(({ value, hlc }) => ({ value, hlc }));
  return { noteVersion: state.note.hlc, ...(conflicts.length ? { noteConflicts: conflicts } : {}) };
}

/**
 * The readout as the user sees it (the winning capture with the user's corrections in place), or null when it is deleted or was never captured (a record can
 * have tags or a note from another device before its capture arrives).
 */
export function materialize(state: RecordState): Readout | null {
  if (state.content === null || isDeleted(state)) return null;
  const { content, corrected, extracted, pageChanged } = applyCorrections(state.content, state.corrections);
  return readoutFrom(
    content,
    { corrected, extracted, pageChanged },
    {
      tags: presentTags(state),
      note: state.note?.value ?? '',
      starred: state.starred?.value ?? false,
      ...noteFields(state),
    },
  );
}
