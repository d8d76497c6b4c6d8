// Bar charts as inline SVG, built element by element with createElementNS.

import type { Bar } from '../../utils/collection/stats';
import { h, svg } from '../../utils/dom';
import { t } from '../../utils/i18n';

const WIDTH = 360;
const HEIGHT = 160;

/** Makes a bar a button for its label (the collection filters by the year or country clicked). */
function selectable(bar: SVGRectElement, label: string, onSelect?: (label: string) => void): SVGRectElement {
  if (!onSelect) return bar;
  bar.setAttribute('data-label', label);
  bar.setAttribute('class', 'bar selectable');
  bar.addEventListener('click', () => onSelect(label));
  return bar;
}

/** Vertical bars, one per label (meetings per year); `onSelect` is told the label of a clicked bar. */
export function columnChart(title: string, bars: Bar[], onSelect?: (label: string) => void): HTMLElement {
  const figure = h(
    'figure',
    { class: 'chart', attrs: { 'data-chart': 'per-year' } },
    h('figcaption', {}, title),
  );
  if (bars.length === 0) return appendEmpty(figure);
  const max = Math.max(...bars.map((b) => b.count), 1);
  const plot = HEIGHT - 20;
  const step = WIDTH / bars.length;
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': title });
  const width = Math.min(step * 0.7, 36);
  bars.forEach((bar, i) => {
    const height = (bar.count / max) * (plot - 12);
    const x = i * step + (step - width) / 2;
    const rect = svg(
      'rect',
      { x, y: plot - height, width, height, class: 'bar' },
      svg('title', {}, `${bar.label}: ${bar.count}`),
    );
    chart.append(selectable(rect, bar.label, onSelect));
    if (bars.length <= 16 || i % Math.ceil(bars.length / 16) === 0) {
      // Full years while they fit, two digits once the bars get narrow.
      const label = bars.length <= 8 ? bar.label : bar.label.slice(-2);
      chart.append(svg('text', { x: x + width / 2, y: HEIGHT - 6, 'text-anchor': 'middle' }, label));
    }
  });
  figure.append(chart);
  return figure;
}

/** Horizontal bars with labels (top counterpart countries); `onSelect` is told a clicked bar's code. */
export function barChart(
  title: string,
  bars: Bar[],
  label: (code: string) => string,
  onSelect?: (code: string) => void,
): HTMLElement {
  const figure = h(
    'figure',
    { class: 'chart', attrs: { 'data-chart': 'countries' } },
    h('figcaption', {}, title),
  );
  if (bars.length === 0) return appendEmpty(figure);
  const max = Math.max(...bars.map((b) => b.count), 1);
  const rowHeight = HEIGHT / Math.max(bars.length, 5);
  const labelWidth = 130;
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': title });
  bars.forEach((bar, i) => {
    const y = i * rowHeight;
    const width = (bar.count / max) * (WIDTH - labelWidth - 40);
    chart.append(
      svg('text', { x: labelWidth - 6, y: y + rowHeight * 0.7, 'text-anchor': 'end' }, label(bar.label)),
      selectable(
        svg('rect', { x: labelWidth, y: y + rowHeight * 0.15, width, height: rowHeight * 0.7, class: 'bar' }),
        bar.label,
        onSelect,
      ),
      svg('text', { x: labelWidth + width + 4, y: y + rowHeight * 0.7 }, String(bar.count)),
    );
  });
  figure.append(chart);
  return figure;
}

function appendEmpty(figure: HTMLElement): HTMLElement {
  figure.append(h('p', { class: 'muted' }, t('chart.empty')));
  return figure;
}
