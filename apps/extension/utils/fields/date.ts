// The meeting's date, YYYY-MM-DD (the local date at the meeting place), or none.
import { isoDate } from '@readouts/schema';
import { formatDate } from '../format';
import { t } from '../i18n';
import { type FieldKind, InputError, matching, textInput } from './kit';

export const dateKind: FieldKind<'date'> = {
  field: 'date',
  label: 'field.date',
  display: (value) => formatDate(value),
  summary: (value) => formatDate(value),
  editor(value) {
    const input = textInput(value, { placeholder: 'YYYY-MM-DD', inputmode: 'numeric', maxlength: 10 });
    return {
      element: input,
      multiline: false,
      read() {
        const date = matching(input, /^\d{4}-\d{2}-\d{2}$/, 'invalid.date');
        // The schema also knows the calendar: 2020-02-30 is refused here, not by the database.
        if (date !== null && !isoDate.safeParse(date).success) throw new InputError(t('invalid.date'), input);
        return date;
      },
    };
  },
};
