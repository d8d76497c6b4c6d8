// UI language: English or Japanese, following the browser's language, with `{name}` placeholders
// and plural forms (`<key>.one`, `<key>.other`) chosen by the language's plural rules.
import { browser } from 'wxt/browser';
import { en, type MessageKey } from './en';
import { ja } from './ja';

export type Locale = 'en' | 'ja';
export type { MessageKey };

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, ja };

/** Picks the UI locale from a BCP 47 language tag: Japanese for `ja*`, English otherwise. */
export function localeFor(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

function browserLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return globalThis.navigator?.language;
  }
}

let current: Locale = localeFor(browserLanguage());

export function getLocale(): Locale {
  return current;
}

/** Overrides the browser's language (tests, and a future language setting). */
export function setLocale(locale: Locale): void {
  current = locale;
}

/**
 * Translates a key into the current locale, filling `{name}` placeholders.
 * @example t('collection.count', { n: 3, total: 10 }) // '3 of 10 readouts'
 */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = dictionaries[current][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * Like `t`, but a placeholder may stand for a DOM node: returns the text between placeholders and
 * the values, in order, ready to be children of an element.
 * @example h('p', {}, ...tParts('options.explain', { command: h('code', {}, 'pnpm …') }))
 */
export function tParts<T>(key: MessageKey, values: Record<string, T>): Array<string | T> {
  // Splitting on a capturing group alternates text (even indexes) and placeholder names (odd).
  return dictionaries[current][key].split(/\{(\w+)\}/).flatMap((part, i): Array<string | T> => {
    if (i % 2 === 0) return part === '' ? [] : [part];
    const value = values[part];
    return [value === undefined ? `{${part}}` : value];
  });
}

/** A number with the current locale's digit grouping, e.g. `1,200`. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(current).format(n);
}

/** Keys that come in plural forms: `<base>.one` and `<base>.other` both exist. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

/**
 * Translates a count: the `.one` or `.other` form by the current locale's plural rules (Japanese
 * has only `other`), with `{n}` formatted as a number in that locale.
 * @example plural('sync.pending', 1200) // '1,200 changes pending'
 */
export function plural(key: PluralKey, n: number, values: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(current).select(n) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}`, { ...values, n: formatNumber(n) });
}
