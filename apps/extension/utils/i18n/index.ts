// UI language: English or Japanese, following the browser's language, with `{name}` placeholders.
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
