// Records stored at readout schemaVersion 2 are served at the current version everywhere a client
// reads them (REST get, list and export, tRPC get and list, sync pull both ways): those the data
// migration rewrote on start, and those an older server process still running wrote after it.
import { SCHEMA_VERSION } from '@readouts/schema';
import { createTRPCClient, httpLink } from '@trpc/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testOptions } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { nextHlc } from '../../__tests__/helpers/factories';
import {
  captureLog,
  downgrade,
  INVALID_ID,
  type RawDb,
  rawDb,
  readoutAtV2,
  seed,
  stateAtV2,
} from '../../__tests__/helpers/previous-release';
import { trpcClient } from '../../__tests__/helpers/trpc-client';
import { serverOptions } from '../../config/options';
import type { AppRouter } from '../../root';
import { startServer } from '../../server';
import type { Storage } from '../../storage/types';
import { createApp } from '../app';

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON, checked by the assertions
type Loose = Record<string, any>;

/** Content or a readout at the current version, participants as version 2 implied them. */
function expectCurrent(record: Loose): void {
  expect(record.schemaVersion).toBe(SCHEMA_VERSION);
  expect(record.participants.length).toBeGreaterThan(0);
  for (const p of record.participants) expect(p).toMatchObject({ role: 'principal', nameLatin: null });
}

describe.each(backends)('stale records served on $name', (backend) => {
  let store: Awaited<ReturnType<typeof backend.create>>;
  let raw: RawDb;
  let ids: Awaited<ReturnType<typeof seed>>;
  let storage: Storage | undefined;

  beforeEach(async () => {
    store = await backend.create();
    const seeding = await store.open();
    ids = await seed(seeding);
    await seeding.close();
    raw = await rawDb(backend.name, store);
    await downgrade(backend.name, raw);
  });
  afterEach(async () => {
    await storage?.close();
    storage = undefined;
    await raw.close();
    await store.drop();
  });

  /** Opens the store (running the data migration) and serves it as the app does. */
  async function serve() {
    storage = await store.open({ log: captureLog().log });
    const app = createApp(storage, testOptions);
    const get = async (path: string, token = ids.alice.token) => {
      const res = await app.request(path, { headers: { Authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      return res;
    };
    const trpc = createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: 'http://localhost/trpc',
          fetch: async (url, init) => app.request(String(url), init as RequestInit),
          headers: { Authorization: `Bearer ${ids.alice.token}` },
        }),
      ],
    });
    /** A full pull through the plain GET that the fast path answers, parsed here without zod. */
    const fastPull = async (): Promise<Loose[]> => {
      const input = encodeURIComponent(JSON.stringify({ cursor: null, limit: 1000 }));
      return (await (await get(`/trpc/sync.pull?input=${input}`)).json()).result.data.changes;
    };
    return { get, trpc, fastPull };
  }

  it('serves the migrated records at the current version with their user fields, through REST and sync', async () => {
    const { get, trpc, fastPull } = await serve();

    const r0: Loose = await (await get('/api/v1/readouts/r-0000')).json();
    expectCurrent(r0);
    expect(r0.user).toEqual({
      tags: ['g7', 'asean'],
      note: 'kept note',
      noteVersion: expect.any(String),
      starred: false,
    });
    const r1: Loose = await (await get('/api/v1/readouts/r-0001')).json();
    expectCurrent(r1);
    expect(r1.user).toEqual({ tags: [], note: '', starred: true });

    const listed: Loose = await (await get('/api/v1/readouts?sort=title&limit=200')).json();
    expect(listed.items.map((r: Loose) => r.id).sort()).toEqual(
      ['r-0000', 'r-0001', 'r-0003', 'r-0004', INVALID_ID].sort(),
    );
    for (const r of listed.items) expectCurrent(r);
    // Listing filters still find them (columns and search index rewritten with them).
    const tagged: Loose = await (await get('/api/v1/readouts?tag=g7&q=australia')).json();
    expect(tagged.items.map((r: Loose) => r.id)).toEqual(['r-0000']);
    const japanese: Loose = await (
      await get(`/api/v1/readouts?q=${encodeURIComponent('日豪')}&country=AU`)
    ).json();
    expect(japanese.items.map((r: Loose) => r.id)).toEqual(['r-0001']);

    const exported = (await (await get('/api/v1/export?format=jsonl')).text()).trim().split('\n');
    expect(exported).toHaveLength(5);
    for (const line of exported) expectCurrent(JSON.parse(line));

    // REST adds languageVersion (the two seeded Australia readouts are one meeting); tRPC does not.
    const { languageVersion, ...r0Content } = r0;
    expect(languageVersion).toEqual({ id: 'r-0001', lang: 'ja' });
    const viaTrpc = await trpc.readouts.get.query({ id: 'r-0000' });
    expect(viaTrpc).toEqual(r0Content);
    for (const r of (await trpc.readouts.list.query({ limit: 200 })).items) expectCurrent(r);

    for (const changes of [
      await fastPull(),
      (await trpc.sync.pull.query({ cursor: null, limit: 1000 })).changes,
    ]) {
      const byId = new Map(changes.map((c: Loose) => [c.id, c]));
      expect([...byId.keys()].sort()).toEqual(
        ['n-0000', 'r-0000', 'r-0001', 'r-0002', 'r-0003', 'r-0004', INVALID_ID].sort(),
      );
      for (const c of changes) if (c.content) expectCurrent(c.content);
      expect(byId.get('r-0002')!.deleted).not.toBeNull();
      expect(byId.get('r-0000')!.note.value).toBe('kept note');
      expect(byId.get('r-0001')!.starred.value).toBe(true);
      expect(byId.get('n-0000')!.content).toBeNull();
    }
  });

  it('serves a version-2 record an older server writes after the migration at the current version', async () => {
    const { get, trpc, fastPull } = await serve();
    const statsBefore = await (await get('/api/v1/stats')).json();
    // An older server process, still running during a rolling upgrade, writes r-0001 at version 2.
    for (const id of ['r-0001', 'r-0002']) {
      const r = await raw.record(id);
      await raw.setJson(r.userId, id, stateAtV2(r.state), readoutAtV2(r.readout));
    }
    expect(JSON.parse((await raw.record('r-0001')).readout!).schemaVersion).toBe(2);

    const r1: Loose = await (await get('/api/v1/readouts/r-0001')).json();
    expectCurrent(r1);
    expect(r1.user).toEqual({ tags: [], note: '', starred: true });
    const { languageVersion: r1Pair, ...r1Content } = r1;
    expect(r1Pair).toEqual({ id: 'r-0000', lang: 'en' });
    expect(await trpc.readouts.get.query({ id: 'r-0001' })).toEqual(r1Content);
    const listed: Loose = await (await get('/api/v1/readouts?country=AU&limit=200')).json();
    expect(listed.items.find((r: Loose) => r.id === 'r-0001')).toEqual(r1);
    for (const r of listed.items) expectCurrent(r);
    const exported = (await (await get('/api/v1/export?format=jsonl')).text()).trim().split('\n');
    expect(exported.map((line) => JSON.parse(line)).find((r) => r.id === 'r-0001')).toEqual(r1Content);
    expect(await (await get('/api/v1/stats')).json()).toEqual(statsBefore);

    for (const changes of [
      await fastPull(),
      (await trpc.sync.pull.query({ cursor: null, limit: 1000 })).changes,
    ]) {
      for (const c of changes) if (c.content) expectCurrent(c.content);
      // The tombstone written at version 2 too.
      expectCurrent(changes.find((c: Loose) => c.id === 'r-0002')!.content);
    }
    // The plain pull answers what tRPC answers (a batch of one is tRPC's own), upgraded alike.
    const input = { cursor: null, limit: 1000 };
    const plain = await get(`/trpc/sync.pull?input=${encodeURIComponent(JSON.stringify(input))}`);
    const batched = await get(
      `/trpc/sync.pull?batch=1&input=${encodeURIComponent(`{"0":${JSON.stringify(input)}}`)}`,
    );
    expect(`[${await plain.text()}]`).toBe(await batched.text());

    // The next push to the record writes it back at the current version, its fields kept.
    await trpc.sync.push.mutate({
      clientId: 'c2',
      mutations: [
        { id: 1, readoutId: 'r-0001', hlc: nextHlc('c2'), type: 'setTags', add: ['later'], remove: [] },
      ],
    });
    const stored = await raw.record('r-0001');
    expectCurrent(JSON.parse(stored.state).content);
    const readout = JSON.parse(stored.readout!);
    expectCurrent(readout);
    expect(readout.user).toEqual({ tags: ['later'], note: '', starred: true });
    expect(stored.tags).toBe('|later|');
  });

  it('starts a server over a database holding a record it cannot migrate, keeping and reporting it', async () => {
    const before = await raw.record(INVALID_ID);
    const stderr: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr.push(String(chunk));
      return true;
    });
    let server: Awaited<ReturnType<typeof startServer>>;
    try {
      server = await startServer(
        serverOptions(
          { port: 0, host: '127.0.0.1', dataDir: store.server.dataDir, log: false },
          store.server.env,
        ),
        false,
      );
    } finally {
      write.mockRestore();
    }
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const client = trpcClient(base, ids.alice.token);
      expectCurrent(await client.readouts.get.query({ id: 'r-0000' }));
      expect((await client.sync.pull.query({ cursor: null, limit: 1000 })).changes).toHaveLength(7);
    } finally {
      await server.stop();
    }
    const reports = stderr.map((line) => JSON.parse(line));
    expect(reports).toEqual([
      expect.objectContaining({
        level: 'error',
        msg: 'record not migrated, kept as it is',
        readoutId: INVALID_ID,
      }),
      expect.objectContaining({ level: 'info', msg: 'stored records migrated', upgraded: 6, invalid: 1 }),
    ]);
    const after = await raw.record(INVALID_ID);
    expect([after.state, after.readout]).toEqual([before.state, before.readout]);
  });
});
