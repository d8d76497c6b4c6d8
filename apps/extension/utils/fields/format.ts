// The kind of meeting (talks, summit, telephone call…), chosen from the schema's list.
import { MeetingFormat } from '@readouts/schema';
import { t } from '../i18n';
import { type FieldKind, select } from './kit';

const label = (format: MeetingFormat): string => t(`format.${format}`);

export const formatKind: FieldKind<'format'> = {
  field: 'format',
  label: 'field.format',
  display: label,
  summary: label,
  editor(value) {
    const element = select(value, MeetingFormat.options, label);
    return { element, multiline: false, read: () => MeetingFormat.parse(element.value) };
  },
};
