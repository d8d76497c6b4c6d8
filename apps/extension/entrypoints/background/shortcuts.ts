// Saving without the popup: the keyboard command and the page context-menu entry.
import { browser } from 'wxt/browser';
import type { CaptureService } from './capture';

export const SAVE_COMMAND = 'save-readout';
const MENU_ID = 'save-readout';

/** Creates the context-menu entry; menus persist, so this runs on install and update only. */
export async function createMenu(): Promise<void> {
  // An update keeps the old entry: remove it first so creating it again is not a duplicate id.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: browser.i18n.getMessage('menuSave'),
    contexts: ['page'],
    documentUrlPatterns: ['https://www.mofa.go.jp/*'],
  });
}

/** Saves the tab's readout when the command or the menu entry is used. */
export function listenForShortcuts(capture: CaptureService): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_COMMAND && tab?.id !== undefined) void capture.save(tab.id);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void capture.save(tab.id);
  });
}
