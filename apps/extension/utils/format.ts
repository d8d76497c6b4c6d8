// Display formatting of readout fields in the UI language.
import type { Location, Readout } from '@readouts/schema';
import { getLocale, t } from './i18n';

/** A country's name from its ISO code, in the UI language (`EU` is the European Union). */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([getLocale()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A date as YYYY-MM-DD stays unambiguous in both languages; missing values show a dash. */
export function formatDate(date: string | null): string {
  return date ?? t('value.none');
}

/** Start time, with the time in Japan when the page states it. */
export function formatTime(readout: Pick<Readout, 'startTime' | 'japanTime'>): string {
  const local = readout.startTime ?? t('value.none');
  const japan = readout.japanTime?.time;
  return japan ? `${local} ${t('value.japanTime', { time: japan })}` : local;
}

export function formatDuration(minutes: number | null): string {
  return minutes === null ? t('value.none') : t('value.minutes', { n: minutes });
}

export function formatLocation(location: Location | null): string {
  if (!location) return t('value.none');
  const parts = [location.venue, location.city, location.country ? countryName(location.country) : null];
  const text = parts.filter((part): part is string => Boolean(part)).join(', ');
  return text || t('value.none');
}

/** A capture time for humans, in the UI language and the browser's time zone. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * A size in bytes with a decimal unit, in the UI language.
 * @example formatBytes(1_234_567) // '1.2 MB'
 */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(getLocale(), {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    // Short units (kB, MB, GB) read well; a short "byte" does not ("512 byte").
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
