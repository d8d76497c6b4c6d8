// The collection's charts: every year from the first to the last (empty ones as zero), bars named
// for readers in English and Japanese, and choosing a bar by keyboard filters and keeps the focus.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeParticipant, fakeReadout } from '../../../utils/__tests__/factories';
import { setLocale } from '../../../utils/i18n';
import { countryFigure, drawCharts, yearFigure } from '../charts';

const withCounterpart = (date: string, country: string) =>
  fakeReadout({ date, participants: [fakeParticipant({ country, side: 'counterpart' })] });
const readouts = [
  withCounterpart('2019-05-01', 'AU'),
  withCounterpart('2019-06-01', 'AU'),
  withCounterpart('2022-03-10', 'KR'),
];
const names = (figure: Element) =>
  [...figure.querySelectorAll('.bar')].map((bar) => bar.getAttribute('aria-label'));

describe('collection charts', () => {
  afterEach(() => {
    setLocale('en');
    document.body.replaceChildren();
  });

  it('shows every year in full, the years without readouts as zero', () => {
    const figure = yearFigure(readouts, vi.fn());
    expect([...figure.querySelectorAll('text.label')].map((t) => t.textContent)).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
    ]);
    expect([...figure.querySelectorAll('text.count')].map((t) => t.textContent)).toEqual([
      '2',
      '0',
      '0',
      '1',
    ]);
  });

  it('names each bar with its year or country and count, in English and in Japanese', () => {
    expect(names(yearFigure(readouts, vi.fn()))).toEqual([
      '2019: 2 readouts',
      '2020: 0 readouts',
      '2021: 0 readouts',
      '2022: 1 readout',
    ]);
    expect(names(countryFigure(readouts, vi.fn()))).toEqual([
      'Australia: 2 readouts',
      'South Korea: 1 readout',
    ]);
    setLocale('ja');
    const years = yearFigure(readouts, vi.fn());
    expect(names(years)[0]).toBe('2019年：2件');
    expect(years.querySelector('text.axis-title')!.textContent).toBe('件数');
    expect(names(countryFigure(readouts, vi.fn()))).toEqual(['オーストラリア：2件', '韓国：1件']);
  });

  it('filters by the year chosen with Enter, and the redrawn bar keeps the focus', () => {
    const container = document.createElement('section');
    document.body.append(container);
    const select = { year: vi.fn(), country: vi.fn() };
    drawCharts(container, readouts, select);
    const bar = container.querySelector<SVGElement>('[data-chart="per-year"] .bar[data-label="2022"]')!;
    bar.focus();
    bar.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(select.year).toHaveBeenCalledWith('2022');
    // The page redraws the charts for the filtered readouts.
    drawCharts(container, readouts.slice(2), select);
    expect(document.activeElement).not.toBe(bar);
    expect(document.activeElement?.getAttribute('data-label')).toBe('2022');
    container
      .querySelector('[data-chart="countries"] .bar[data-label="KR"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(select.country).toHaveBeenCalledWith('KR');
  });

  it('says so when there is nothing to chart', () => {
    const figure = yearFigure([], vi.fn());
    expect(figure.querySelector('svg')).toBeNull();
    expect(figure.textContent).toContain('No data yet.');
  });
});
