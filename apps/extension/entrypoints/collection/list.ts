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

const STEPS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };

/**
 * The row to select after a navigation key, or null for other keys; starts at the top when
 * nothing is selected, and stops at either end.
 * @example nextRow(4, 'ArrowDown', 10) // 5
 */
export function nextRow(current: number, key: string, count: number): number | null {
  if (count === 0) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = STEPS[key];
  if (step === undefined) return null;
  if (current < 0) return 0;
  return Math.min(count - 1, Math.max(0, current + step));
}
