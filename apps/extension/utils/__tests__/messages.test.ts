import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, sendMessage } from '../messages';
import { notReadoutResult } from './factories';

describe('message protocol', () => {
  beforeEach(() => fakeBrowser.reset());

  it('delivers a request to its handler and returns the typed response', async () => {
    onMessage('capture/status', ({ tabId }) => ({
      state: 'not-mofa',
      url: `tab-${tabId}`,
      result: null,
      saved: null,
    }));
    const status = await sendMessage('capture/status', { tabId: 7 });
    expect(status).toEqual({ state: 'not-mofa', url: 'tab-7', result: null, saved: null });
  });

  it('answers each type only from its own handler', async () => {
    onMessage('page/extract', () => notReadoutResult([{ code: 'text', params: { text: 'wrong handler' } }]));
    onMessage('capture/save', async ({ tabId }) => ({
      state: 'saved',
      url: String(tabId),
      result: null,
      saved: null,
    }));
    expect((await sendMessage('capture/save', { tabId: 3 })).url).toBe('3');
  });

  it('turns a handler error into a rejection at the sender', async () => {
    onMessage('capture/save', () => {
      throw new Error('database is closed');
    });
    await expect(sendMessage('capture/save', { tabId: 1 })).rejects.toThrow('database is closed');
  });

  it('stops answering once the listener is removed', async () => {
    const remove = onMessage('capture/status', () => ({
      state: 'saved',
      url: null,
      result: null,
      saved: null,
    }));
    remove();
    await expect(sendMessage('capture/status', { tabId: 1 })).rejects.toThrow();
  });
});
