// The local start time (HH:MM, 24-hour) and the time in Japan a page states beside it.
import { isoDate, type JapanTime } from '@readouts/schema';
import { t } from '../i18n';
import { type FieldKind, group, InputError, labelled, matching, textInput } from './kit';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const startTimeKind: FieldKind<'startTime'> = {
  field: 'startTime',
  label: 'field.startTime',
  display: (value) => value ?? t('value.none'),
  summary: (value) => value ?? t('value.none'),
  editor(value) {
    const input = textInput(value, { placeholder: 'HH:MM', maxlength: 5 });
    return { element: input, multiline: false, read: () => matching(input, CLOCK, 'invalid.time') };
  },
};

const japanText = (value: JapanTime | null): string =>
  value ? [value.date, value.time].filter(Boolean).join(' ') || value.text : t('value.none');

export const japanTimeKind: FieldKind<'japanTime'> = {
  field: 'japanTime',
  label: 'field.japanTime',
  display: japanText,
  summary: japanText,
  editor(value) {
    const date = textInput(value?.date ?? null, { placeholder: 'YYYY-MM-DD', maxlength: 10 });
    const time = textInput(value?.time ?? null, { placeholder: 'HH:MM', maxlength: 5 });
    return {
      element: group(labelled(t('japanTime.date'), date), labelled(t('japanTime.time'), time)),
      multiline: false,
      read() {
        const day = matching(date, DAY, 'invalid.date');
        const clock = matching(time, CLOCK, 'invalid.time');
        if (day === null && clock === null) return null;
        if (day !== null && !isoDate.safeParse(day).success) throw new InputError(t('invalid.date'), date);
        // The page's own wording is kept when it still says the same; otherwise the typed values are it.
        const same = value && value.date === day && value.time === clock;
        return { date: day, time: clock, text: same ? value.text : [day, clock].filter(Boolean).join(' ') };
      },
    };
  },
};
