// Popup wiring for bulk capture: on a MOFA page, "Capture readouts on this page" reads the page as
// the tab shows it (scripting), lists its readout links for picking, and hands the chosen ones to
// the background's queue; while a queue exists its progress is shown and kept current.
import type { ArchiveScope } from '@readouts/bulk';
import { browser } from 'wxt/browser';
import { discoverWithArchives, pickerLinks } from '../../utils/bulk/picker';
import type { BulkView } from '../../utils/bulk/progress-view';
import { effectiveSpacing } from '../../utils/bulk/settings';
import { getDb } from '../../utils/db/open';
import { h, replaceChildren } from '../../utils/dom';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import { isMofaUrl } from '../../utils/page-status';
import { renderPicker } from './bulk-picker';
import { renderProgress } from './bulk-progress';

const POLL_MS = 1000;

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** The tab's page as it is now (the live DOM, not a fresh request). */
async function tabDocument(tabId: number): Promise<Document> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => document.documentElement.outerHTML,
  });
  if (typeof injection?.result !== 'string') throw new Error('the page could not be read');
  return parse(injection.result);
}

/** An archive page, fetched as a visit from this browser would be. */
async function fetchDocument(url: string): Promise<Document> {
  const response = await fetch(url, { credentials: 'include' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return parse(await response.text());
}

const today = (): string => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

/** Adds the bulk-capture part of the popup below `parent`'s content, for the page in `tabId`. */
export async function mountBulk(parent: HTMLElement, tabId: number): Promise<void> {
  const progress = h('div', { class: 'bulk-progress-holder' });
  const picker = h('div', { class: 'bulk-picker-holder' });
  parent.append(h('div', { class: 'bulk' }, progress, picker));

  const showProgress = (view: BulkView) => {
    const shown = renderProgress(view, {
      control: (action) => void sendMessage('bulk/control', { action }).then(showProgress),
      retry: (id) => void sendMessage('bulk/control', { action: 'retry', id }).then(showProgress),
    });
    replaceChildren(progress, shown);
  };
  const poll = async () => {
    try {
      showProgress(await sendMessage('bulk/progress', undefined));
    } catch {
      // The worker is starting again; the next poll answers.
    }
  };
  void poll();
  setInterval(() => void poll(), POLL_MS);

  const url = (await browser.tabs.get(tabId)).url ?? '';
  if (!isMofaUrl(url)) return;

  const discover = async (scope: ArchiveScope | null) => {
    replaceChildren(picker, h('p', { class: 'loading' }, t('bulk.discovering')));
    try {
      const document = await tabDocument(tabId);
      const lists = await discoverWithArchives(document, url, {
        scope,
        today: today(),
        spacingMs: await effectiveSpacing(),
        fetchDocument,
      });
      const captured = new Set(await (await getDb()).getAllKeys('readouts'));
      const links = pickerLinks(lists, captured);
      if (links.length === 0) {
        replaceChildren(picker, h('p', { class: 'explain' }, t('bulk.none')));
        return;
      }
      replaceChildren(
        picker,
        renderPicker(links, scope, {
          follow: (next) => void discover(next),
          start: (urls) =>
            void sendMessage('bulk/enqueue', { urls }).then((view) => {
              replaceChildren(picker);
              showProgress(view);
            }),
        }),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      replaceChildren(picker, h('p', { class: 'error' }, t('popup.failed', { error: message })));
    }
  };
  replaceChildren(
    picker,
    h(
      'button',
      { attrs: { type: 'button', 'data-action': 'bulk-discover' }, on: { click: () => void discover(null) } },
      t('bulk.discover'),
    ),
  );
}
