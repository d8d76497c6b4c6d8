// Bulk test data for sync: readouts made by the @readouts/sync factory, pushed to a server as
// another client would (plain HTTP, tRPC's JSON shape), or written to a file for the import button.
import {
  type Mutation,
  type PullResponse,
  type Readout,
  type ReadoutContent,
  type RecordState,
  uncorrected,
} from '@readouts/schema';
import { createClock } from '@readouts/sync';
import { fakeReadoutContent } from '@readouts/sync/testing';

/** `count` distinct readout contents whose ids start with `prefix`. */
export function bulkContents(prefix: string, count: number): ReadoutContent[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `${prefix}_${String(i).padStart(6, '0')}`;
    return fakeReadoutContent({ id, title: `${prefix} meeting ${i}`, date: `20${10 + (i % 15)}-01-01` });
  });
}

/** Readouts with user fields, as the collection page's import takes them. */
export function bulkReadouts(prefix: string, count: number, tags: string[]): Readout[] {
  return bulkContents(prefix, count).map((content) => ({
    ...content,
    ...uncorrected(),
    user: { tags, note: '', starred: false },
  }));
}

/** Pushes captures of `contents` as client `clientId`, in batches of 500. */
export async function pushCaptures(
  serverUrl: string,
  token: string,
  clientId: string,
  contents: ReadoutContent[],
) {
  const clock = createClock(clientId);
  const mutations: Mutation[] = contents.map((readout, i) => ({
    type: 'capture',
    id: i + 1,
    readoutId: readout.id,
    hlc: clock.tick(),
    readout,
  }));
  for (let start = 0; start < mutations.length; start += 500) {
    const response = await fetch(`${serverUrl}/trpc/sync.push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ clientId, mutations: mutations.slice(start, start + 500) }),
    });
    if (!response.ok) throw new Error(`push failed: ${response.status} ${await response.text()}`);
  }
}

/**
 * Everything the server holds for the token's user, pulled as a new device would, and the last
 * mutation id it has applied from `clientId`.
 */
export async function pullAll(serverUrl: string, token: string, clientId: string) {
  const states = new Map<string, RecordState>();
  let cursor: string | null = null;
  let lastMutationId: number | undefined;
  for (;;) {
    const input = encodeURIComponent(JSON.stringify({ clientId, cursor, limit: 1000 }));
    const response = await fetch(`${serverUrl}/trpc/sync.pull?input=${input}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`pull failed: ${response.status} ${await response.text()}`);
    const page = ((await response.json()) as { result: { data: PullResponse } }).result.data;
    for (const state of page.changes) states.set(state.id, state);
    lastMutationId = page.lastMutationId;
    cursor = page.cursor;
    if (!page.hasMore) return { states, lastMutationId: lastMutationId ?? 0 };
  }
}
