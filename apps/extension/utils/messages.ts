// The extension's one message protocol: every request type, its payload and its response.
import type { Evidence, ExtractResult } from '@readouts/schema';
import { type Browser, browser } from 'wxt/browser';
import type { BulkView } from './bulk/progress-view';
import type { CorrectionInput } from './db/corrections';
import type { PageStatus } from './page-status';

/** Request and response of each message, by type. */
export interface ProtocolMap {
  /** Background or popup to a MOFA tab's content script: extract the page now. */
  'page/extract': { request: undefined; response: ExtractResult };
  /** Content script to background when a MOFA page has loaded: refresh the toolbar badge. */
  'page/loaded': { request: { url: string; result: ExtractResult }; response: undefined };
  /** Popup to background: what is this tab's page, and is it saved? */
  'capture/status': { request: { tabId: number }; response: PageStatus };
  /**
   * Popup to background: extract the tab's page and save (or update) it, with the corrections the
   * user made in the popup before saving.
   */
  'capture/save': { request: { tabId: number; corrections?: CorrectionInput }; response: PageStatus };
  /** Popup or background to a MOFA tab's content script: highlight the text a field was read from. */
  'page/show-evidence': { request: { evidence: Evidence }; response: EvidenceShown };
  /**
   * Collection to background: highlight evidence in the open tab showing one of `urls` (a readout's
   * address and canonical address); `no-tab` when no such tab is open.
   */
  'evidence/show': { request: { urls: string[]; evidence: Evidence }; response: EvidenceShown | 'no-tab' };
  // Bulk capture (issue 12): popup to background, and background to the offscreen document.
  /** Popup to background: queue these pages (already captured ids skipped) and start. */
  'bulk/enqueue': { request: { urls: string[] }; response: BulkView };
  /** Popup to background: the queue's progress, failures and non-readouts. */
  'bulk/progress': { request: undefined; response: BulkView };
  /** Popup to background: pause, resume or cancel the queue, or retry one failed page. */
  'bulk/control': {
    request: { action: 'pause' | 'resume' | 'cancel' } | { action: 'retry'; id: string };
    response: BulkView;
  };
  /** Background to the offscreen document: parse a fetched page and extract it. */
  'offscreen/extract': { request: { html: string; url: string }; response: ExtractResult };
}

/** Whether the page still holds the evidence text (`not-found`: the page changed since). */
export type EvidenceShown = 'shown' | 'not-found';

export type MessageType = keyof ProtocolMap;
export type Request<T extends MessageType> = ProtocolMap[T]['request'];
export type Response<T extends MessageType> = ProtocolMap[T]['response'];

interface Envelope<T extends MessageType = MessageType> {
  type: T;
  data: Request<T>;
}
type Reply<T extends MessageType> = { ok: true; value: Response<T> } | { ok: false; error: string };

export interface MessageSender {
  tabId?: number;
  url?: string;
}

function unwrap<T extends MessageType>(type: T, reply: Reply<T> | undefined): Response<T> {
  if (!reply) throw new Error(`no answer to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Sends a message to the extension's own pages and background. */
export async function sendMessage<T extends MessageType>(type: T, data: Request<T>): Promise<Response<T>> {
  const envelope: Envelope<T> = { type, data };
  return unwrap(type, (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined);
}

/** Sends a message to the content script of one tab. */
export async function sendTabMessage<T extends MessageType>(
  tabId: number,
  type: T,
  data: Request<T>,
): Promise<Response<T>> {
  const envelope: Envelope<T> = { type, data };
  return unwrap(type, (await browser.tabs.sendMessage(tabId, envelope)) as Reply<T> | undefined);
}

/**
 * Answers one message type. Errors thrown by the handler reach the sender as rejections.
 * Returns a function that removes the listener.
 */
export function onMessage<T extends MessageType>(
  type: T,
  handler: (data: Request<T>, sender: MessageSender) => Promise<Response<T>> | Response<T>,
): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (r: unknown) => void,
  ) => {
    if (!isEnvelope(message) || message.type !== type) return undefined;
    const from: MessageSender = { tabId: sender.tab?.id, url: sender.tab?.url ?? sender.url };
    Promise.resolve()
      .then(() => handler(message.data as Request<T>, from))
      .then(
        (value) => sendResponse({ ok: true, value } satisfies Reply<T>),
        (error: unknown) => sendResponse({ ok: false, error: errorText(error) } satisfies Reply<T>),
      );
    // Keeps the channel open for the asynchronous answer (Chrome and Firefox alike).
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).type === 'string';
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
