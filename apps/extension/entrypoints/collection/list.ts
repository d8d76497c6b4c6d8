// One row of the readout list: star, date, title, counterpart countries, format.
import type { Readout } from '@readouts/schema';
import { countriesOf } from '../../utils/collection/filters';
import { h } from '../../utils/dom';
import { countryName } from '../../utils/format';
import { t } from '../../utils/i18n';

export const ROW_HEIGHT = 56;

/** Builds a list row; `selected` marks the readout shown in the detail view. */
export function readoutRow(readout: Readout, selected: boolean, onSelect: (id: string) => void): HTMLElement {
  const countries = countriesOf(readout).map(countryName).join(', ');
  return h(
    'button',
    {
      class: selected ? 'row selected' : 'row',
      attrs: { type: 'button', 'data-id': readout.id, 'aria-pressed': selected },
      on: { click: () => onSelect(readout.id) },
    },
    h('span', { class: 'row-title' }, readout.user.starred ? '★ ' : '', readout.title),
    h(
      'span',
      { class: 'row-meta' },
      [readout.date ?? t('value.none'), t(`format.${readout.format}`), countries].filter(Boolean).join(' · '),
    ),
  );
}
