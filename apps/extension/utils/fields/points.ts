// The readout's numbered points: edit, split at the cursor, join with the next, add, remove.
import type { Point } from '@readouts/schema';
import { h } from '../dom';
import { t } from '../i18n';
import { type Editor, editorButton, type FieldKind, uniqueId } from './kit';

interface Row {
  element: HTMLElement;
  text: HTMLTextAreaElement;
  label: HTMLLabelElement;
  buttons: { split: HTMLButtonElement; join: HTMLButtonElement; remove: HTMLButtonElement };
}

function pointsEditor(value: Point[]): Editor<Point[]> {
  const rows: Row[] = [];
  const list = h('ol', { class: 'point-rows' });
  const renumber = () =>
    rows.forEach((row, i) => {
      const n = i + 1;
      row.label.textContent = t('point.n', { n });
      row.buttons.split.setAttribute('aria-label', t('point.split', { n }));
      row.buttons.join.setAttribute('aria-label', t('point.join', { n }));
      row.buttons.remove.setAttribute('aria-label', t('point.remove', { n }));
      row.buttons.join.disabled = i === rows.length - 1;
      row.element.dataset.point = String(n);
    });
  const add = (text: string, after = rows.length): Row => {
    const area = h('textarea', { attrs: { rows: 3, maxlength: 20_000 } });
    area.value = text;
    const row = { text: area } as Row;
    row.buttons = {
      split: editorButton(
        '⤓',
        () => {
          const at = area.selectionStart ?? area.value.length;
          const rest = area.value.slice(at).trim();
          area.value = area.value.slice(0, at).trim();
          add(rest, rows.indexOf(row) + 1).text.focus();
        },
        { 'data-action': 'split-point' },
      ),
      join: editorButton(
        '⤒',
        () => {
          const next = rows[rows.indexOf(row) + 1];
          if (!next) return;
          const at = area.value.length;
          area.value = [area.value, next.text.value].filter((s) => s.trim()).join(' ');
          drop(next);
          area.focus();
          area.setSelectionRange(at, at);
        },
        { 'data-action': 'join-point' },
      ),
      remove: editorButton(
        '×',
        () => {
          const at = rows.indexOf(row);
          drop(row);
          (rows[at]?.text ?? rows[at - 1]?.text ?? addButton).focus();
        },
        { 'data-action': 'remove-point' },
      ),
    };
    row.label = h('label', { class: 'control-label' });
    row.element = h(
      'li',
      { class: 'point-row' },
      row.label,
      area,
      h('span', { class: 'point-tools' }, row.buttons.split, row.buttons.join, row.buttons.remove),
    );
    // Labels tie to their textarea by id: the label sits beside it, not around it.
    area.id = uniqueId('point');
    row.label.htmlFor = area.id;
    list.insertBefore(row.element, rows[after]?.element ?? null);
    rows.splice(after, 0, row);
    renumber();
    return row;
  };
  const drop = (row: Row) => {
    rows.splice(rows.indexOf(row), 1);
    row.element.remove();
    renumber();
  };
  const addButton = editorButton(t('point.add'), () => add('').text.focus(), { 'data-action': 'add-point' });
  for (const point of value) add(point.text);

  return {
    element: h('div', { class: 'points-editor' }, list, addButton),
    multiline: true,
    read: () =>
      rows
        .map((row) => row.text.value.trim())
        .filter(Boolean)
        .map((text, i) => ({ n: i + 1, text })),
  };
}

export const pointsKind: FieldKind<'points'> = {
  field: 'points',
  label: 'field.points',
  display: (points, { compact }) =>
    compact
      ? String(points.length)
      : h(
          'ol',
          { class: 'points' },
          ...points.map((point) => h('li', { attrs: { value: point.n } }, point.text)),
        ),
  summary: (points) => {
    const text = points.map((point) => `${point.n}. ${point.text}`).join(' ');
    return text.length > 200 ? `${text.slice(0, 199)}…` : text || t('value.none');
  },
  editor: pointsEditor,
};
