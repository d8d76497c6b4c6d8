// A column chart as hand-written SVG (no chart library: it works offline and weighs nothing): a
// count axis with round ticks, gridlines and a baseline, one column per label in full (every year,
// empty ones as zero), the count written above each column, and each column a keyboard stop.
import { svg } from '../dom';
import { type BarAction, barTarget } from './bar-target';
import { chartSvg, dataAttributes, round } from './chart-svg';
import { AXIS_TITLE, type ColumnLayout, columnLayout, countY } from './column-layout';
import { isWide } from './text-width';
import './charts.css';

/** One stacked part of a column, counted from the baseline. */
export interface ColumnPart {
  key: string;
  count: number;
  start: number;
  /** The colour class, e.g. `part part-0`. */
  className: string;
}

export interface Column {
  /** The label under the column, e.g. a full year. */
  label: string;
  count: number;
  /** What a screen reader says for the column, e.g. "2022: 5 readouts". */
  name: string;
  action?: BarAction;
  /** The stacked parts; one plain bar of `count` when absent. */
  parts?: ColumnPart[];
  /** `data-*` attributes for the column (without the prefix). */
  data?: Record<string, string | number>;
}

export interface ColumnChartOptions {
  /** What the chart shows, read out before its columns. */
  name: string;
  axis: { x: string; y: string };
  /** `data-chart` of the SVG, which tests and styles look for. */
  id?: string;
  /** Ems the columns share (default 24); more columns than fit make the chart wider. */
  width?: number;
  /** Ems from the baseline to the top tick (default 8). */
  plotHeight?: number;
}

function grid(layout: ColumnLayout): SVGElement[] {
  const right = layout.left + layout.plotWidth;
  const base = countY(layout, 0);
  return [
    ...layout.ticks.flatMap((tick) => [
      svg('line', {
        x1: layout.left,
        x2: right,
        y1: round(countY(layout, tick)),
        y2: round(countY(layout, tick)),
        class: 'grid',
      }),
      svg(
        'text',
        {
          x: round(layout.left - 0.4),
          y: round(countY(layout, tick)),
          'text-anchor': 'end',
          'dominant-baseline': 'central',
          class: 'tick',
        },
        tick,
      ),
    ]),
    svg('line', { x1: layout.left, x2: layout.left, y1: layout.top, y2: base, class: 'axis' }),
    svg('line', { x1: layout.left, x2: right, y1: base, y2: base, class: 'axis baseline' }),
  ];
}

function axisTitles(layout: ColumnLayout, axis: ColumnChartOptions['axis']): SVGElement[] {
  const middle = round(layout.top + layout.plotHeight / 2);
  return [
    svg(
      'text',
      // Japanese is set top to bottom, upright, as on a printed chart; other scripts are turned.
      isWide(axis.y)
        ? { x: 0.8, y: middle, 'writing-mode': 'vertical-rl', 'text-anchor': 'middle', class: 'axis-title' }
        : {
            x: 0.8,
            y: middle,
            transform: `rotate(-90 0.8 ${middle})`,
            'text-anchor': 'middle',
            'dominant-baseline': 'central',
            class: 'axis-title',
          },
      axis.y,
    ),
    svg(
      'text',
      {
        x: round(layout.left + layout.plotWidth / 2),
        y: round(layout.height - 0.4),
        'text-anchor': 'middle',
        class: 'axis-title',
      },
      axis.x,
    ),
  ];
}

/** Text centred on `x` at `y`, turned to read upwards when the layout says labels do not fit across. */
function columnText(
  layout: ColumnLayout,
  x: number,
  y: number,
  anchor: 'start' | 'end',
  text: string | number,
  className: string,
) {
  if (layout.upright) {
    const baseline = anchor === 'start' ? 'auto' : 'hanging';
    return svg(
      'text',
      { x, y, 'text-anchor': 'middle', 'dominant-baseline': baseline, class: className },
      text,
    );
  }
  return svg(
    'text',
    {
      x,
      y,
      transform: `rotate(-90 ${x} ${y})`,
      'text-anchor': anchor,
      'dominant-baseline': 'central',
      class: className,
    },
    text,
  );
}

function column(layout: ColumnLayout, item: Column, i: number): SVGElement {
  const x = layout.left + i * layout.step;
  const barX = round(x + (layout.step - layout.barWidth) / 2);
  const centre = round(x + layout.step / 2);
  const base = countY(layout, 0);
  const parts =
    item.parts ?? (item.count > 0 ? [{ key: '', count: item.count, start: 0, className: 'fill' }] : []);
  return barTarget(
    item.action,
    item.name,
    dataAttributes(item.data),
    // The whole column is the target (and the focus ring), so an empty year can be chosen too.
    svg('rect', {
      x: round(x),
      y: 0,
      width: round(layout.step),
      height: round(layout.height - AXIS_TITLE),
      class: 'hit',
    }),
    ...parts.map((part) =>
      svg('rect', {
        x: barX,
        y: round(countY(layout, part.start + part.count)),
        width: round(layout.barWidth),
        height: round(countY(layout, part.start) - countY(layout, part.start + part.count)),
        class: part.className,
        'data-part': part.key || undefined,
      }),
    ),
    columnText(layout, centre, round(countY(layout, item.count) - 0.3), 'start', item.count, 'count'),
    columnText(layout, centre, round(base + 0.4), 'end', item.label, 'label'),
  );
}

/**
 * The chart as an SVG sized in ems (it follows the page's font size); each column's `action`
 * makes it a link or a button, reached with Tab.
 * @example columnChart(years.map((y) => ({ label: y.label, count: y.count, name: `${y.label}: ${y.count}` })), { name, axis, id: 'per-year' })
 */
export function columnChart(columns: readonly Column[], options: ColumnChartOptions): SVGSVGElement {
  const layout = columnLayout(
    columns.map((c) => c.label),
    columns.map((c) => c.count),
    { width: options.width ?? 24, plotHeight: options.plotHeight ?? 8 },
  );
  return chartSvg(
    { width: round(layout.width), height: round(layout.height), name: options.name, id: options.id },
    ...grid(layout),
    ...axisTitles(layout, options.axis),
    ...columns.map((item, i) => column(layout, item, i)),
  );
}
