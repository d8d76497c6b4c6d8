// Meetings per year with one country, drawn by utils/charts: a stacked column per year (every year,
// zeros included) on a count axis, the total above each, and each column a link into the
// collection filtered to that country and year (Tab reaches it, Enter follows it).
import type { CountryYear } from '@readouts/analysis';
import { stack } from '../../utils/analysis/chart-scale';
import { SPLIT_KEYS, type Split, splitCounts } from '../../utils/analysis/country';
import { collectionQuery, yearRange } from '../../utils/analysis/links';
import { columnChart } from '../../utils/charts/column-chart';
import { h } from '../../utils/dom';
import { formatNumber, type MessageKey, t } from '../../utils/i18n';

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
  const keys = SPLIT_KEYS[split] as readonly string[];
  const chart = columnChart(
    years.map((year) => {
      const segments = stack(splitCounts(year, split), keys);
      const parts = segments.map((s) => `${partLabel(split, s.key)} ${s.count}`).join(', ');
      return {
        label: String(year.year),
        count: year.meetings,
        name: t('analysis.country.bar', {
          year: year.year,
          n: formatNumber(year.meetings),
          parts: parts ? ` (${parts})` : '',
        }),
        action: { href: `collection.html${collectionQuery({ country, ...yearRange(year.year) })}` },
        parts: segments.map((s) => ({ ...s, className: partClass(split, s.key) })),
        data: { year: year.year, count: year.meetings },
      };
    }),
    {
      name: title,
      axis: { x: t('analysis.country.axisYear'), y: t('analysis.country.axisCount') },
      id: 'country-years',
      width: 40,
      plotHeight: 11,
    },
  );
  const used = keys.filter((key) => years.some((year) => (splitCounts(year, split)[key] ?? 0) > 0));
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
