// The detail view of one readout: every field (correctable, with where it was read), the source
// link, the user's tags, note (with versions from other devices to resolve) and star, and the
// record's history.
import type { CorrectableField, Readout, UserFields } from '@readouts/schema';
import { h } from '../../utils/dom';
import type { ShowOnPage } from '../../utils/fields/evidence';
import { fieldList } from '../../utils/fields/field-list';
import type { FieldRowOptions } from '../../utils/fields/field-row';
import { t } from '../../utils/i18n';
import { type HistoryActions, historySection } from './detail-history';
import { noteSection } from './detail-note';

export interface DetailActions {
  update(fields: Partial<UserFields>): void;
  remove(): void;
  /** Corrects one field and answers the readout as stored; absent: fields are read-only. */
  correct?: FieldRowOptions['correct'];
  showOnPage?: ShowOnPage;
  /** The record's history from the server (null: no server set up); absent: no history section. */
  history?: HistoryActions['load'];
  /** More buttons for the actions row (Copy citation). */
  extra?: HTMLElement[];
}

/**
 * The field whose correction the collection is redrawing for: the new view puts the focus back on
 * its Edit button, as the row would have.
 */
let refocus: { id: string; field: CorrectableField } | null = null;

/** Only http(s) links leave the extension; anything else in a record is shown without a link. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function tagEditor(tags: string[], update: DetailActions['update']): HTMLElement {
  const input = h('input', {
    class: 'tag-input',
    attrs: { type: 'text', placeholder: t('detail.addTag'), 'aria-label': t('field.tags') },
    on: {
      keydown: (event) => {
        if (event.key !== 'Enter' || !input.value.trim()) return;
        update({ tags: [...tags, input.value] });
      },
    },
  });
  const chips = tags.map((tag) =>
    h(
      'span',
      { class: 'tag' },
      tag,
      h(
        'button',
        {
          class: 'tag-remove',
          attrs: { type: 'button', 'aria-label': t('detail.removeTag', { tag }) },
          on: { click: () => update({ tags: tags.filter((other) => other !== tag) }) },
        },
        '×',
      ),
    ),
  );
  return h('div', { class: 'tags' }, ...chips, input);
}

/** Builds the detail view of a readout. */
export function renderDetail(readout: Readout, actions: DetailActions): HTMLElement {
  const heading = h('h2', { class: 'detail-title' }, readout.title);
  const correct = actions.correct;
  const options: FieldRowOptions = {
    showOnPage: actions.showOnPage,
    correct: correct
      ? async (field, change) => {
          refocus = { id: readout.id, field };
          try {
            const next = await correct(field, change);
            heading.textContent = next.title;
            return next;
          } finally {
            refocus = null;
          }
        }
      : undefined,
  };
  const history = actions.history;
  const revert = async (fields: CorrectableField[]) => {
    for (const field of fields) await options.correct?.(field, null);
  };
  const view = h(
    'div',
    { class: 'detail', attrs: { 'data-id': readout.id } },
    heading,
    detailActions(readout, actions),
    fieldList(readout, options),
    h('h3', {}, t('field.tags')),
    tagEditor(readout.user.tags, actions.update),
    h('h3', {}, t('field.note')),
    ...noteSection(readout, actions.update),
    history ? historySection({ load: history, revert }) : null,
  );
  if (refocus?.id === readout.id) {
    const field = refocus.field;
    queueMicrotask(() =>
      view.querySelector<HTMLElement>(`[data-field="${field}"] [data-action="edit"]`)?.focus(),
    );
  }
  return view;
}

function detailActions(readout: Readout, actions: DetailActions): HTMLElement {
  const href = safeHref(readout.canonicalUrl);
  return h(
    'div',
    { class: 'detail-actions' },
    h(
      'button',
      {
        class: 'star',
        attrs: { type: 'button', 'aria-pressed': readout.user.starred },
        on: { click: () => actions.update({ starred: !readout.user.starred }) },
      },
      readout.user.starred ? `★ ${t('detail.unstar')}` : `☆ ${t('detail.star')}`,
    ),
    h(
      'button',
      { class: 'danger', attrs: { type: 'button' }, on: { click: actions.remove } },
      t('detail.delete'),
    ),
    ...(actions.extra ?? []),
    href
      ? h(
          'a',
          { class: 'source', attrs: { href, target: '_blank', rel: 'noopener noreferrer' } },
          t('detail.source'),
        )
      : null,
  );
}
