import { afterEach, describe, expect, it } from 'vitest';
import { localeFor, setLocale, t } from '../i18n';
import { en } from '../i18n/en';
import { ja } from '../i18n/ja';

describe('i18n', () => {
  afterEach(() => setLocale('en'));

  it('follows the browser language: Japanese for ja-*, English otherwise', () => {
    expect(localeFor('ja')).toBe('ja');
    expect(localeFor('ja-JP')).toBe('ja');
    expect(localeFor('en-GB')).toBe('en');
    expect(localeFor('fr')).toBe('en');
    expect(localeFor(undefined)).toBe('en');
  });

  it('fills placeholders in either language', () => {
    setLocale('en');
    expect(t('collection.count', { n: 3, total: 10 })).toBe('3 of 10 readouts');
    setLocale('ja');
    expect(t('collection.count', { n: 3, total: 10 })).toBe('10 件中 3 件');
  });

  it('has a Japanese string for every English key, none left empty', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    expect(Object.values(ja).every((text) => text.length > 0)).toBe(true);
  });
});
