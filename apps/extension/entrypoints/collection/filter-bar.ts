// The filters the toolbar menus lack: participant (type-ahead over the collection's people, both
// scripts), a date range typed as YYYY-MM-DD and checked against the calendar, and topic; then
// every active filter as a chip that removes it.
import { isoDate } from '@readouts/schema';
import type { Filters } from '../../utils/collection/filters';
import type { CollectionModel } from '../../utils/collection/model';
import { h } from '../../utils/dom';
import { countryName } from '../../utils/format';
import { type MessageKey, t } from '../../utils/i18n';

let fieldIds = 0;

/** A labelled text field with its error line, tied by aria-describedby. */
function field(label: string, input: HTMLInputElement): { element: HTMLElement; error: HTMLElement } {
  const id = `filter-error-${++fieldIds}`;
  const error = h('span', { class: 'field-error', attrs: { id, role: 'alert' } });
  input.setAttribute('aria-describedby', id);
  return { element: h('label', { class: 'filter-field' }, h('span', {}, label), input, error), error };
}

function showError(input: HTMLInputElement, error: HTMLElement, message: string | null): void {
  error.textContent = message ?? '';
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function participantField(model: CollectionModel): HTMLElement {
  const listId = 'people-options';
  const options = h('datalist', { attrs: { id: listId } });
  const input = h('input', {
    class: 'participant',
    attrs: {
      type: 'text',
      name: 'participant',
      list: listId,
      autocomplete: 'off',
      placeholder: t('filter.participantPlaceholder'),
    },
  });
  const { element, error } = field(t('filter.participant'), input);
  const current = model.filters.participant;
  if (current) input.value = model.people().get(current)?.label ?? '';
  // The registry is built when first needed: a collection of 10,000 opens without waiting for it.
  const suggest = () => {
    const people = model.people().suggest(input.value, 50);
    options.replaceChildren(
      ...people.map((person) => h('option', { attrs: { value: person.label } }, `${person.count}`)),
    );
  };
  const choose = () => {
    const typed = input.value.trim();
    if (!typed) {
      showError(input, error, null);
      model.setFilters({ participant: null });
      return;
    }
    const people = model.people();
    const person = people.options.find((option) => option.label === typed) ?? people.suggest(typed, 1)[0];
    if (!person) {
      showError(input, error, t('filter.participantUnknown', { name: typed }));
      return;
    }
    showError(input, error, null);
    input.value = person.label;
    model.setFilters({ participant: person.id });
  };
  input.addEventListener('focus', suggest, { once: true });
  input.addEventListener('input', suggest);
  input.addEventListener('change', choose);
  return h('span', {}, element, options);
}

/** The From and To fields: a day of the calendar or empty, and To not before From. */
function dateRange(model: CollectionModel): HTMLElement[] {
  const make = (name: 'from' | 'to') => {
    const input = h('input', {
      class: 'date',
      attrs: {
        type: 'text',
        name,
        inputmode: 'numeric',
        placeholder: t('filter.datePlaceholder'),
        maxlength: 10,
        size: 10,
      },
    });
    input.value = model.filters[name] ?? '';
    return { input, ...field(t(name === 'from' ? 'filter.from' : 'filter.to'), input) };
  };
  const from = make('from');
  const to = make('to');
  const read = (input: HTMLInputElement) => {
    const value = input.value.trim();
    return value === '' ? null : isoDate.safeParse(value).success ? value : undefined;
  };
  const check = (changed: typeof from) => {
    const next = { from: read(from.input), to: read(to.input) };
    for (const side of [from, to]) {
      showError(side.input, side.error, read(side.input) === undefined ? t('filter.dateInvalid') : null);
    }
    if (next.from === undefined || next.to === undefined) return;
    if (next.from && next.to && next.from > next.to) {
      showError(changed.input, changed.error, t('filter.rangeBackwards'));
      return;
    }
    model.setFilters({ from: next.from, to: next.to });
  };
  from.input.addEventListener('change', () => check(from));
  to.input.addEventListener('change', () => check(to));
  return [from.element, to.element];
}

function topicMenu(model: CollectionModel, topics: string[]): HTMLSelectElement {
  const menu = h(
    'select',
    {
      attrs: { name: 'topic', 'aria-label': t('filter.topic') },
      on: { change: () => model.setFilters({ topic: menu.value || null }) },
    },
    h('option', { attrs: { value: '' } }, t('filter.topic')),
    ...topics.map((topic) =>
      h('option', { attrs: { value: topic, selected: topic === model.filters.topic } }, topic),
    ),
  );
  return menu;
}

/** The filter fields added to the toolbar. */
export function renderFilterFields(model: CollectionModel, topics: string[]): HTMLElement[] {
  return [participantField(model), ...dateRange(model), topicMenu(model, topics)];
}

type ChipKey = Exclude<keyof Filters, 'starredOnly'> | 'starredOnly';

/** How each active filter reads on its chip. */
function chipText(model: CollectionModel, key: ChipKey, value: string): string {
  if (key === 'starredOnly') return t('chip.starredOnly');
  const shown: Partial<Record<ChipKey, () => string>> = {
    country: () => countryName(value),
    format: () => t(`format.${value}` as MessageKey),
    lang: () => t(`lang.${value}` as MessageKey),
    participant: () => model.people().get(value)?.label ?? value,
  };
  return t(`chip.${key}` as MessageKey, { value: shown[key]?.() ?? value });
}

const CHIP_ORDER: ChipKey[] = [
  'query',
  'participant',
  'from',
  'to',
  'country',
  'format',
  'year',
  'lang',
  'tag',
  'topic',
  'starredOnly',
];

/** The active filters as removable chips (each a button), and Clear all; empty when none is set. */
export function renderChips(model: CollectionModel, onRemoved: () => void): HTMLElement | null {
  const f = model.filters;
  const active = CHIP_ORDER.filter((key) => (key === 'query' ? f.query.trim() !== '' : Boolean(f[key])));
  if (active.length === 0) return null;
  const clear: Partial<Filters> = { query: '', starredOnly: false };
  const chips = active.map((key) => {
    const text = chipText(model, key, String(f[key]));
    return h(
      'li',
      {},
      h(
        'button',
        {
          class: 'chip',
          attrs: { type: 'button', 'data-filter': key, 'aria-label': t('filter.remove', { filter: text }) },
          on: {
            click: () => {
              model.setFilters({ [key]: key === 'query' ? '' : key === 'starredOnly' ? false : null });
              onRemoved();
            },
          },
        },
        text,
        h('span', { attrs: { 'aria-hidden': 'true' } }, ' ×'),
      ),
    );
  });
  for (const key of active)
    if (key !== 'query' && key !== 'starredOnly') Object.assign(clear, { [key]: null });
  return h(
    'div',
    { class: 'chips' },
    h(
      'ul',
      { attrs: { 'aria-label': t('filter.active') } },
      ...chips,
      h(
        'li',
        {},
        h(
          'button',
          {
            class: 'chip-clear',
            attrs: { type: 'button' },
            on: {
              click: () => {
                model.setFilters(clear);
                onRemoved();
              },
            },
          },
          t('filter.clearAll'),
        ),
      ),
    ),
  );
}
