// A calendar of a country's meetings: one row per year, one cell per month with its count; a cell
// with meetings links into the collection filtered to that month.
import type { CountryView } from '../../utils/analysis/country';
import { collectionQuery, monthRange } from '../../utils/analysis/links';
import { h } from '../../utils/dom';
import { formatNumber, t } from '../../utils/i18n';

const monthName = (month: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));

/** The calendar table of a country view. */
export function meetingCalendar(view: CountryView, locale: string): HTMLElement {
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  return h(
    'table',
    { class: 'calendar', attrs: { 'data-calendar': view.code } },
    h('caption', {}, t('analysis.country.calendar')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, ''),
        ...months.map((m) => h('th', { attrs: { scope: 'col' } }, monthName(m, locale))),
      ),
    ),
    h(
      'tbody',
      {},
      ...view.calendar.map((row) =>
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' } }, row.year),
          ...row.months.map((cell) => {
            const label = t('analysis.country.month', {
              year: row.year,
              month: cell.month,
              n: formatNumber(cell.meetings),
            });
            if (cell.meetings === 0) return h('td', { class: 'empty', attrs: { 'aria-label': label } }, '');
            return h(
              'td',
              { class: `busy level-${Math.min(cell.meetings, 4)}` },
              h(
                'a',
                {
                  attrs: {
                    href: `collection.html${collectionQuery({ country: view.code, ...monthRange(row.year, cell.month) })}`,
                    'aria-label': label,
                    title: cell.days.join(', '),
                  },
                },
                cell.meetings,
              ),
            );
          }),
        ),
      ),
    ),
  );
}
