// One row of the readout list: star, date, title, counterpart countries, format.
import type { Readout } from '@readouts/schema';
import { countriesOf } from '../../utils/collection/filters';
import { markedText } from '../../utils/collection/marks';
import { h } from '../../utils/dom';
import { countryName } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { ClickModifiers } from './batch-selection';

export const ROW_HEIGHT = 56;

/**
 * How a row is shown: `current` is the readout open in the detail view, `picked` is in the batch,
 * `tabStop` the list's one Tab stop (roving tabindex), `query` the search whose matches are marked.
 */
export interface RowState {
  current: boolean;
  picked: boolean;
  tabStop?: boolean;
  query?: string;
}

/** Builds a list row; the click handler gets the modifier keys (Shift for a range, Ctrl/Cmd to toggle). */
export function readoutRow(
  readout: Readout,
  state: RowState,
  onClick: (id: string, modifiers: ClickModifiers) => void,
  /** Shown after the title: the paired-meeting mark (utils/bulk/pairs-view.ts). */
  mark: HTMLElement | null = null,
): HTMLElement {
  const countries = countriesOf(readout).map(countryName).join(', ');
  const classes = ['row', state.current ? 'selected' : '', state.picked ? 'picked' : ''].filter(Boolean);
  return h(
    'button',
    {
      class: classes.join(' '),
      attrs: {
        type: 'button',
        'data-id': readout.id,
        'aria-pressed': state.current,
        'data-picked': state.picked,
        tabindex: state.tabStop ? 0 : -1,
      },
      on: {
        click: (event) => {
          const mouse = event as MouseEvent;
          onClick(readout.id, { shift: mouse.shiftKey, toggle: mouse.ctrlKey || mouse.metaKey });
        },
      },
    },
    h(
      'span',
      { class: 'row-title' },
      state.picked ? '✓ ' : '',
      readout.user.starred ? '★ ' : '',
      ...markedText(readout.title, state.query ?? ''),
      mark,
    ),
    h(
      'span',
      { class: 'row-meta' },
      ...markedText(
        [readout.date ?? t('value.none'), t(`format.${readout.format}`), countries]
          .filter(Boolean)
          .join(' · '),
        state.query ?? '',
      ),
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
