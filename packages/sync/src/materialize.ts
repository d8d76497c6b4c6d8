// From merged state to the Readout the user sees, including the delete-versus-edit rule.
import type { CorrectableField, Hlc, Readout, ReadoutContent, RecordState } from '@readouts/schema';
import { CorrectableField as Fields } from '@readouts/schema';
import { canonicalJson } from './content-order';
import { maxHlc } from './hlc';

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
  if (!Object.hasOwn(state.tags, tag)) return false;
  const { added, removed } = state.tags[tag]!;
  return added !== null && (removed === null || added > removed);
}

/** The present tags, sorted by code unit so every replica lists them alike. */
export function presentTags(state: RecordState): string[] {
  return Object.keys(state.tags)
    .filter((tag) => hasTag(state, tag))
    .sort();
}

/**
 * The readout as the user sees it (the winning capture with the user's corrections in place), or null when it is deleted or was never captured (a record can
 * have tags or a note from another device before its capture arrives).
 */
export function materialize(state: RecordState): Readout | null {
  if (state.content === null || isDeleted(state)) return null;
  const { content, corrected, extracted, pageChanged } = applyCorrections(state.content, state.corrections);
  return {
    ...content,
    corrected,
    extracted,
    pageChanged,
    user: {
      tags: presentTags(state),
      note: state.note?.value ?? '',
      starred: state.starred?.value ?? false,
    },
  };
}
