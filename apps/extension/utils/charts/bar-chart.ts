// A horizontal bar chart as hand-written SVG: one row per item with its name, a bar and its count
// written after it; each row a keyboard stop. Names too long for the name column end in "…" (the
// row's accessible name and tooltip keep them whole).
import { svg } from '../dom';
import { type BarAction, barTarget } from './bar-target';
import { chartSvg, dataAttributes, round } from './chart-svg';
import { fitText, textWidth } from './text-width';
import './charts.css';

export interface Bar {
  /** The name written before the bar, e.g. a country's. */
  label: string;
  count: number;
  /** What a screen reader says for the row, e.g. "Australia: 3 readouts". */
  name: string;
  action?: BarAction;
  data?: Record<string, string | number>;
}

export interface BarChartOptions {
  name: string;
  id?: string;
  /** Widest name column in ems (default 10) and the longest bar (default 12). */
  labelWidth?: number;
  barWidth?: number;
}

const ROW = 1.8;
const BAR = 1.1;
const GAP = 0.4;

/**
 * The chart as an SVG sized in ems, rows in the given order.
 * @example barChart([{ label: 'Australia', count: 3, name: 'Australia: 3 readouts' }], { name, id: 'countries' })
 */
export function barChart(bars: readonly Bar[], options: BarChartOptions): SVGSVGElement {
  const labelWidth = Math.min(options.labelWidth ?? 10, Math.max(0, ...bars.map((b) => textWidth(b.label))));
  const longest = options.barWidth ?? 12;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const countWidth = Math.max(0, ...bars.map((b) => textWidth(String(b.count))));
  const barX = labelWidth + GAP;
  const width = round(barX + longest + GAP + countWidth + GAP);
  const height = round(bars.length * ROW);
  const rows = bars.map((bar, i) => {
    const middle = round(i * ROW + ROW / 2);
    const length = bar.count > 0 ? Math.max(0.15, (bar.count / max) * longest) : 0;
    const shown = fitText(bar.label, labelWidth);
    return barTarget(
      bar.action,
      bar.name,
      dataAttributes(bar.data),
      svg('rect', { x: 0, y: round(i * ROW), width, height: ROW, class: 'hit' }),
      svg(
        'text',
        { x: labelWidth, y: middle, 'text-anchor': 'end', 'dominant-baseline': 'central', class: 'label' },
        shown,
        shown === bar.label ? null : svg('title', {}, bar.label),
      ),
      svg('rect', { x: barX, y: round(middle - BAR / 2), width: round(length), height: BAR, class: 'fill' }),
      svg(
        'text',
        { x: round(barX + length + GAP), y: middle, 'dominant-baseline': 'central', class: 'count' },
        bar.count,
      ),
    );
  });
  return chartSvg({ width, height, name: options.name, id: options.id }, ...rows);
}
