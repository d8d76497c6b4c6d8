// The note in the detail view and, when other devices edited it at the same time, their versions
// beside it ("edited on another device") until the user resolves them: keep one, keep all joined,
// or edit a text made from all of them. Any of these, and any edit of the note itself, is sent as
// one setNote whose base is the newest version shown, which replaces every version here, so the
// conflict goes away on every device once they sync (see @readouts/sync note.ts).
import type { Readout, UserFields } from '@readouts/schema';
import { parseHlc } from '@readouts/sync';
import { h } from '../../utils/dom';
import { formatWhen } from '../../utils/format';
import { plural, t } from '../../utils/i18n';

type Update = (fields: Partial<UserFields>) => void;

/** A note version as the view shows it: the text and when it was written (null: not known). */
export interface ShownVersion {
  value: string;
  writtenAt: string | null;
}

/** The shown note first, then the concurrent versions, newest first. */
export function noteVersionsOf(user: UserFields): ShownVersion[] {
  const when = (hlc: string | null | undefined) => {
    if (!hlc) return null;
    try {
      return new Date(parseHlc(hlc).wallMs).toISOString();
    } catch {
      return null;
    }
  };
  return [
    { value: user.note, writtenAt: when(user.noteVersion) },
    ...(user.noteConflicts ?? []).map(({ value, hlc }) => ({ value, writtenAt: when(hlc) })),
  ];
}

/**
 * "Keep both": every version's text once, in the order shown, separated by a blank line.
 * @example joinNoteVersions(['Agreed on A.', 'Agreed on B.']) // 'Agreed on A.\n\nAgreed on B.'
 */
export function joinNoteVersions(values: readonly string[]): string {
  const texts = values.map((value) => value.trim()).filter((value) => value !== '');
  return [...new Set(texts)].join('\n\n');
}

/** The note editor and, with conflicts, the versions to resolve them from. */
export function noteSection(readout: Readout, update: Update): HTMLElement[] {
  const conflicted = (readout.user.noteConflicts?.length ?? 0) > 0;
  // Resolving drops the conflicts here at once; the setNote it queues drops them everywhere.
  const setNote = (note: string) => update(conflicted ? { note, noteConflicts: undefined } : { note });
  const note = h('textarea', {
    class: 'note',
    attrs: {
      rows: 4,
      maxlength: 50_000,
      placeholder: t('detail.notePlaceholder'),
      'aria-label': t('field.note'),
    },
    on: { change: () => setNote(note.value) },
  });
  note.value = readout.user.note;
  return conflicted ? [note, conflictPanel(readout, setNote)] : [note];
}

function conflictPanel(readout: Readout, setNote: (note: string) => void): HTMLElement {
  const versions = noteVersionsOf(readout.user);
  const joined = joinNoteVersions(versions.map((version) => version.value));
  const headingId = `note-conflicts-${readout.id}`;
  const merge = h('textarea', {
    class: 'note-merge',
    attrs: { rows: 6, maxlength: 50_000, 'aria-label': t('conflict.editLabel') },
  });
  merge.value = joined;
  return h(
    'section',
    { class: 'note-conflicts', attrs: { 'aria-labelledby': headingId, 'data-versions': versions.length } },
    h('h4', { attrs: { id: headingId } }, t('conflict.heading')),
    h('p', { class: 'muted' }, plural('conflict.explain', versions.length - 1)),
    h(
      'ol',
      { class: 'note-versions' },
      ...versions.map((version, i) =>
        h(
          'li',
          { attrs: { 'data-version': i === 0 ? 'shown' : 'other' } },
          h(
            'p',
            { class: 'version-label' },
            t(i === 0 ? 'conflict.shown' : 'conflict.other'),
            version.writtenAt ? ` · ${formatWhen(version.writtenAt)}` : '',
          ),
          h('p', { class: 'version-text' }, version.value === '' ? t('conflict.empty') : version.value),
          h(
            'button',
            {
              attrs: { type: 'button', 'data-action': 'keep-version' },
              on: { click: () => setNote(version.value) },
            },
            t('conflict.keep'),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'conflict-actions' },
      h(
        'button',
        { attrs: { type: 'button', 'data-action': 'join-versions' }, on: { click: () => setNote(joined) } },
        t('conflict.join'),
      ),
    ),
    h('label', { class: 'conflict-edit' }, t('conflict.editLabel'), merge),
    h(
      'button',
      { attrs: { type: 'button', 'data-action': 'save-merge' }, on: { click: () => setNote(merge.value) } },
      t('conflict.save'),
    ),
  );
}
