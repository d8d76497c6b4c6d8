// The topics a readout touches, one per line while editing.
import { h } from '../dom';
import { t } from '../i18n';
import { type FieldKind, labelled } from './kit';

const joined = (topics: string[]): string => (topics.length ? topics.join(', ') : t('value.none'));

export const topicsKind: FieldKind<'topics'> = {
  field: 'topics',
  label: 'field.topics',
  display: (topics) =>
    topics.length
      ? h('ul', { class: 'topics' }, ...topics.map((topic) => h('li', {}, topic)))
      : t('value.none'),
  summary: joined,
  editor(value) {
    const area = h('textarea', { attrs: { rows: Math.max(3, value.length + 1) } });
    area.value = value.join('\n');
    return {
      element: labelled(t('topics.hint'), area),
      multiline: true,
      read: () => [
        ...new Set(
          area.value
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
        ),
      ],
    };
  },
};
