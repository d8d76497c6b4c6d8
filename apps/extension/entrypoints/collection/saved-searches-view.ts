// The saved-searches panel: name and save the current search and filters, then run, rename or
// delete each; kept in browser.storage.local (this device only).
import type { CollectionModel } from '../../utils/collection/model';
import { SavedSearchError, type SavedSearches, savedView } from '../../utils/collection/saved-searches';
import { h, replaceChildren } from '../../utils/dom';
import { type MessageKey, t } from '../../utils/i18n';

/** Says what went wrong in the UI language; anything but a refused name is passed on. */
function problemText(error: unknown): string {
  if (error instanceof SavedSearchError) return t(`saved.problem.${error.problem}` as MessageKey);
  throw error;
}

/** Builds the panel (a disclosure in the toolbar); `say` shows a toast. */
export function renderSavedSearches(
  model: CollectionModel,
  searches: SavedSearches,
  say: (message: string) => void,
): HTMLElement {
  const list = h('ul', { class: 'saved-list' });
  const error = h('p', { class: 'field-error', attrs: { id: 'saved-error', role: 'alert' } });
  const name = h('input', {
    class: 'saved-name',
    attrs: { type: 'text', name: 'saved-name', maxlength: 100, 'aria-describedby': 'saved-error' },
  });
  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
      error.textContent = '';
      await redraw();
    } catch (failure) {
      error.textContent = problemText(failure);
    }
  };
  const save = () =>
    attempt(async () => {
      const saved = await searches.save(name.value, { filters: model.filters, readout: null });
      name.value = '';
      say(t('saved.saved', { name: saved.name }));
    });

  const entry = (search: Awaited<ReturnType<SavedSearches['list']>>[number]) => {
    const item = h('li', { attrs: { 'data-saved': search.id } });
    const show = () =>
      replaceChildren(
        item,
        h(
          'button',
          {
            class: 'saved-run link',
            attrs: { type: 'button', 'aria-label': t('saved.run', { name: search.name }) },
            on: { click: () => model.setView(savedView(search).filters, model.selectedId) },
          },
          search.name,
        ),
        h(
          'button',
          { class: 'saved-rename', attrs: { type: 'button' }, on: { click: rename } },
          t('saved.rename'),
        ),
        h(
          'button',
          {
            class: 'saved-delete',
            attrs: { type: 'button', 'aria-label': t('saved.deleteLabel', { name: search.name }) },
            on: {
              click: () =>
                void attempt(async () => {
                  await searches.remove(search.id);
                  say(t('saved.deleted', { name: search.name }));
                }),
            },
          },
          t('saved.delete'),
        ),
      );
    // Renaming happens in place: Enter keeps the new name, Escape the old one.
    const rename = () => {
      const input = h('input', {
        class: 'saved-rename-input',
        attrs: { type: 'text', maxlength: 100, 'aria-label': t('saved.renameLabel', { name: search.name }) },
        on: {
          keydown: (event) => {
            if (event.key === 'Enter')
              void attempt(() => searches.rename(search.id, input.value).then(() => {}));
            if (event.key === 'Escape') {
              event.preventDefault();
              show();
              item.querySelector<HTMLElement>('.saved-rename')?.focus();
            }
          },
        },
      });
      input.value = search.name;
      replaceChildren(item, input);
      input.focus();
      input.select();
    };
    show();
    return item;
  };

  const redraw = async () => {
    const saved = await searches.list();
    if (saved.length === 0) replaceChildren(list, h('li', { class: 'muted' }, t('saved.none')));
    else replaceChildren(list, ...saved.map(entry));
  };
  void redraw();
  return h(
    'details',
    { class: 'saved' },
    h('summary', {}, t('saved.heading')),
    h(
      'div',
      { class: 'saved-body' },
      h(
        'form',
        {
          class: 'saved-form',
          on: {
            submit: (event) => {
              event.preventDefault();
              void save();
            },
          },
        },
        h('label', {}, t('saved.name'), ' ', name),
        h('button', { attrs: { type: 'submit' } }, t('saved.save')),
      ),
      error,
      list,
      h('p', { class: 'muted small' }, t('saved.local')),
    ),
  );
}
