// Meetings per year as inline SVG: a stacked bar per year (every year, zeros included), a count
// axis with round ticks and gridlines, the total above each bar, and each bar a link into the
// collection filtered to that country and year (focusable, Enter follows it, labelled for readers).
import type { CountryYear } from '@readouts/analysis';
import { countTicks, stack } from '../../utils/analysis/chart-scale';
import { SPLIT_KEYS, type Split, splitCounts } from '../../utils/analysis/country';
import { collectionQuery, yearRange } from '../../utils/analysis/links';
import { h, svg } from '../../utils/dom';
import { type MessageKey, t } from '../../utils/i18n';

const HEIGHT = 240;
const MARGIN = { top: 20, right: 12, bottom: 44, left: 44 };
const MIN_STEP = 26;

/** The label of one part of a split: a format's or an office's name. */
export const partLabel = (split: Split, key: string) =>
  t((split === 'format' ? `format.${key}` : `analysis.office.${key}`) as MessageKey);

/** The colour class of a part, `part-0` … in the order of the split's keys. */
const partClass = (split: Split, key: string) =>
  `part part-${(SPLIT_KEYS[split] as readonly string[]).indexOf(key)}`;

/** The chart of a country's years; `countryLabel` names the country in the title. */
export function yearChart(
  country: string,
  countryLabel: string,
  years: CountryYear[],
  split: Split,
): HTMLElement {
  const title = t('analysis.country.chart', { country: countryLabel });
  const max = Math.max(0, ...years.map((y) => y.meetings));
  const ticks = countTicks(max);
  const top = ticks.at(-1)!;
  const step = Math.max(MIN_STEP, 560 / Math.max(years.length, 1));
  const width = MARGIN.left + MARGIN.right + step * years.length;
  const plot = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (count: number) => MARGIN.top + plot - (count / top) * plot;
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${HEIGHT}`,
    width,
    height: HEIGHT,
    role: 'group',
    'aria-label': title,
    'data-chart': 'country-years',
  });
  for (const tick of ticks) {
    chart.append(
      svg('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(tick), y2: y(tick), class: 'grid' }),
      svg('text', { x: MARGIN.left - 6, y: y(tick) + 4, 'text-anchor': 'end', class: 'tick' }, tick),
    );
  }
  chart.append(
    svg('line', { x1: MARGIN.left, x2: MARGIN.left, y1: MARGIN.top, y2: MARGIN.top + plot, class: 'axis' }),
    svg('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(0), y2: y(0), class: 'axis' }),
    svg(
      'text',
      {
        x: 12,
        y: MARGIN.top + plot / 2,
        transform: `rotate(-90 12 ${MARGIN.top + plot / 2})`,
        'text-anchor': 'middle',
        class: 'axis-title',
      },
      t('analysis.country.axisCount'),
    ),
    svg(
      'text',
      {
        x: MARGIN.left + (width - MARGIN.left) / 2,
        y: HEIGHT - 4,
        'text-anchor': 'middle',
        class: 'axis-title',
      },
      t('analysis.country.axisYear'),
    ),
  );
  const barWidth = Math.min(step * 0.7, 40);
  // Labels every year while they fit, else every second or fifth year.
  const every = step >= 34 ? 1 : step >= 18 ? 2 : 5;
  years.forEach((year, i) => {
    const x = MARGIN.left + i * step + (step - barWidth) / 2;
    const counts = splitCounts(year, split);
    const segments = stack(counts, SPLIT_KEYS[split] as readonly string[]);
    const parts = segments.map((s) => `${partLabel(split, s.key)} ${s.count}`).join(', ');
    const link = svg(
      'a',
      {
        href: `collection.html${collectionQuery({ country, ...yearRange(year.year) })}`,
        class: 'bar',
        'data-year': year.year,
        'data-count': year.meetings,
        'aria-label': t('analysis.country.bar', {
          year: year.year,
          n: year.meetings,
          parts: parts ? ` (${parts})` : '',
        }),
      },
      // A transparent hit area the full height, so an empty year can be focused and clicked too.
      svg('rect', { x, y: MARGIN.top, width: barWidth, height: plot, class: 'hit' }),
      ...segments.map((s) =>
        svg('rect', {
          x,
          y: y(s.start + s.count),
          width: barWidth,
          height: y(s.start) - y(s.start + s.count),
          class: partClass(split, s.key),
          'data-part': s.key,
        }),
      ),
      svg(
        'text',
        { x: x + barWidth / 2, y: y(year.meetings) - 4, 'text-anchor': 'middle', class: 'count' },
        year.meetings,
      ),
    );
    chart.append(link);
    if (i % every === 0)
      chart.append(
        svg(
          'text',
          { x: x + barWidth / 2, y: MARGIN.top + plot + 16, 'text-anchor': 'middle', class: 'tick' },
          year.year,
        ),
      );
  });
  const used = (SPLIT_KEYS[split] as readonly string[]).filter((key) =>
    years.some((year) => (splitCounts(year, split)[key] ?? 0) > 0),
  );
  return h(
    'figure',
    { class: 'chart' },
    h('figcaption', {}, title),
    h('div', { class: 'scroll' }, chart),
    h(
      'ul',
      { class: 'legend' },
      ...used.map((key) =>
        h('li', {}, h('span', { class: `swatch ${partClass(split, key)}` }), partLabel(split, key)),
      ),
    ),
  );
}
