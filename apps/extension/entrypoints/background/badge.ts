// The toolbar badge of each tab: capturable, saved, or changed since capture.
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { badgeFor, type PageStatus } from '../../utils/page-status';

/** Shows a page status on its tab's toolbar button (badge text, colour and tooltip). */
export async function showBadge(tabId: number, status: PageStatus): Promise<void> {
  const badge = badgeFor(status.state);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: t(`badge.${status.state}`) }),
  ]);
}

/**
 * Clears a tab's badge when it starts loading a new page: the badge belongs to the page, and a
 * MOFA page's content script sets it again once loaded. (Non-MOFA URLs are invisible to us.)
 */
export function clearBadgeOnNavigation(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
  });
}
