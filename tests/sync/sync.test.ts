// Sync end to end: two Chromium profiles with the built extension (two devices of one user) and a
// real `readouts serve` process, on SQLite and on PostgreSQL.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { materialize } from '@readouts/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionCopy } from '../support/extension-build';
import { Device, waitFor } from './harness/device';
import { readoutPages } from './harness/mofa';
import { freshPgBackend } from './harness/postgres';
import { bulkContents, bulkReadouts, pullAll, pushCaptures } from './harness/seed';
import { type Backend, SyncServer, sqliteBackend } from './harness/server';

const backends: Array<[string, () => Backend & { drop?(): void }]> = [
  ['SQLite', sqliteBackend],
  ['PostgreSQL', () => freshPgBackend('readouts_sync_e2e')],
];

/** Syncs both devices until neither has pending changes and both show the same readouts. */
async function converge(a: Device, b: Device) {
  for (let round = 0; round < 5; round++) {
    await a.syncNow();
    await b.syncNow();
    await a.syncNow();
    const [sa, sb] = [await a.store(), await b.store()];
    if (sa.pending === 0 && sb.pending === 0 && JSON.stringify(sa.readouts) === JSON.stringify(sb.readouts)) {
      return sa.readouts;
    }
  }
  throw new Error('devices did not converge');
}

describe.each(backends)('sync between two devices on %s', (_name, makeBackend) => {
  let backend: Backend & { drop?(): void };
  let server: SyncServer;
  let a: Device;
  let b: Device;
  let tokenA: string;
  let tokenB: string;
  const captured: string[] = [];

  beforeAll(async () => {
    const extension = extensionCopy();
    backend = makeBackend();
    server = await SyncServer.start(backend);
    tokenA = await server.addUser('alice', 'laptop');
    tokenB = await server.token('alice', 'desktop');
    a = await Device.launch('device-a', extension);
    b = await Device.launch('device-b', extension);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.stop();
    backend?.drop?.();
  });

  it('device A captures three pages and syncs on its own; device B syncs and shows them', async () => {
    expect((await a.configure(server.url, tokenA)).state).toBe('idle');
    expect((await b.configure(server.url, tokenB)).state).toBe('idle');
    for (const page of readoutPages().slice(0, 3)) captured.push(await a.capture(page.url));
    // Automatic sync: the background pushes the new outbox entries without "Sync now".
    await waitFor(
      'A to push by itself',
      () => a.pending(),
      (n) => n === 0,
    );
    // B syncs without host permission for the server, through the server's CORS answers.
    expect(await b.dropHostPermission(server.url)).toBe(false);
    expect((await b.syncNow()).state).toBe('idle');
    const onB = await b.readouts();
    expect(onB.map((r) => r.id)).toEqual([...captured].sort());
    expect(onB).toEqual(await a.readouts());
    expect(await b.listedIds()).toEqual([...captured].sort());
    expect(await b.collectionStatusLine()).toMatch(/^Synced (just now|\d+ min ago) · no changes pending/);
  });

  it('merges tags both devices edited while offline', async () => {
    await server.stop();
    const id = captured[0]!;
    await a.addTag(id, 'alpha');
    await b.addTag(id, 'beta');
    const offline = await a.syncNow();
    expect(offline.state).toBe('retrying');
    expect(offline.lastError).toMatch(/Cannot reach the sync server/);
    expect(await a.pending()).toBe(1);
    await server.restart();
    const readouts = await converge(a, b);
    expect(readouts.find((r) => r.id === id)?.tags).toEqual(['alpha', 'beta']);
  });

  it('keeps queued changes across a browser restart and pushes them at startup', async () => {
    await server.stop();
    await a.addTag(captured[2]!, 'after-restart');
    a = await a.restart();
    await server.restart();
    // No "Sync now": the restarted background finds the queued change and pushes it by itself.
    await waitFor(
      'A to push after its restart',
      () => a.pending(),
      (n) => n === 0,
    );
    await b.syncNow();
    expect((await b.readouts()).find((r) => r.id === captured[2])?.tags).toEqual(['after-restart']);
  });

  it('keeps queued changes when the service worker is stopped, and pushes them when a page opens', async () => {
    await server.stop();
    await a.addTag(captured[0]!, 'worker-stopped');
    await a.stopServiceWorker();
    await server.restart();
    // The collection page finds the waiting change and wakes the background, which pushes it.
    const page = await a.openCollection();
    await waitFor(
      'A to push after its worker woke',
      () => a.pending(),
      (n) => n === 0,
    );
    await page.close();
    await b.syncNow();
    expect((await b.readouts()).find((r) => r.id === captured[0])?.tags).toEqual([
      'alpha',
      'beta',
      'worker-stopped',
    ]);
  });

  it("a delete on A disappears on B, even from B's collection page left open", async () => {
    const gone = captured[1]!;
    const openOnB = await b.openCollection();
    await a.deleteReadout(gone);
    await a.syncNow();
    await b.syncNow();
    expect((await b.readouts()).map((r) => r.id)).not.toContain(gone);
    await openOnB.waitForSelector(`.row[data-id="${gone}"]`, { state: 'detached' });
    const listed = await openOnB.$$eval('.row[data-id]', (rows) =>
      rows.map((row) => row.getAttribute('data-id')),
    );
    expect(listed).toHaveLength(2);
    await openOnB.close();
  });

  it('loses nothing when the server is killed in the middle of a sync', async () => {
    // Another device of alice's has 8000 readouts on the server; B pulls them, A pushes 1500 of its own.
    const seeded = bulkContents('press-seed', 8000);
    await pushCaptures(server.url, tokenA, 'seed-device', seeded);
    const file = path.join(tmpdir(), `readouts-import-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(bulkReadouts('press-import', 1500, ['imported'])));
    const collection = await a.openCollection();
    await collection.setInputFiles('input[data-action="import-file"]', file);
    await waitFor(
      'the import',
      () => a.pending(),
      (n) => n >= 3000,
    );
    await collection.close();

    const pulling = b.syncNow();
    // The status line shows the progress; the server dies part-way through the pull. It runs in
    // short bursts and is frozen while B's status is read, so the pull cannot finish between the
    // status showing progress and the kill, however fast pulling is.
    let line = '';
    for (let burst = 0; ; burst++) {
      server.pause();
      line = await b.statusLine();
      if (/^Syncing… [\d,]+ readouts pulled/.test(line)) break;
      if (burst === 1500) throw new Error(`B's status line never showed the pull under way: ${line}`);
      server.resume();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const progress = await b.status();
    await server.stop('SIGKILL');
    const failed = await pulling;
    expect(failed.state).toBe('retrying');
    expect(line).toMatch(/^Syncing… [1-9][\d,]* readouts pulled/);
    expect(progress.pulled).toBeLessThan(8000 + 3);
    await server.restart();

    const readouts = await converge(a, b);
    const ids = new Set(readouts.map((r) => r.id));
    expect(readouts).toHaveLength(8000 + 1500 + 2);
    expect(seeded.every((r) => ids.has(r.id))).toBe(true);
    expect(readouts.filter((r) => r.tags.includes('imported'))).toHaveLength(1500);
    expect(readouts.find((r) => r.id === captured[0])?.tags).toEqual(['alpha', 'beta', 'worker-stopped']);
  });

  it('a wrong token shows a clear error and loses no local data', async () => {
    const before = await b.readouts();
    const refused = await b.configure(server.url, 'rdt_not-a-real-token');
    expect(refused.state).toBe('unauthorized');
    expect(await b.optionsMessage()).toMatch(/refused the token \(401\)/);
    await b.addTag(captured[2]!, 'kept');
    expect(await b.syncNow()).toMatchObject({ state: 'unauthorized' });
    expect(await b.collectionStatusLine()).toMatch(
      /Sync error: The server refused the token \(401\).*1 change pending/,
    );
    expect((await b.readouts()).length).toBe(before.length);
    expect(await b.pending()).toBe(1);

    expect((await b.configure(server.url, tokenB)).state).toBe('idle');
    const readouts = await converge(a, b);
    expect(readouts.find((r) => r.id === captured[2])?.tags).toEqual(['after-restart', 'kept']);
  });

  // No wait inside: the time is work on the 9,500 readouts the killed-sync test leaves. A resends
  // every record state it holds as a merge (it cannot know which the backup forgot), both devices
  // pull everything again and each tag is added in a collection page reading them all. At load
  // 10 on SQLite: 75 s before A's resend began, over 45 s after it; the file's 120 s is too short.
  it('after a restored backup forgot its last pushes, resends them and every device converges', {
    timeout: 360_000,
  }, async () => {
    const id = captured[0]!;
    const clientId = await a.clientId();
    await server.stop();
    const restoreBackup = server.backup();
    await server.restart();
    await a.addTag(id, 'forgotten');
    expect((await a.syncNow()).state).toBe('idle');
    expect(await a.pending()).toBe(0);
    const acknowledged = (await pullAll(server.url, tokenA, clientId)).lastMutationId;
    // B pulls the change the backup will forget: its cursor is now past the backup's last change.
    expect((await b.syncNow()).state).toBe('idle');

    await server.stop();
    restoreBackup();
    await server.restart();
    const restored = (await pullAll(server.url, tokenA, clientId)).lastMutationId;
    expect(restored).toBeLessThan(acknowledged);
    // B's saved cursor is past the restored server's latest change: it pulls again from the start.
    expect((await b.syncNow()).state).toBe('idle');
    // A numbers its next mutation after the acknowledged ones; the server answers MUTATION_GAP
    // with the id it expects, and A renumbers its outbox from there, queues a merge of every record
    // state it holds (the server forgot some of its pushes) and pushes again.
    await a.addTag(id, 'after-restore');
    expect(await a.syncNow()).toMatchObject({ state: 'idle', lastError: null });
    expect(await a.pending()).toBe(0);
    const after = await pullAll(server.url, tokenA, clientId);
    expect(after.lastMutationId).toBeGreaterThan(restored + 1);
    const tags = materialize(after.states.get(id)!)?.user.tags;
    expect(tags).toContain('after-restore');
    // The tag the restored server forgot is back, from A's merge.
    expect(tags).toContain('forgotten');
    // B, which pulled everything again after the restore, converges with A.
    expect((await b.syncNow()).state).toBe('idle');
    expect((await b.readouts()).find((r) => r.id === id)?.tags).toEqual(
      expect.arrayContaining(['after-restore', 'forgotten']),
    );
    expect(await b.readouts()).toEqual(await a.readouts());
  });

  it('backs off when rate limited (429), honours Retry-After, and recovers by itself', async () => {
    await server.stop();
    await server.restart({ READOUTS_RATE_LIMIT: '12' });
    let limited = await b.syncNow();
    for (let i = 0; i < 50 && limited.state !== 'retrying'; i++) limited = await b.syncNow();
    expect(limited).toMatchObject({ state: 'retrying', lastError: expect.stringMatching(/HTTP 429/) });
    // 12 requests a minute refill one every 5 s: the server asks for up to 5 s, and gets it.
    const wait = Date.parse(limited.nextRetryAt!) - Date.now();
    expect(wait).toBeGreaterThan(500);
    const recovered = await waitFor(
      'the automatic retry',
      () => b.status(),
      (s) => s.state === 'idle',
    );
    expect(recovered.lastError).toBeNull();
    await server.stop();
    await server.restart();
  });
});
