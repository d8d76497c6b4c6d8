// The batch bar above the list: how many readouts are picked, "select all matching", and the
// edits that apply to all of them (tag, format, star, delete).
import { MeetingFormat } from '@readouts/schema';
import type { BatchEdit } from '../../utils/db/batch';
import { h } from '../../utils/dom';
import { formatNumber, plural, t } from '../../utils/i18n';

export interface BatchBarActions {
  apply(edit: BatchEdit): void;
  selectAll(): void;
  clear(): void;
  /** Says something in the toast (a tag is needed first). */
  report(message: string): void;
}

/**
 * Builds the bar for `picked` readouts out of `matching` visible ones. With fewer than two picked
 * it offers only "select all matching": a single click opens one readout, as it always did.
 */
export function renderBatchBar(picked: number, matching: number, actions: BatchBarActions): HTMLElement[] {
  const selectAll = h(
    'button',
    {
      attrs: { type: 'button', 'data-batch': 'select-all', disabled: matching === 0 || picked === matching },
      on: { click: () => actions.selectAll() },
    },
    t('batch.selectAll', { n: formatNumber(matching) }),
  );
  if (picked < 2) return [selectAll];

  const tag = h('input', {
    class: 'batch-tag',
    attrs: { type: 'text', name: 'batch-tag', placeholder: t('batch.tag'), 'aria-label': t('batch.tag') },
  });
  const withTag = (kind: 'addTag' | 'removeTag') => () => {
    const value = tag.value.trim();
    if (!value) {
      actions.report(t('batch.tagRequired'));
      tag.focus();
      return;
    }
    actions.apply({ kind, tag: value });
  };
  tag.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') withTag('addTag')();
  });
  const button = (name: string, label: string, run: () => void) =>
    h('button', { attrs: { type: 'button', 'data-batch': name }, on: { click: run } }, label);
  const format = h(
    'select',
    {
      attrs: { name: 'batch-format', 'aria-label': t('batch.format') },
      on: {
        change: () => {
          if (format.value) actions.apply({ kind: 'format', format: format.value as MeetingFormat });
        },
      },
    },
    h('option', { attrs: { value: '' } }, t('batch.format')),
    ...MeetingFormat.options.map((value) => h('option', { attrs: { value } }, t(`format.${value}`))),
  );
  return [
    h('span', { class: 'batch-count', attrs: { 'data-batch': 'count' } }, plural('batch.selected', picked)),
    selectAll,
    tag,
    button('add-tag', t('batch.addTag'), withTag('addTag')),
    button('remove-tag', t('batch.removeTag'), withTag('removeTag')),
    format,
    button('star', t('batch.star'), () => actions.apply({ kind: 'star', starred: true })),
    button('unstar', t('batch.unstar'), () => actions.apply({ kind: 'star', starred: false })),
    button('delete', t('batch.delete'), () => actions.apply({ kind: 'delete' })),
    button('clear', t('batch.clear'), () => actions.clear()),
  ];
}
