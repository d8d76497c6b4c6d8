// The collection's charts: meetings per year and the top counterpart countries, drawn with
// utils/charts. Choosing a bar (click, or Enter/Space after Tab) filters the collection by it.
import type { Readout } from '@readouts/schema';
import { barChart } from '../../utils/charts/bar-chart';
import { columnChart } from '../../utils/charts/column-chart';
import { meetingsPerYear, topCountries } from '../../utils/collection/stats';
import { h, replaceChildren } from '../../utils/dom';
import { countryName } from '../../utils/format';
import { plural, t } from '../../utils/i18n';

/** What choosing a bar filters by. */
export interface ChartSelect {
  year: (year: string) => void;
  country: (code: string) => void;
}

function figure(id: string, title: string, chart: Element | null): HTMLElement {
  return h(
    'figure',
    { class: 'chart', attrs: { 'data-chart': id } },
    h('figcaption', {}, title),
    chart ? h('div', { class: 'chart-scroll' }, chart) : h('p', { class: 'muted' }, t('chart.empty')),
  );
}

/** Meetings per year, every year from the first to the last, each column a button for its year. */
export function yearFigure(readouts: readonly Readout[], select: ChartSelect['year']): HTMLElement {
  const years = meetingsPerYear(readouts);
  const title = t('chart.perYear');
  const chart = columnChart(
    years.map((year) => ({
      label: year.label,
      count: year.count,
      name: plural('chart.yearBar', year.count, { year: year.label }),
      action: { onSelect: () => select(year.label) },
      data: { label: year.label, count: year.count },
    })),
    { name: title, axis: { x: t('chart.axisYear'), y: t('chart.axisReadouts') } },
  );
  return figure('per-year', title, years.length > 0 ? chart : null);
}

/** The eight counterpart countries met most often, each row a button for its country. */
export function countryFigure(readouts: readonly Readout[], select: ChartSelect['country']): HTMLElement {
  const countries = topCountries(readouts, 8);
  const title = t('chart.topCountries');
  const chart = barChart(
    countries.map((country) => {
      const name = countryName(country.label);
      return {
        label: name,
        count: country.count,
        name: plural('chart.countryBar', country.count, { country: name }),
        action: { onSelect: () => select(country.label) },
        data: { label: country.label, count: country.count },
      };
    }),
    { name: title },
  );
  return figure('countries', title, countries.length > 0 ? chart : null);
}

/**
 * Draws both charts into `container`. A bar that had the focus keeps it when it is drawn again
 * (choosing a year redraws the charts for that year), so the keyboard is not sent back to the top.
 */
export function drawCharts(container: HTMLElement, readouts: readonly Readout[], select: ChartSelect): void {
  const focused = container.contains(document.activeElement)
    ? document.activeElement?.closest<SVGElement>('.bar[data-label]')
    : null;
  const chart = focused?.closest('figure[data-chart]')?.getAttribute('data-chart');
  const label = focused?.getAttribute('data-label');
  replaceChildren(container, yearFigure(readouts, select.year), countryFigure(readouts, select.country));
  if (!chart || !label) return;
  container
    .querySelector<SVGElement>(`figure[data-chart="${chart}"] .bar[data-label="${CSS.escape(label)}"]`)
    ?.focus();
}
