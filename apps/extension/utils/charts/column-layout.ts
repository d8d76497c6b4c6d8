// Where a column chart's pieces go, in ems of the chart's font size (the SVG's user unit is one
// em, so the whole chart grows with the browser's font size). Pure arithmetic, no DOM.
import { countTicks } from '../analysis/chart-scale';
import { textWidth } from './text-width';

/** Narrowest column: one line of rotated text and a little air. Narrower charts scroll instead. */
const MIN_STEP = 1.6;
/** Space kept between neighbouring labels and around text. */
const GAP = 0.4;
/** Room for a rotated axis title, and for the x axis title under the labels. */
export const AXIS_TITLE = 1.6;

export interface ColumnLayout {
  ticks: number[];
  /** Horizontal room per column, and the bar's width within it. */
  step: number;
  barWidth: number;
  /** Labels and counts read across when they fit their column, else they are turned upright. */
  upright: boolean;
  left: number;
  top: number;
  /** The plot's size: the columns above the baseline. */
  plotWidth: number;
  plotHeight: number;
  width: number;
  height: number;
}

export interface LayoutSize {
  /** The width the columns share; when that leaves a column narrower than one line, it is widened. */
  width: number;
  plotHeight: number;
}

/**
 * Lays out one column per label with its count: a count axis from zero, every label in full.
 * @example columnLayout(['2021', '2022'], [3, 5], { width: 24, plotHeight: 8 }).ticks // [0, 1, 2, 3, 4, 5]
 */
export function columnLayout(
  labels: readonly string[],
  counts: readonly number[],
  size: LayoutSize,
): ColumnLayout {
  const ticks = countTicks(Math.max(0, ...counts));
  const labelWidth = Math.max(0, ...labels.map(textWidth));
  const countWidth = Math.max(0, ...counts.map((count) => textWidth(String(count))));
  const step = Math.max(MIN_STEP, size.width / Math.max(labels.length, 1));
  const upright = step >= Math.max(labelWidth, countWidth) + GAP;
  const tickWidth = Math.max(...ticks.map((tick) => textWidth(String(tick))));
  const left = AXIS_TITLE + tickWidth + GAP;
  const top = (upright ? 1 : countWidth) + GAP * 2;
  const bottom = (upright ? 1 : labelWidth) + GAP * 2 + AXIS_TITLE;
  const plotWidth = step * labels.length;
  return {
    ticks,
    step,
    barWidth: Math.min(step * 0.7, 2.4),
    upright,
    left,
    top,
    plotWidth,
    plotHeight: size.plotHeight,
    width: left + plotWidth + GAP,
    height: top + size.plotHeight + bottom,
  };
}

/** Where a count sits on the axis: its distance down from the chart's top edge. */
export function countY(layout: ColumnLayout, count: number): number {
  const top = layout.ticks.at(-1) ?? 1;
  return layout.top + layout.plotHeight - (count / top) * layout.plotHeight;
}
