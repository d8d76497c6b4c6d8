import { describe, expect, it, vi } from 'vitest';
import {
  fakeContent,
  fakeReadout,
  notReadoutResult,
  readoutResult,
} from '../../../utils/__tests__/factories';
import { setLocale } from '../../../utils/i18n';
import { en } from '../../../utils/i18n/en';
import { ja } from '../../../utils/i18n/ja';
import type { PageStatus } from '../../../utils/page-status';
import { tabIdFromQuery } from '../target';
import { renderStatus } from '../view';

const URL_ = 'https://www.mofa.go.jp/press/release/press4e_002699.html';
const actions = () => ({ save: vi.fn(), openCollection: vi.fn() });

function status(overrides: Partial<PageStatus>): PageStatus {
  return { state: 'new', url: URL_, result: readoutResult(), saved: null, ...overrides };
}

describe('popup view', () => {
  it('shows the extracted fields with a Save button that saves', () => {
    const content = fakeContent({
      durationMinutes: 40,
      points: [
        { n: 1, text: 'a' },
        { n: 2, text: 'b' },
      ],
    });
    const act = actions();
    const view = renderStatus(
      status({ result: readoutResult(content, [{ code: 'date.missing', params: {} }]) }),
      act,
    );
    expect(view.querySelector('h1')?.textContent).toBe(content.title);
    const value = (field: string) => view.querySelector(`[data-field="${field}"] [data-value]`)?.textContent;
    expect(value('durationMinutes')).toBe('40 min');
    expect(value('points')).toBe('2');
    expect(
      view.querySelector('[data-field="participants"] [data-side="counterpart"]')?.textContent,
    ).toContain('Marise Payne');
    expect(view.querySelector('[data-field="warnings"]')?.textContent).toContain('No meeting date found.');
    const button = view.querySelector<HTMLButtonElement>('button[data-action="save"]')!;
    button.click();
    expect(act.save).toHaveBeenCalledOnce();
    expect(button.disabled).toBe(true);
  });

  it('shows the section label as a line above the headline, never as the title', () => {
    const content = fakeContent({ title: '日・ブラジル首脳会談', section: 'ブラジル連邦共和国', lang: 'ja' });
    const view = renderStatus(status({ result: readoutResult(content) }), actions());
    const section = view.querySelector('.section[data-field="section"]');
    expect(section?.textContent).toBe('ブラジル連邦共和国');
    expect(section?.tagName).toBe('P');
    expect(section?.nextElementSibling).toBe(view.querySelector('h1'));
    expect(view.querySelector('h1')?.textContent).toBe('日・ブラジル首脳会談');
    expect(view.querySelectorAll('h1')).toHaveLength(1);
  });

  it('names the section line in either language', () => {
    try {
      for (const [locale, words] of [
        ['en', en],
        ['ja', ja],
      ] as const) {
        setLocale(locale);
        const view = renderStatus(status({}), actions());
        expect(view.querySelector('.section')?.textContent).toBe('Press Releases');
        expect(view.querySelector('.section')?.getAttribute('title')).toBe(words['field.section']);
      }
    } finally {
      setLocale('en');
    }
  });

  it('shows no section line when the page names no section, or only its headline', () => {
    for (const section of [null, '', '  ', 'Japan-Australia Foreign Ministers’ Meeting']) {
      const content = fakeContent({ title: 'Japan-Australia Foreign Ministers’ Meeting', section });
      const view = renderStatus(status({ result: readoutResult(content) }), actions());
      expect(view.querySelector('.section'), String(section)).toBeNull();
      expect(view.querySelector('h1')?.textContent).toBe('Japan-Australia Foreign Ministers’ Meeting');
    }
  });

  it('says a saved page is saved, with no button', () => {
    const saved = fakeReadout();
    const view = renderStatus(status({ state: 'saved', saved }), actions());
    expect(view.querySelector('.saved')?.textContent).toMatch(/^Saved /);
    expect(view.querySelector('button[data-action]')).toBeNull();
  });

  it('offers Update for a page changed since capture', () => {
    const view = renderStatus(status({ state: 'changed', saved: fakeReadout() }), actions());
    expect(view.querySelector('button[data-action="update"]')?.textContent).toBe('Update');
    expect(view.querySelector('.changed')?.textContent).toContain('keeps your tags and note');
  });

  it('explains why a page is not a readout, with the reasons', () => {
    const view = renderStatus(
      status({
        state: 'not-readout',
        result: notReadoutResult([{ code: 'page.title-kind', params: { kind: 'press conference' } }]),
      }),
      actions(),
    );
    expect(view.querySelector('.explain')?.textContent).toBe('This page is not a meeting readout.');
    expect(view.querySelector('.reasons')?.textContent).toBe(
      'The title names a press conference, not a meeting.',
    );
  });

  it('explains non-MOFA and unreachable pages', () => {
    expect(renderStatus(status({ state: 'not-mofa', result: null }), actions()).textContent).toContain(
      'not a MOFA page',
    );
    expect(renderStatus(status({ state: 'unreachable', result: null }), actions()).textContent).toContain(
      'Reload',
    );
  });

  it('renders markup in page text as text', () => {
    const title = '<img src=x onerror=alert(1)> Meeting';
    const section = '<b onclick=alert(2)>Press Releases</b>';
    const view = renderStatus(status({ result: readoutResult(fakeContent({ title, section })) }), actions());
    expect(view.querySelector('h1')?.textContent).toBe(title);
    expect(view.querySelector('.section')?.textContent).toBe(section);
    expect(view.querySelector('img')).toBeNull();
    expect(view.querySelector('b')).toBeNull();
  });
});

describe('tabIdFromQuery', () => {
  it('reads a whole-number tab id and ignores anything else', () => {
    expect(tabIdFromQuery('?tabId=42')).toBe(42);
    expect(tabIdFromQuery('?tabId=4x')).toBeNull();
    expect(tabIdFromQuery('')).toBeNull();
  });

  it('says why a Save failed and keeps the button to try again, in either language', () => {
    try {
      for (const [locale, words] of [
        ['en', en],
        ['ja', ja],
      ] as const) {
        setLocale(locale);
        const act = actions();
        const view = renderStatus(status({ state: 'new', saveError: 'storage-full' }), act);
        const error = view.querySelector('.error[data-error="storage-full"]');
        expect(error?.getAttribute('role')).toBe('alert');
        expect(error?.textContent).toBe(words['popup.notSaved'].replace('{reason}', words['storage.full']));
        const button = view.querySelector<HTMLButtonElement>('button[data-action="save"]')!;
        expect(button.disabled).toBe(false);
        button.click();
        expect(act.save).toHaveBeenCalledOnce();
      }
    } finally {
      setLocale('en');
    }
  });

  it('shows no error for a status whose Save did not fail', () => {
    expect(renderStatus(status({ state: 'new' }), actions()).querySelector('.error')).toBeNull();
  });
});
