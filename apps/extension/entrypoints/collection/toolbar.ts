// Search box, filter menus and sort menu; they write into the collection model.
import type { Lang, MeetingFormat } from '@readouts/schema';
import type { FilterOptions } from '../../utils/collection/filters';
import type { CollectionModel } from '../../utils/collection/model';
import { h } from '../../utils/dom';
import { countryName } from '../../utils/format';
import { type MessageKey, t } from '../../utils/i18n';
import type { SortKey } from '../../utils/storage';

function select(
  name: string,
  allLabel: string,
  options: Array<[string, string]>,
  value: string | null,
  onChange: (value: string | null) => void,
): HTMLSelectElement {
  const element = h(
    'select',
    { attrs: { name, 'aria-label': allLabel }, on: { change: () => onChange(element.value || null) } },
    h('option', { attrs: { value: '' } }, allLabel),
    ...options.map(([optionValue, label]) =>
      h('option', { attrs: { value: optionValue, selected: optionValue === value } }, label),
    ),
  );
  return element;
}

const SORTS: SortKey[] = ['date-desc', 'date-asc', 'captured-desc', 'title'];

/** Builds the toolbar for the current filter options; `onSort` also remembers the choice. */
export function renderToolbar(
  model: CollectionModel,
  options: FilterOptions,
  onSort: (sort: SortKey) => void,
): HTMLElement[] {
  const f = model.filters;
  const search = h('input', {
    class: 'search',
    attrs: {
      type: 'search',
      name: 'q',
      placeholder: t('collection.search'),
      'aria-label': t('collection.search'),
    },
    on: { input: () => model.setFilters({ query: search.value }) },
  });
  search.value = f.query;
  const starred = h('input', {
    attrs: { type: 'checkbox', name: 'starred', checked: f.starredOnly },
    on: { change: () => model.setFilters({ starredOnly: starred.checked }) },
  });
  const sort = h(
    'select',
    { attrs: { name: 'sort', 'aria-label': 'Sort' }, on: { change: () => onSort(sort.value as SortKey) } },
    ...SORTS.map((key) =>
      h('option', { attrs: { value: key, selected: key === model.sort } }, t(`sort.${key}` as MessageKey)),
    ),
  );
  return [
    search,
    select(
      'country',
      t('filter.country'),
      options.countries.map((c) => [c, countryName(c)]),
      f.country,
      (v) => model.setFilters({ country: v }),
    ),
    select(
      'format',
      t('filter.format'),
      options.formats.map((v) => [v, t(`format.${v}`)]),
      f.format,
      (v) => model.setFilters({ format: v as MeetingFormat | null }),
    ),
    select(
      'year',
      t('filter.year'),
      options.years.map((y) => [y, y]),
      f.year,
      (v) => model.setFilters({ year: v }),
    ),
    select(
      'lang',
      t('filter.lang'),
      options.langs.map((l) => [l, t(`lang.${l}`)]),
      f.lang,
      (v) => model.setFilters({ lang: v as Lang | null }),
    ),
    select(
      'tag',
      t('filter.tag'),
      options.tags.map((tag) => [tag, tag]),
      f.tag,
      (v) => model.setFilters({ tag: v }),
    ),
    h('label', { class: 'check' }, starred, t('filter.starred')),
    sort,
    h(
      'a',
      { class: 'analysis-link', attrs: { href: 'analysis.html', 'data-action': 'analysis' } },
      t('analysis.open'),
    ),
  ];
}
