// What the bar and the column chart share: the SVG root sized in ems with the chart's accessible
// name, coordinates in hundredths of an em, and a bar's `data-*` attributes.
import { svg } from '../dom';

/** A length in ems to two decimals: enough for a sharp chart, and short, stable markup. */
export const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * A bar's data as `data-*` attributes, which tests and the page read back.
 * @example dataAttributes({ year: 2024 }) // { 'data-year': 2024 }
 */
export function dataAttributes(
  data: Record<string, string | number> | undefined,
): Record<string, string | number> {
  return Object.fromEntries(Object.entries(data ?? {}).map(([key, value]) => [`data-${key}`, value]));
}

export interface ChartFrame {
  /** Width and height in ems, already rounded. */
  width: number;
  height: number;
  /** What the chart shows, read out before its bars. */
  name: string;
  /** `data-chart` of the SVG, which tests and styles look for. */
  id?: string | undefined;
}

/** The chart's `<svg>`, a group a screen reader names, holding `content`. */
export function chartSvg(frame: ChartFrame, ...content: SVGElement[]): SVGSVGElement {
  const { width, height } = frame;
  return svg(
    'svg',
    {
      viewBox: `0 0 ${width} ${height}`,
      width: `${width}em`,
      height: `${height}em`,
      role: 'group',
      'aria-label': frame.name,
      class: 'chart-svg',
      'data-chart': frame.id,
    },
    // One user unit is one em: text of size 1 is the chart's font size, whatever the SVG's scale.
    svg('g', { 'font-size': 1 }, ...content),
  );
}
