// Benchmark: the first sync of N readouts (default 10,000) into a fresh Chromium profile, next to
// the server's raw pull rate measured in the same run with a plain Node HTTP client. SQLite, and
// PostgreSQL too when DATABASE_URL or TEST_DATABASE_URL is set. READOUTS_BENCH_SYNC sets N.
import { extensionCopy } from '../../support/extension-build';
import { Device, waitFor } from '../harness/device';
import { freshPgBackend } from '../harness/postgres';
import { bulkContents, pushCaptures } from '../harness/seed';
import { type Backend, SyncServer, sqliteBackend } from '../harness/server';
import { rawPull } from './raw-pull';

const count = Number(process.env.READOUTS_BENCH_SYNC ?? 10_000);
const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('en')} readouts/s`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function bench(label: string, backend: Backend & { drop?(): void }, extension: string): Promise<void> {
  const server = await SyncServer.start(backend, { READOUTS_LOG: '1' });
  let device: Device | undefined;
  try {
    const token = await server.addUser('bench', 'seeder');
    let started = performance.now();
    await pushCaptures(server.url, token, 'seeder', bulkContents('press-bench', count));
    const pushMs = performance.now() - started;

    await rawPull(server.url, token, 1000); // warm-up: caches and JIT
    const raw1000 = await rawPull(server.url, token, 1000);
    const raw500 = await rawPull(server.url, token, 500);

    device = await Device.launch('bench', extension);
    const deviceToken = await server.token('bench', 'browser');
    started = performance.now();
    const status = await device.configure(server.url, deviceToken);
    const browserMs = performance.now() - started;
    if (status.state !== 'idle') throw new Error(`first sync failed: ${JSON.stringify(status)}`);
    const stored = await waitFor(
      'the readouts',
      () => device!.readouts(),
      (all) => all.length === count,
    );

    console.log(`\n${label}: first sync of ${count.toLocaleString('en')} readouts`);
    console.log(
      `  seed (Node push, batches of 500)        ${seconds(pushMs).padStart(9)}  ${rate(count, pushMs)}`,
    );
    console.log(
      `  raw pull, Node fetch, pages of 1000     ${seconds(raw1000.ms).padStart(9)}  ${rate(raw1000.records, raw1000.ms)}`,
    );
    console.log(
      `  raw pull, Node fetch, pages of 500      ${seconds(raw500.ms).padStart(9)}  ${rate(raw500.records, raw500.ms)}`,
    );
    console.log(
      `  Chromium extension first sync (pull,    ${seconds(browserMs).padStart(9)}  ${rate(stored.length, browserMs)}`,
    );
    console.log(`    merge, IndexedDB, Save click to done)`);
    console.log(
      `  extension / raw pull (pages of 1000)     ${(browserMs / raw1000.ms).toFixed(1).padStart(7)} x`,
    );
  } finally {
    await device?.close();
    await server.stop();
    backend.drop?.();
  }
}

const extension = extensionCopy();
await bench('SQLite', sqliteBackend(), extension);
if (process.env.DATABASE_URL || process.env.TEST_DATABASE_URL) {
  process.env.TEST_DATABASE_URL ??= process.env.DATABASE_URL;
  await bench('PostgreSQL', freshPgBackend('readouts_sync_bench'), extension);
}
