// One field of a record, in display mode (value, evidence popover, corrected and page-changed
// marks, Edit, Revert) or edit mode (its editor); the caller's `correct` stores a change and answers
// the readout as it now is, which the row shows.
import type { CorrectableField, CorrectableValues, Notice, Readout } from '@readouts/schema';
import { canonicalJson } from '@readouts/sync';
import { h, replaceChildren } from '../dom';
import { t } from '../i18n';
import { editForm, focusFirstControl } from './editing';
import { evidenceFor, type ShowOnPage, warningsFor, withEvidence } from './evidence';
import { FIELD_KINDS } from './index';

/** A change of one field: the corrected value, or null to revert to the extracted one. */
export type FieldChange<F extends CorrectableField = CorrectableField> = {
  value: CorrectableValues[F];
} | null;

export interface FieldRowOptions {
  /** Stores a correction; absent: the field is read-only. Rejects with the reason it was refused. */
  correct?<F extends CorrectableField>(field: F, change: FieldChange<F>): Promise<Readout>;
  showOnPage?: ShowOnPage;
  /** Warnings of the capture (and of the extractor, in the popup). */
  warnings?: readonly Notice[];
  /** The popup's shorter display (points as a count). */
  compact?: boolean;
}

const badge = (mark: string, text: string, title?: string) =>
  h('span', { class: `badge ${mark}`, attrs: { 'data-mark': mark, title } }, text);

/** Builds the row of `field`; it redraws itself on edit, cancel, save and revert. */
export function fieldRow<F extends CorrectableField>(
  initial: Readout,
  field: F,
  options: FieldRowOptions,
): HTMLElement {
  const kind = FIELD_KINDS[field];
  const row = h('div', { class: 'field', attrs: { 'data-field': field } });
  let readout = initial;

  const apply = async (change: FieldChange<F>) => {
    if (!options.correct) return;
    readout = await options.correct(field, change);
    display(true);
  };

  const marks = () => {
    const corrected = readout.corrected.includes(field);
    const inferred = !corrected && evidenceFor(readout, field).some((e) => e.inferred !== null);
    return [
      corrected ? badge('corrected', t('edit.corrected')) : null,
      corrected && readout.pageChanged.includes(field) ? badge('page-changed', t('edit.pageChanged')) : null,
      inferred ? badge('inferred', t('evidence.inferred')) : null,
    ];
  };

  /** Beside a corrected value: the page's value and Revert; when the page changed, Keep too. */
  const review = (): HTMLElement | null => {
    if (!readout.corrected.includes(field)) return null;
    const extracted = readout.extracted[field] as CorrectableValues[F];
    const pageValue = kind.summary(extracted);
    const revert = options.correct
      ? h(
          'button',
          {
            class: 'link',
            attrs: { type: 'button', 'data-action': 'revert' },
            on: { click: () => void apply(null) },
          },
          t('edit.revert'),
        )
      : null;
    if (!readout.pageChanged.includes(field)) {
      return h(
        'p',
        { class: 'review' },
        h('span', { attrs: { 'data-extracted': '' } }, t('edit.extracted', { value: pageValue })),
        ' ',
        revert,
      );
    }
    const keep = options.correct
      ? h(
          'button',
          {
            class: 'link',
            attrs: { type: 'button', 'data-action': 'keep' },
            on: { click: () => void apply({ value: readout[field] as CorrectableValues[F] }) },
          },
          t('edit.keep'),
        )
      : null;
    return h(
      'div',
      { class: 'review page-changed' },
      h(
        'p',
        { attrs: { 'data-yours': '' } },
        t('edit.yours', { value: kind.summary(readout[field] as CorrectableValues[F]) }),
      ),
      h('p', { attrs: { 'data-extracted': '' } }, t('edit.pageNow', { value: pageValue })),
      h('p', {}, keep, ' ', revert),
    );
  };

  const display = (focusEdit = false) => {
    const value = readout[field] as CorrectableValues[F];
    const label = t(kind.label);
    row.removeAttribute('data-editing');
    row.toggleAttribute('data-corrected', readout.corrected.includes(field));
    row.toggleAttribute('data-page-changed', readout.pageChanged.includes(field));
    const edit = options.correct
      ? h(
          'button',
          {
            class: 'link edit',
            attrs: {
              type: 'button',
              'data-action': 'edit',
              'aria-label': t('edit.editField', { field: label }),
            },
            on: { click: () => openEditor() },
          },
          t('edit.edit'),
        )
      : null;
    replaceChildren(
      row,
      h('dt', {}, label, ...marks()),
      h(
        'dd',
        {},
        withEvidence(
          kind.display(value, { compact: options.compact ?? false }),
          field,
          evidenceFor(readout, field),
          warningsFor([...readout.capture.warnings, ...(options.warnings ?? [])], field),
          options.showOnPage,
        ),
        edit ? ' ' : null,
        edit,
        review(),
      ),
    );
    if (focusEdit) row.querySelector<HTMLElement>('[data-action="edit"]')?.focus();
  };

  const openEditor = () => {
    const current = readout[field] as CorrectableValues[F];
    const form = editForm(kind, current, {
      save: async (value) => {
        // Saving the value shown changes nothing (no correction of an uncorrected field).
        if (canonicalJson(value) === canonicalJson(current) && !readout.pageChanged.includes(field)) {
          display(true);
          return;
        }
        await apply({ value });
      },
      cancel: () => display(true),
    });
    replaceChildren(row, h('dt', {}, t(kind.label), ...marks()), h('dd', {}, form));
    row.setAttribute('data-editing', '');
    focusFirstControl(form);
  };

  display();
  return row;
}
