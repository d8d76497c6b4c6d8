// A virtualised list: only the rows in view (plus a margin) exist in the DOM, so 10,000 readouts scroll smoothly.
import { h } from '../../utils/dom';

export interface Range {
  start: number;
  end: number;
}

/** The rows to render for a scroll position: [start, end), with `overscan` extra rows each side. */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 5,
): Range {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const inView = Math.ceil(viewportHeight / rowHeight) + 1;
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(count, first + inView + overscan),
  };
}

/**
 * Renders `items` through `renderRow` into a scrolling container, one fixed-height row each.
 * Rows that carry `data-id` keep keyboard focus across redraws.
 */
export class VirtualList<T> {
  private items: readonly T[] = [];
  private readonly spacer = h('div', { class: 'spacer' });
  private rendered: Range = { start: 0, end: 0 };

  constructor(
    private readonly viewport: HTMLElement,
    private readonly rowHeight: number,
    private readonly renderRow: (item: T, index: number) => HTMLElement,
  ) {
    viewport.classList.add('virtual-list');
    viewport.replaceChildren(this.spacer);
    viewport.addEventListener('scroll', () => this.draw(false), { passive: true });
    new ResizeObserver(() => this.draw(false)).observe(viewport);
  }

  /** Shows a new list; the scroll position is kept unless `resetScroll`. */
  setItems(items: readonly T[], resetScroll = false): void {
    this.items = items;
    if (resetScroll) this.viewport.scrollTop = 0;
    this.spacer.style.height = `${items.length * this.rowHeight}px`;
    this.draw(true);
  }

  /** Scrolls the least needed to bring row `index` fully into view. */
  scrollToIndex(index: number): void {
    const top = index * this.rowHeight;
    const bottom = top + this.rowHeight;
    if (top < this.viewport.scrollTop) this.viewport.scrollTop = top;
    else if (bottom > this.viewport.scrollTop + this.viewport.clientHeight) {
      this.viewport.scrollTop = bottom - this.viewport.clientHeight;
    }
    this.draw(false);
  }

  private draw(force: boolean): void {
    const range = visibleRange(
      this.viewport.scrollTop,
      this.viewport.clientHeight || 600,
      this.rowHeight,
      this.items.length,
    );
    if (!force && range.start === this.rendered.start && range.end === this.rendered.end) return;
    this.rendered = range;
    const rows: HTMLElement[] = [];
    for (let i = range.start; i < range.end; i++) {
      const row = this.renderRow(this.items[i]!, i);
      row.style.top = `${i * this.rowHeight}px`;
      row.style.height = `${this.rowHeight}px`;
      rows.push(row);
    }
    // Rows are rebuilt on every draw: keep keyboard focus on the row (by its data-id) that had it.
    const focused = this.viewport.contains(document.activeElement)
      ? document.activeElement?.closest('[data-id]')?.getAttribute('data-id')
      : null;
    this.spacer.replaceChildren(...rows);
    if (focused) {
      rows.find((row) => row.dataset.id === focused)?.focus({ preventScroll: true });
    }
  }
}
