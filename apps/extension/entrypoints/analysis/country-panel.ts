// The counterparts panel: pick a country, then its meetings per year (split by format or by Japan's
// office), the timeline with first-since sentences and the calendar.
import type { Readout } from '@readouts/schema';
import { countriesMet, countryView, type Split } from '../../utils/analysis/country';
import { h, replaceChildren } from '../../utils/dom';
import { countryName } from '../../utils/format';
import { formatNumber, getLocale, t } from '../../utils/i18n';
import { meetingCalendar } from './calendar';
import { meetingTimeline } from './timeline';
import { yearChart } from './year-chart';

export interface CountryState {
  country: string | null;
  split: Split;
}

/** Builds the panel; `onChange` is told the new state (the page keeps it in its URL). */
export function countryPanel(
  readouts: readonly Readout[],
  state: CountryState,
  onChange: (state: CountryState) => void,
): HTMLElement {
  const countries = countriesMet(readouts);
  if (countries.length === 0) return h('p', { class: 'muted' }, t('analysis.country.none'));
  const code =
    state.country && countries.some((c) => c.code === state.country) ? state.country : countries[0]!.code;
  const picker = h(
    'select',
    {
      attrs: { name: 'country', 'aria-label': t('analysis.country.choose') },
      on: { change: () => onChange({ ...state, country: picker.value }) },
    },
    ...countries.map((c) =>
      h(
        'option',
        { attrs: { value: c.code, selected: c.code === code } },
        `${countryName(c.code)} (${formatNumber(c.meetings)})`,
      ),
    ),
  );
  const splitPicker = h(
    'select',
    {
      attrs: { name: 'split', 'aria-label': t('analysis.country.split') },
      on: { change: () => onChange({ ...state, country: code, split: splitPicker.value as Split }) },
    },
    h(
      'option',
      { attrs: { value: 'format', selected: state.split === 'format' } },
      t('analysis.country.byFormat'),
    ),
    h(
      'option',
      { attrs: { value: 'office', selected: state.split === 'office' } },
      t('analysis.country.byOffice'),
    ),
  );
  const view = countryView(readouts, code);
  const body = h('div', { class: 'country-view', attrs: { 'data-country': code } });
  replaceChildren(
    body,
    h(
      'p',
      { class: 'total' },
      t('analysis.country.total', { n: formatNumber(view.total), country: countryName(code) }),
    ),
    yearChart(code, countryName(code), view.years, state.split),
    meetingCalendar(view, getLocale()),
    meetingTimeline(view),
  );
  return h(
    'section',
    { class: 'countries' },
    h(
      'div',
      { class: 'controls' },
      h('label', {}, t('analysis.country.choose'), ' ', picker),
      h('label', {}, t('analysis.country.split'), ' ', splitPicker),
    ),
    body,
  );
}
