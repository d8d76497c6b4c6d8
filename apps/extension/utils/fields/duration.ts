// How long the meeting lasted, in whole minutes, or not stated.
import { formatDuration } from '../format';
import { t } from '../i18n';
import { type FieldKind, InputError, optional, textInput } from './kit';

export const durationKind: FieldKind<'durationMinutes'> = {
  field: 'durationMinutes',
  label: 'field.duration',
  display: (value) => formatDuration(value),
  summary: (value) => formatDuration(value),
  editor(value) {
    const input = textInput(value === null ? null : String(value), { inputmode: 'numeric', maxlength: 5 });
    return {
      element: input,
      multiline: false,
      read() {
        const text = optional(input);
        if (text === null) return null;
        const minutes = Number(text);
        if (!/^\d+$/.test(text) || minutes < 1 || minutes > 10_000) {
          throw new InputError(t('invalid.minutes'), input);
        }
        return minutes;
      },
    };
  },
};
