// The title: one line of text that cannot be empty.

import { t } from '../i18n';
import { type FieldKind, InputError, textInput } from './kit';

export const titleKind: FieldKind<'title'> = {
  field: 'title',
  label: 'field.title',
  display: (value) => value,
  summary: (value) => value,
  editor(value) {
    const input = textInput(value, { maxlength: 1000 });
    return {
      element: input,
      multiline: false,
      read() {
        const text = input.value.trim();
        if (!text) throw new InputError(t('invalid.required'), input);
        return text;
      },
    };
  },
};
