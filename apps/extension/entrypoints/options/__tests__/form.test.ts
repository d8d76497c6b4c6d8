import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLocale } from '../../../utils/i18n';
import type { SyncSettings } from '../../../utils/sync/settings';
import { renderSettingsForm } from '../form';
import { renderIntro, TOKEN_COMMAND } from '../intro';

const settings: SyncSettings = { serverUrl: 'http://localhost:8787', token: 'rdt_a', auto: true };

function renderForm() {
  const form = document.createElement('form');
  const actions = { save: vi.fn(), syncNow: vi.fn(), pullAll: vi.fn() };
  const message = renderSettingsForm(form, settings, actions);
  const labels = [...form.querySelectorAll('label')].map((label) => label.textContent);
  const buttons = [...form.querySelectorAll('button')].map((button) => button.textContent);
  return { form, actions, message, labels, buttons };
}

const introText = () => {
  const paragraph = document.createElement('div');
  paragraph.append(...renderIntro());
  return paragraph;
};

describe('options page', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => setLocale('en'));

  it('labels the form in Japanese', () => {
    setLocale('ja');
    const { labels, buttons } = renderForm();
    expect(labels).toEqual([
      'サーバー URL',
      'デバイストークン',
      '自動で同期する（変更時・起動時・5 分ごと）',
    ]);
    expect(buttons).toEqual(['保存', '今すぐ同期', 'すべて取得し直す']);
  });

  it('keeps the English labels', () => {
    const { labels, buttons } = renderForm();
    expect(labels).toEqual([
      'Server URL',
      'Device token',
      'Sync automatically (on changes, at startup, every 5 minutes)',
    ]);
    expect(buttons).toEqual(['Save', 'Sync now', 'Pull everything again']);
  });

  it('explains in Japanese where a token comes from, with the command as code', () => {
    setLocale('ja');
    const intro = introText();
    expect(intro.querySelector('h1')?.textContent).toBe('デバイス間の同期');
    expect(intro.querySelector('.explain code')?.textContent).toBe(TOKEN_COMMAND);
    expect(intro.querySelector('.explain')?.textContent).toBe(
      `このブラウザを会談記録サーバーに接続します。トークンはデバイスごとに発行します: ${TOKEN_COMMAND}`,
    );
  });

  it('explains it in English too', () => {
    const intro = introText();
    expect(intro.querySelector('h1')?.textContent).toBe('Sync across devices');
    expect(intro.querySelector('.explain')?.textContent).toBe(
      `Connect this browser to your readouts server. Each device gets its own token: ${TOKEN_COMMAND}.`,
    );
  });

  it('hands Save the form values, token trimmed', () => {
    const { form, actions } = renderForm();
    form.querySelector<HTMLInputElement>('input[name="token"]')!.value = ' rdt_b ';
    form.requestSubmit();
    expect(actions.save).toHaveBeenCalledWith({ ...settings, token: 'rdt_b' });
  });

  it('pulls everything again without saving the form', () => {
    const { form, actions } = renderForm();
    form.querySelector<HTMLButtonElement>('button[name="pullAll"]')!.click();
    expect(actions.pullAll).toHaveBeenCalledOnce();
    expect(actions.save).not.toHaveBeenCalled();
    expect(actions.syncNow).not.toHaveBeenCalled();
  });
});
