// The list as one Tab stop (roving tabindex: the open readout's row, or the first), a skip link to
// it, Enter from a row into the detail view and Escape from the detail view back to its row.
import { h } from '../../utils/dom';
import { t } from '../../utils/i18n';

/** The row that takes the list's Tab stop: the open readout when listed, else the first. */
export function tabStopId(visibleIds: readonly string[], selectedId: string | null): string | null {
  if (selectedId && visibleIds.includes(selectedId)) return selectedId;
  return visibleIds[0] ?? null;
}

/**
 * Keeps exactly one rendered row in the Tab order. The virtual list renders only the rows in
 * view: when the Tab stop's row is scrolled away, the first row in view stands in for it.
 */
export function ensureTabStop(list: HTMLElement, preferredId: string | null): void {
  const rows = [...list.querySelectorAll<HTMLElement>('.row')];
  if (rows.length === 0) return;
  const keep = rows.find((row) => row.dataset.id === preferredId) ?? rows[0]!;
  for (const row of rows) row.tabIndex = row === keep ? 0 : -1;
}

const EDITING = 'input, textarea, select, [contenteditable], dialog';

/** Wires the keys between the list and the detail view; `currentRow` finds (and scrolls to) the open row. */
export function bindListKeys(
  list: HTMLElement,
  detail: HTMLElement,
  currentRow: () => HTMLElement | null,
): void {
  list.setAttribute('aria-label', t('list.label'));
  detail.setAttribute('tabindex', '-1');
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.target as HTMLElement).closest('.row')) return;
    // The row's own click (the button's Enter) opens the readout first; then the reading starts.
    setTimeout(() => {
      const title = detail.querySelector<HTMLElement>('.detail-title');
      if (title) {
        title.tabIndex = -1;
        title.focus();
      } else detail.focus();
    }, 0);
  });
  detail.addEventListener('keydown', (event) => {
    // An editor's Escape (cancel) is its own; Escape anywhere else goes back to the list.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if ((event.target as HTMLElement).closest(EDITING)) return;
    const row = currentRow();
    if (!row) return;
    event.preventDefault();
    row.focus();
  });
}

/** A link at the top of the page, shown when focused, that moves the focus into the list. */
export function skipLink(focusList: () => void): HTMLAnchorElement {
  return h(
    'a',
    {
      class: 'skip-link',
      attrs: { href: '#list' },
      on: {
        click: (event) => {
          event.preventDefault();
          focusList();
        },
      },
    },
    t('list.skip'),
  );
}
