import { afterEach, describe, expect, it } from 'vitest';
import { localeFor, plural, setLocale, t, tParts } from '../i18n';
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

  it('fills the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(ja[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('has both plural forms of every counted message', () => {
    const bases = Object.keys(en).flatMap((key) => (key.endsWith('.one') ? [key.slice(0, -4)] : []));
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases) expect(Object.keys(en)).toContain(`${base}.other`);
  });

  it('picks plural forms by the language and groups digits', () => {
    setLocale('en');
    expect(plural('sync.pending', 1)).toBe('1 change pending');
    expect(plural('sync.pending', 1200)).toBe('1,200 changes pending');
    setLocale('ja');
    expect(plural('sync.pending', 1)).toBe('保留中の変更 1 件');
    expect(plural('sync.pending', 1200)).toBe('保留中の変更 1,200 件');
  });

  it('places nodes where a message has placeholders for them', () => {
    const code = document.createElement('code');
    setLocale('ja');
    const parts = tParts('options.explain', { command: code });
    expect(parts.at(-1)).toBe(code);
    expect(parts[0]).toMatch(/^このブラウザを/);
  });
});
