// The popup's picker of links to capture: each link with its list date, marked already captured,
// select all / none over the shown links, filters by link text and list date, and the choice to
// follow archive pages. Inputs are built once; only the list redraws, so typing keeps focus.
import type { ArchiveScope } from '@readouts/bulk';
import {
  matchesFilter,
  NO_FILTER,
  type PickerFilter,
  type PickerLink,
  selectable,
} from '../../utils/bulk/picker';
import { h, replaceChildren } from '../../utils/dom';
import { plural, t } from '../../utils/i18n';

export interface PickerActions {
  /** Discovers again with archive pages of this scope followed (null: this page only). */
  follow(scope: ArchiveScope | null): void;
  start(urls: string[]): void;
}

const SCOPES: Array<ArchiveScope | 'none'> = ['none', 'this-month', 'this-year'];

/** Builds the picker for the links found; `scope` is the archive choice they were found with. */
export function renderPicker(
  links: readonly PickerLink[],
  scope: ArchiveScope | null,
  actions: PickerActions,
): HTMLElement {
  let filter: PickerFilter = NO_FILTER;
  const selected = new Set(selectable(links, filter));
  const list = h('ul', { class: 'bulk-links' });
  const start = h('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'bulk-start' } });
  const count = h('p', { class: 'bulk-found' }, plural('bulk.found', links.length));

  const redraw = () => {
    const shown = links.filter((l) => matchesFilter(l, filter));
    replaceChildren(
      list,
      ...shown.map((link) => {
        const box = h('input', {
          attrs: { type: 'checkbox', checked: selected.has(link.id), disabled: link.captured },
          on: {
            change: (event) => {
              if ((event.target as HTMLInputElement).checked) selected.add(link.id);
              else selected.delete(link.id);
              redrawStart();
            },
          },
        });
        return h(
          'li',
          { attrs: { 'data-id': link.id, 'data-captured': link.captured ? 'true' : 'false' } },
          h(
            'label',
            {},
            box,
            ' ',
            link.listDate ? h('time', { attrs: { datetime: link.listDate } }, link.listDate) : null,
            link.listDate ? ' ' : null,
            link.text || link.url,
            link.captured ? h('span', { class: 'mark' }, ` (${t('bulk.captured')})`) : null,
          ),
        );
      }),
    );
    redrawStart();
  };
  const chosen = () => links.filter((l) => selected.has(l.id) && !l.captured && matchesFilter(l, filter));
  const redrawStart = () => {
    const n = chosen().length;
    start.textContent = plural('bulk.start', n);
    start.disabled = n === 0;
  };
  start.addEventListener('click', () => actions.start(chosen().map((l) => l.url)));

  const setFilter = (change: Partial<PickerFilter>) => {
    filter = { ...filter, ...change };
    redraw();
  };
  const textInput = h('input', {
    attrs: { type: 'search', name: 'bulk-text', 'aria-label': t('bulk.filterText') },
    on: { input: (e) => setFilter({ text: (e.target as HTMLInputElement).value }) },
  });
  const dateInput = (name: 'from' | 'to') =>
    h('input', {
      attrs: { type: 'date', name: `bulk-${name}`, 'aria-label': t(`bulk.${name}`) },
      on: { change: (e) => setFilter({ [name]: (e.target as HTMLInputElement).value || null }) },
    });
  const archives = h(
    'select',
    {
      attrs: { name: 'bulk-archives' },
      on: {
        change: (e) => {
          const value = (e.target as HTMLSelectElement).value;
          actions.follow(value === 'none' ? null : (value as ArchiveScope));
        },
      },
    },
    ...SCOPES.map((s) =>
      h('option', { attrs: { value: s, selected: (scope ?? 'none') === s } }, t(`bulk.archives.${s}`)),
    ),
  );
  const selectButton = (all: boolean) =>
    h(
      'button',
      {
        attrs: { type: 'button', 'data-action': all ? 'bulk-select-all' : 'bulk-select-none' },
        on: {
          click: () => {
            const ids = links.filter((l) => matchesFilter(l, filter)).map((l) => l.id);
            if (all) for (const id of selectable(links, filter)) selected.add(id);
            else for (const id of ids) selected.delete(id);
            redraw();
          },
        },
      },
      t(all ? 'bulk.selectAll' : 'bulk.selectNone'),
    );

  redraw();
  return h(
    'section',
    { class: 'bulk-picker' },
    h('h2', {}, t('bulk.heading')),
    count,
    h('label', { class: 'bulk-archives' }, t('bulk.archives'), ' ', archives),
    h('label', {}, t('bulk.filterText'), ' ', textInput),
    h(
      'div',
      { class: 'bulk-dates' },
      h('label', {}, t('bulk.from'), ' ', dateInput('from')),
      h('label', {}, t('bulk.to'), ' ', dateInput('to')),
    ),
    h('div', { class: 'bulk-select' }, selectButton(true), selectButton(false)),
    list,
    start,
  );
}
