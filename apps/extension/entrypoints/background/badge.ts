// The toolbar badge of each tab: capturable, saved, or changed since capture.
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { badgeFor, type PageStatus, SAVE_FAILED_BADGE } from '../../utils/page-status';

/**
 * Shows a page status on its tab's toolbar button (badge text, colour and tooltip). A failed Save
 * (from the shortcut or the menu, with no popup to say so) shows as a red badge whose tooltip says why.
 */
export async function showBadge(tabId: number, status: PageStatus): Promise<void> {
  const badge = status.saveError ? SAVE_FAILED_BADGE : badgeFor(status.state);
  const title = status.saveError ? t(`badge.${status.saveError}`) : t(`badge.${status.state}`);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title }),
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
