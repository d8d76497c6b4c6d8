import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearBadgeOnNavigation, showBadge } from '../badge';

describe('badge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows a status as text, colour and tooltip on its own tab only', async () => {
    await showBadge(3, { state: 'changed', url: null, result: null, saved: null });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe('MOFA Readouts: changed since saved');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });

  it('clears the badge when the tab starts loading another page', async () => {
    clearBadgeOnNavigation();
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.mofa.go.jp/a_o/' });
    await showBadge(tab.id!, { state: 'saved', url: null, result: null, saved: null });
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab);
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).toBe('');
  });
});
