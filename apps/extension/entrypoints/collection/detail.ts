// The detail view of one readout: every point, the source link, and the user's tags, note and star.
import type { Readout, UserFields } from '@readouts/schema';
import { h } from '../../utils/dom';
import { t } from '../../utils/i18n';
import { readoutFields } from '../../utils/readout-view';

export interface DetailActions {
  update(fields: Partial<UserFields>): void;
  remove(): void;
}

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
  const href = safeHref(readout.canonicalUrl);
  const note = h('textarea', {
    class: 'note',
    attrs: {
      rows: 4,
      maxlength: 50_000,
      placeholder: t('detail.notePlaceholder'),
      'aria-label': t('field.note'),
    },
    on: { change: () => actions.update({ note: note.value }) },
  });
  note.value = readout.user.note;
  return h(
    'div',
    { class: 'detail', attrs: { 'data-id': readout.id } },
    h('h2', { class: 'detail-title' }, readout.title),
    h(
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
      href
        ? h(
            'a',
            { class: 'source', attrs: { href, target: '_blank', rel: 'noopener noreferrer' } },
            t('detail.source'),
          )
        : null,
    ),
    readoutFields(readout),
    h('h3', {}, t('field.tags')),
    tagEditor(readout.user.tags, actions.update),
    h('h3', {}, t('field.note')),
    note,
    h('h3', {}, t('field.points')),
    h(
      'ol',
      { class: 'points' },
      ...readout.points.map((point) => h('li', { attrs: { value: point.n } }, point.text)),
    ),
  );
}
