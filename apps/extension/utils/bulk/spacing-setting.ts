// The options page's bulk-capture setting: seconds between two pages, at least one (the politeness
// floor MOFA's servers are owed), saved as soon as it changes.
import { h } from '../dom';
import { t } from '../i18n';
import { bulkSpacing, MIN_SPACING_MS } from './settings';

/** The setting's section, showing the stored value. */
export async function renderSpacingSetting(): Promise<HTMLElement> {
  const stored = await bulkSpacing.getValue();
  const note = h('span', { class: 'bulk-spacing-note', attrs: { role: 'status' } });
  const input = h('input', {
    attrs: {
      type: 'number',
      name: 'bulkSpacing',
      min: MIN_SPACING_MS / 1000,
      step: 0.5,
      value: Math.max(MIN_SPACING_MS, stored) / 1000,
    },
    on: {
      change: () => {
        const seconds = Number(input.value);
        const ms = Number.isFinite(seconds)
          ? Math.max(MIN_SPACING_MS, Math.round(seconds * 1000))
          : MIN_SPACING_MS;
        input.value = String(ms / 1000);
        void bulkSpacing.setValue(ms).then(() => {
          note.textContent = t('bulk.spacingSaved');
        });
      },
    },
  });
  return h(
    'section',
    { class: 'bulk-spacing', attrs: { 'aria-label': t('bulk.heading') } },
    h('label', {}, t('bulk.spacing'), ' ', input),
    ' ',
    note,
  );
}
