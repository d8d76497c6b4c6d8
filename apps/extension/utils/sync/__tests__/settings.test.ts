import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDb } from '../../__tests__/factories';
import { setLocale } from '../../i18n';
import { closeSyncDb } from '../db';
import { loadCursor, loadSettings, normaliseServerUrl, saveCursor, saveSettings } from '../settings';

describe('sync settings', () => {
  beforeEach(async () => {
    await closeSyncDb();
    freshIndexedDb();
  });
  afterEach(() => setLocale('en'));

  it('starts unconfigured, pointing at the local server', async () => {
    expect(await loadSettings()).toEqual({ serverUrl: 'http://localhost:8787', token: '', auto: true });
  });

  it('normalises server URLs and refuses other schemes', () => {
    expect(normaliseServerUrl(' http://localhost:8787/ ')).toBe('http://localhost:8787');
    expect(normaliseServerUrl('https://sync.example.org/readouts//')).toBe(
      'https://sync.example.org/readouts',
    );
    expect(() => normaliseServerUrl('ftp://example.org')).toThrow(/http/);
    expect(() => normaliseServerUrl('http://[bad')).toThrow();
  });

  it('completes a URL typed without a scheme: http for this machine, https for others', () => {
    expect(normaliseServerUrl('localhost:8787')).toBe('http://localhost:8787');
    expect(normaliseServerUrl(' 127.0.0.1:8787/ ')).toBe('http://127.0.0.1:8787');
    expect(normaliseServerUrl('[::1]:8787')).toBe('http://[::1]:8787');
    expect(normaliseServerUrl('localhost')).toBe('http://localhost');
    expect(normaliseServerUrl('sync.example.org/readouts')).toBe('https://sync.example.org/readouts');
    expect(normaliseServerUrl('localhost.example.org')).toBe('https://localhost.example.org');
    expect(normaliseServerUrl('HTTP://Localhost:8787')).toBe('http://localhost:8787');
  });

  it('explains a refused URL in the UI language', () => {
    expect(() => normaliseServerUrl('ftp://example.org')).toThrow('use an http:// or https:// URL');
    setLocale('ja');
    expect(() => normaliseServerUrl('ftp://example.org')).toThrow(
      'http:// または https:// で始まる URL を入力してください',
    );
    expect(() => normaliseServerUrl('http://[bad')).toThrow(/^URL として読み取れません（.+）$/);
  });

  it('starts the pull over when the server or the token changes, not when only "auto" does', async () => {
    const settings = { serverUrl: 'http://localhost:8787', token: 'rdt_a', auto: true };
    await saveSettings(settings);
    await saveCursor('42');
    await saveSettings({ ...settings, auto: false });
    expect(await loadCursor()).toBe('42');
    await saveSettings({ ...settings, token: 'rdt_b' });
    expect(await loadCursor()).toBeNull();
  });
});
