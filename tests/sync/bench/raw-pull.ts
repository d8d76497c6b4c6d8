// The server's raw pull rate: a plain Node HTTP client pulling every page, doing nothing else.

/** Pulls everything from `serverUrl` with `limit` per page; returns the count and the time taken. */
export async function rawPull(serverUrl: string, token: string, limit: number) {
  const started = performance.now();
  let cursor: string | null = null;
  let records = 0;
  for (;;) {
    const input = encodeURIComponent(JSON.stringify({ cursor, limit }));
    const response = await fetch(`${serverUrl}/trpc/sync.pull?input=${input}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`pull failed: ${response.status}`);
    const page = (await response.json()) as {
      result: { data: { changes: unknown[]; cursor: string; hasMore: boolean } };
    };
    records += page.result.data.changes.length;
    cursor = page.result.data.cursor;
    if (!page.result.data.hasMore) break;
  }
  return { records, ms: performance.now() - started };
}
