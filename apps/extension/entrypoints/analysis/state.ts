// What the analysis page's URL says (`analysis.html?tab=countries&country=GR&split=office`), so a
// view can be bookmarked and survives a reload; unknown values fall back to the defaults.
import type { Split } from '../../utils/analysis/country';

export const TABS = ['people', 'countries', 'export'] as const;
export type Tab = (typeof TABS)[number];

export interface PageState {
  tab: Tab;
  query: string;
  personId: string | null;
  country: string | null;
  split: Split;
}

/** Reads the page state from a query string. */
export function readState(search: string): PageState {
  const p = new URLSearchParams(search);
  const tab = p.get('tab');
  const country = p.get('country');
  return {
    tab: (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'people',
    query: (p.get('q') ?? '').slice(0, 200),
    personId: p.get('person') || null,
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
    split: p.get('split') === 'office' ? 'office' : 'format',
  };
}

/** Writes the page state as a query string, defaults left out. */
export function writeState(state: PageState): string {
  const p = new URLSearchParams();
  if (state.tab !== 'people') p.set('tab', state.tab);
  if (state.query) p.set('q', state.query);
  if (state.personId) p.set('person', state.personId);
  if (state.country) p.set('country', state.country);
  if (state.split !== 'format') p.set('split', state.split);
  const query = p.toString();
  return query ? `?${query}` : '';
}
