// A record's fields as one definition list, the same in the popup and the collection's detail view.
import { describeNotice } from '@readouts/extract';
import {
  emptyUserFields,
  type Notice,
  type Readout,
  type ReadoutContent,
  uncorrected,
} from '@readouts/schema';
import { h } from '../dom';
import { getLocale, t } from '../i18n';
import { type FieldRowOptions, fieldRow } from './field-row';
import { FIELD_ORDER } from './index';
import './fields.css';

export type FieldListOptions = FieldRowOptions;

/** A readout as the field list shows it: extracted content not saved yet counts as uncorrected. */
export function asShown(readout: Readout | ReadoutContent): Readout {
  return 'corrected' in readout ? readout : { ...readout, ...uncorrected(), user: emptyUserFields() };
}

/** All the warnings, each said once in the UI language, for the list's last row. */
function warningsRow(readout: Readout, extra: readonly Notice[]): HTMLElement | null {
  const texts = [
    ...new Set([...readout.capture.warnings, ...extra].map((w) => describeNotice(w, getLocale()))),
  ];
  if (texts.length === 0) return null;
  return h(
    'div',
    { class: 'field', attrs: { 'data-field': 'warnings' } },
    h('dt', {}, t('field.warnings')),
    h('dd', {}, h('ul', {}, ...texts.map((text) => h('li', {}, text)))),
  );
}

/** Renders every correctable field of a readout (editable when `options.correct` is given), then the warnings. */
export function fieldList(readout: Readout | ReadoutContent, options: FieldListOptions = {}): HTMLElement {
  const shown = asShown(readout);
  return h(
    'dl',
    { class: 'fields' },
    ...FIELD_ORDER.map((field) => fieldRow(shown, field, options)),
    warningsRow(shown, options.warnings ?? []),
  );
}
