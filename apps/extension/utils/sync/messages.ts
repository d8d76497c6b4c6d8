// The sync client's messages between extension pages and the background, in the same envelope as
// utils/messages.ts so the two protocols share one runtime channel without answering each other.
import { browser } from 'wxt/browser';
import type { SyncStatus } from './status';

/** Request-less messages to the background and what they answer. */
export interface SyncProtocol {
  /** Run a round now (options page, status line) and answer with the status after it. */
  'sync/now': SyncStatus;
  /** A page changed the collection: sync soon (debounced). */
  'sync/changed': null;
  /** A page showing the collection opened or came back into view: sync now, to show it fresh. */
  'sync/focus': null;
}

export type SyncMessage = keyof SyncProtocol;
type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

const SYNC_MESSAGES: readonly string[] = ['sync/now', 'sync/changed', 'sync/focus'] satisfies SyncMessage[];

const isSyncMessage = (message: unknown): message is { type: SyncMessage } =>
  typeof message === 'object' &&
  message !== null &&
  SYNC_MESSAGES.includes((message as { type?: unknown }).type as string);

/** Sends a sync message to the background. */
export async function sendSyncMessage<T extends SyncMessage>(type: T): Promise<SyncProtocol[T]> {
  const reply = (await browser.runtime.sendMessage({ type, data: undefined })) as
    | Reply<SyncProtocol[T]>
    | undefined;
  if (!reply) throw new Error(`no answer to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Answers sync messages in the background; other messages are left to their own listeners. */
export function answerSyncMessages(
  handlers: {
    [T in SyncMessage]: () => Promise<SyncProtocol[T]>;
  },
): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (!isSyncMessage(message)) return undefined;
    handlers[message.type]().then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: String(error) }),
    );
    return true;
  });
}
