// Background side of bulk capture: the capture queue's runner over IndexedDB, fetching with the
// user's browser, parsing in the offscreen document (Chrome) or in place (Firefox), woken by timers
// while the worker lives and by an alarm after it was stopped, the badge showing pages left.
import type { ReadoutContent } from '@readouts/schema';
import { type Browser, browser } from 'wxt/browser';
import { createPageParser, OFFSCREEN_PATH } from '../../utils/bulk/offscreen-protocol';
import { bulkBadge, bulkView } from '../../utils/bulk/progress-view';
import { type BulkRunner, createBulkRunner, type PageAnswer } from '../../utils/bulk/runner';
import { bulkSpacing, bulkSpacingTestOverride, effectiveSpacing } from '../../utils/bulk/settings';
import { loadQueue, saveQueue } from '../../utils/db/bulk';
import { getDb } from '../../utils/db/open';
import { ReadoutRepository } from '../../utils/db/readouts';
import { onMessage, sendMessage } from '../../utils/messages';
import { getDeviceId } from '../../utils/storage';

const ALARM = 'bulk-wake';
/** Chrome fires alarms no sooner than 30 s ahead; nearer waits use a timer while the worker lives. */
const ALARM_MIN_MS = 30_000;

/** Requests a page as a visit from this browser would (its cookies included). */
async function fetchPage(url: string): Promise<PageAnswer> {
  const response = await fetch(url, { credentials: 'include', redirect: 'follow' });
  const retryAfter = response.headers.get('retry-after');
  const type = response.headers.get('content-type') ?? '';
  const isHtml = type === '' || /html|xml/i.test(type);
  const html = response.ok && isHtml ? await response.text() : null;
  if (!(response.ok && isHtml)) await response.body?.cancel().catch(() => {});
  return { status: response.status, retryAfter, html };
}

const parsePage = createPageParser({
  hasDomParser: () => typeof DOMParser !== 'undefined',
  hasDocument: async () => {
    const contexts = await browser.runtime.getContexts({
      contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
      documentUrls: [browser.runtime.getURL(OFFSCREEN_PATH)],
    });
    return contexts.length > 0;
  },
  createDocument: async () => {
    await browser.offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: 'Parse MOFA pages fetched for bulk capture (the service worker has no DOMParser).',
    });
  },
  send: (html, url) => sendMessage('offscreen/extract', { html, url }),
});

let timer: ReturnType<typeof setTimeout> | undefined;

function wakeAt(runner: BulkRunner, at: number | null): void {
  clearTimeout(timer);
  if (at === null) {
    void browser.alarms.clear(ALARM);
    return;
  }
  const delay = Math.max(0, at - Date.now());
  timer = setTimeout(() => void runner.tick(), delay);
  // Should the worker be stopped before the timer fires, the alarm starts it again.
  void browser.alarms.create(ALARM, { when: Date.now() + Math.max(delay, ALARM_MIN_MS) });
}

/** Starts bulk capture in the background: message handlers, the alarm, and resuming a stored queue. */
export function startBulk(): BulkRunner {
  const repository = async () => new ReadoutRepository(await getDb(), { deviceId: await getDeviceId() });
  const runner: BulkRunner = createBulkRunner({
    now: () => Date.now(),
    load: async () => loadQueue(await getDb()),
    save: async (state) => saveQueue(await getDb(), state),
    fetchPage,
    extract: parsePage,
    capture: async (content: ReadoutContent) => {
      await (await repository()).saveCapture(content);
    },
    spacingMs: effectiveSpacing,
    wake: (at) => wakeAt(runner, at),
    onChange: (state) => {
      const text = bulkBadge(bulkView(state, Date.now()));
      void browser.action.setBadgeText({ text }).catch(() => {});
      if (text) void browser.action.setBadgeBackgroundColor({ color: text === '!' ? '#b3261e' : '#1a5fb4' });
    },
  });
  const view = async () => bulkView(await runner.state(), Date.now());

  onMessage('bulk/enqueue', async ({ urls }) => {
    const captured = new Set(await (await getDb()).getAllKeys('readouts'));
    await runner.enqueue(urls, captured);
    return view();
  });
  onMessage('bulk/progress', () => view());
  onMessage('bulk/control', async (request) => {
    if (request.action === 'retry') await runner.retry(request.id);
    else await runner.control(request.action);
    return view();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void runner.tick();
  });
  // A changed spacing applies to the next request, not after the wait the old one set.
  bulkSpacing.watch(() => void runner.tick());
  bulkSpacingTestOverride.watch(() => void runner.tick());
  // A worker started again (after being stopped, or with the browser) picks up the stored queue.
  void runner.tick();
  return runner;
}
