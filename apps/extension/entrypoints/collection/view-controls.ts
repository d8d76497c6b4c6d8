// The collection's view controls beyond the toolbar's menus, wired in one place so main.ts stays
// wiring: the filter fields and chips, the URL, saved searches, the tag manager, matches marked in
// the detail view, and the list's keyboard (one Tab stop, Enter in, Escape back).
import type { Readout } from '@readouts/schema';
import { filterOptions } from '../../utils/collection/filters';
import { markWithin, unmarkWithin } from '../../utils/collection/marks';
import type { CollectionModel } from '../../utils/collection/model';
import { SavedSearches } from '../../utils/collection/saved-searches';
import type { ReadoutsDatabase } from '../../utils/db/open';
import type { ChangeContext } from '../../utils/db/readouts';
import { h, replaceChildren } from '../../utils/dom';
import { t } from '../../utils/i18n';
import { renderChips, renderFilterFields } from './filter-bar';
import { FocusSafeRedraw } from './focus-safe-redraw';
import { bindListKeys, ensureTabStop, skipLink, tabStopId } from './keyboard';
import type { RowState } from './list';
import { renderSavedSearches } from './saved-searches-view';
import { renderTagManager } from './tag-manager';
import { bindViewToUrl } from './view-url';

export interface ViewControlsDeps {
  db: ReadoutsDatabase;
  context: ChangeContext;
  model: CollectionModel;
  /** The readouts the list shows, in its order. */
  visible(): readonly Readout[];
  /** Scrolls the list to a row and focuses it. */
  focusRow(index: number, id: string): void;
  say(message: string, options: { isError?: boolean; undo?: () => void }): void;
  elements: { header: HTMLElement; toolbar: HTMLElement; list: HTMLElement; detail: HTMLElement };
}

export interface ViewControls {
  /** Reads the URL into the view and follows the view with it from then on. */
  start(): void;
  /** What a list row needs: whether it is the Tab stop, and the search to mark. */
  rowState(readout: Readout): Pick<RowState, 'tabStop' | 'query'>;
  /** Brings the controls up to date with the model (after the page's own redraw). */
  draw(): void;
}

export function mountViewControls(deps: ViewControlsDeps): ViewControls {
  const { model, elements } = deps;
  const notice = h('p', { class: 'url-notice', attrs: { role: 'alert', hidden: true } });
  const fields = h('div', { class: 'filter-fields' });
  const chips = h('div', { class: 'chip-row' });
  const saved = renderSavedSearches(model, new SavedSearches(), (message) => deps.say(message, {}));
  const bar = h(
    'section',
    { class: 'filter-bar', attrs: { 'aria-label': t('filter.active') } },
    fields,
    saved,
    chips,
  );
  elements.toolbar.after(notice, bar);
  elements.header.append(renderTagManager(deps));

  const ids = () => deps.visible().map((readout) => readout.id);
  let tabStop: string | null = null;
  const focusCurrent = () => {
    const visible = ids();
    const id = tabStopId(visible, model.selectedId);
    if (!id) return null;
    deps.focusRow(visible.indexOf(id), id);
    return elements.list.querySelector<HTMLElement>(`.row[data-id="${CSS.escape(id)}"]`);
  };
  document.body.prepend(skipLink(() => void focusCurrent()));
  bindListKeys(elements.list, elements.detail, focusCurrent);
  elements.list.addEventListener('scroll', () => ensureTabStop(elements.list, tabStop), { passive: true });

  const fieldsDraw = new FocusSafeRedraw(fields);
  let marked: { view: Element | null; query: string } = { view: null, query: '' };
  return {
    start: () => bindViewToUrl(model, notice),
    rowState: (readout) => ({ tabStop: readout.id === tabStop, query: model.filters.query }),
    draw: () => {
      tabStop = tabStopId(ids(), model.selectedId);
      ensureTabStop(elements.list, tabStop);
      const { query: _query, ...menus } = model.filters;
      // Redrawn when a filter or the data changes, never while a search is typed, and not while
      // the user is in a field (a sync pull would wipe a participant being typed).
      fieldsDraw.draw(JSON.stringify([model.dataVersion, menus]), () =>
        replaceChildren(fields, ...renderFilterFields(model, filterOptions(model.all()).topics)),
      );
      const search = elements.toolbar.querySelector<HTMLInputElement>('.search');
      // The search box is not redrawn while typing; a chip, a saved search or Back change it here.
      if (search && document.activeElement !== search && search.value !== model.filters.query) {
        search.value = model.filters.query;
      }
      replaceChildren(
        chips,
        renderChips(model, () => search?.focus()),
      );
      // The detail view is redrawn only for another record: its marks follow the search here.
      const view = elements.detail.firstElementChild;
      if (view !== marked.view || model.filters.query !== marked.query) {
        if (view === marked.view && view) unmarkWithin(view);
        if (view) markWithin(view, model.filters.query);
        marked = { view, query: model.filters.query };
      }
    },
  };
}
