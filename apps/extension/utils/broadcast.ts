// One BroadcastChannel per name, page or worker: how the extension's contexts tell each other that
// something changed (readouts, sync status, decisions). A channel never hears its own messages,
// so a context is told only about what the others did.

/** Posting to and listening on one named channel; both do nothing where BroadcastChannel is missing. */
export interface Broadcast<T> {
  post(message: T): void;
  /** Calls `listener` for each message from another context; returns a function that stops it. */
  listen(listener: (message: T) => void): () => void;
}

export function broadcast<T>(name: string): Broadcast<T> {
  let channel: BroadcastChannel | undefined;
  const get = (): BroadcastChannel | undefined => {
    if (typeof BroadcastChannel === 'undefined') return undefined;
    if (!channel) {
      channel = new BroadcastChannel(name);
      // Node (tests, benchmarks) would otherwise stay alive for the open channel.
      (channel as BroadcastChannel & { unref?: () => void }).unref?.();
    }
    return channel;
  };
  return {
    post: (message) => get()?.postMessage(message),
    listen(listener) {
      const target = get();
      if (!target) return () => {};
      const handler = (event: MessageEvent<T>) => listener(event.data);
      target.addEventListener('message', handler);
      return () => target.removeEventListener('message', handler);
    },
  };
}
