// Counts behind the collection's charts: meetings per year and the most frequent counterpart countries.
import type { Readout } from '@readouts/schema';
import { countriesOf, yearOf } from './filters';

export interface Bar {
  label: string;
  count: number;
}

/** Meetings per year, oldest first, with empty years in between filled with zero. */
export function meetingsPerYear(readouts: readonly Readout[]): Bar[] {
  const counts = new Map<number, number>();
  for (const readout of readouts) {
    const year = yearOf(readout);
    if (year) counts.set(Number(year), (counts.get(Number(year)) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const bars: Bar[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    bars.push({ label: String(year), count: counts.get(year) ?? 0 });
  }
  return bars;
}

/** The `limit` counterpart countries met most often, most frequent first (ties by code). */
export function topCountries(readouts: readonly Readout[], limit = 10): Bar[] {
  const counts = new Map<string, number>();
  for (const readout of readouts) {
    for (const country of countriesOf(readout)) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, limit);
}
