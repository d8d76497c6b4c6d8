import { afterEach, describe, expect, it } from 'vitest';
import type { StorageReport } from '../../../utils/db/persistence';
import { formatBytes } from '../../../utils/format';
import { setLocale } from '../../../utils/i18n';
import { en } from '../../../utils/i18n/en';
import { ja } from '../../../utils/i18n/ja';
import { renderStorage } from '../storage';

function render(report: StorageReport) {
  const section = document.createElement('section');
  section.append(...renderStorage(report));
  return {
    heading: section.querySelector('h2')?.textContent,
    mode: section.querySelector<HTMLElement>('.storage-mode')!,
    usage: section.querySelector<HTMLElement>('.storage-usage')!,
  };
}

describe('options page storage section', () => {
  afterEach(() => setLocale('en'));

  it('says the collection is kept under storage pressure, with usage and quota', () => {
    const { heading, mode, usage } = render({
      persisted: true,
      unlimited: true,
      usage: 1_234_567,
      quota: 10_000_000_000,
    });
    expect(heading).toBe(en['options.storage']);
    expect(mode.dataset.persisted).toBe('true');
    expect(mode.textContent).toBe(en['options.storage.persistent']);
    expect(usage.textContent).toBe('1.2 MB used of 10 GB available.');
    expect(usage.dataset).toMatchObject({ usage: '1234567', quota: '10000000000' });
  });

  it('warns, in Japanese too, when the browser may clear it', () => {
    setLocale('ja');
    const { heading, mode, usage } = render({
      persisted: false,
      unlimited: false,
      usage: 512,
      quota: 2_000_000,
    });
    expect(heading).toBe(ja['options.storage']);
    expect(mode.dataset.persisted).toBe('false');
    expect(mode.classList.contains('best-effort')).toBe(true);
    expect(mode.textContent).toBe(ja['options.storage.bestEffort']);
    expect(usage.textContent).toBe('2 MB のうち 512 バイト を使用しています。');
  });

  it('does not warn when only unlimitedStorage keeps the collection (Chrome reports best-effort)', () => {
    for (const [locale, words] of [
      ['en', en],
      ['ja', ja],
    ] as const) {
      setLocale(locale);
      const { mode } = render({ persisted: false, unlimited: true, usage: 0, quota: 1 });
      expect(mode.dataset).toMatchObject({ persisted: 'false', unlimited: 'true' });
      expect(mode.classList.contains('best-effort')).toBe(false);
      expect(mode.textContent).toBe(words['options.storage.bestEffortUnlimited']);
    }
  });

  it('says when the browser does not tell', () => {
    const { mode, usage } = render({ persisted: null, unlimited: null, usage: null, quota: null });
    expect(mode.dataset.persisted).toBe('unknown');
    expect(mode.textContent).toBe(en['options.storage.unknown']);
    expect(usage.textContent).toBe(en['options.storage.usageUnknown']);
  });
});

describe('formatBytes', () => {
  afterEach(() => setLocale('en'));

  it('picks a decimal unit and the UI language', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(1_500)).toBe('1.5 kB');
    expect(formatBytes(52_400_000)).toBe('52.4 MB');
    expect(formatBytes(3_000_000_000_000)).toBe('3 TB');
    setLocale('ja');
    expect(formatBytes(1_500)).toBe('1.5 KB');
  });
});
