// Input no database can store, and what a client may see of a failure: NUL and lone surrogates are
// cleaned at the schema boundary, search vectors stay inside PostgreSQL's limits, errors carry an id
// and never the database's text, an outage is 503, and every response has security headers.
import net from 'node:net';
import type { Mutation } from '@readouts/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, testOptions } from '../../__tests__/helpers/app';
import { backends, pgUrl } from '../../__tests__/helpers/backends';
import { captureOf, fakeReadoutContent, fakeUser, nextHlc } from '../../__tests__/helpers/factories';
import { openPgStorage } from '../../storage/pg';
import { applyToRecord } from '../../sync/reducer';
import { createApp } from '../app';
import { createLogger } from '../logger';

/** `count` distinct words of `length` letters (a-z, so one byte each in UTF-8). */
const longWords = (count: number, length: number) =>
  Array.from({ length: count }, (_, i) => {
    let word = '';
    for (let n = i + 1; word.length < 6; n = Math.floor(n / 26)) word += String.fromCharCode(97 + (n % 26));
    return (word + 'x'.repeat(length)).slice(0, length);
  });

describe.each(backends)('hardened input and output on $name', (backend) => {
  let t: TestApp;
  afterEach(() => t.stop());

  const push = (mutations: Mutation[], clientId = 'c1') =>
    t.trpc(t.alice.token).sync.push.mutate({ clientId, mutations });

  it('stores a push holding NUL in title, participant, tag and note (cleaned) and goes on', async () => {
    t = await startTestApp(backend);
    const base = fakeReadoutContent({ id: 'nul' });
    const readout = {
      ...base,
      title: 'Summit\u0000 talk',
      participants: base.participants.map((p) => ({
        ...p,
        name: `${p.name}\u0000`,
        title: 'Min\u0000ister',
      })),
    };
    const mutations: Mutation[] = [
      { id: 1, readoutId: 'nul', hlc: nextHlc(), type: 'capture', readout },
      { id: 2, readoutId: 'nul', hlc: nextHlc(), type: 'setTags', add: ['g\u00007'], remove: [] },
      { id: 3, readoutId: 'nul', hlc: nextHlc(), type: 'setNote', note: 'a\u0000b' },
    ];
    expect(await push(mutations)).toEqual({ lastMutationId: 3 });
    const stored = await (await t.get('/api/v1/readouts/nul', t.alice.token)).json();
    expect(stored.title).toBe('Summit talk');
    expect(stored.participants[0].name).toBe(base.participants[0]!.name);
    expect(stored.user).toMatchObject({ tags: ['g7'], note: 'ab' });
    // A merged state holding NUL too, and the device's next mutation is accepted.
    const state = {
      id: 'm',
      content: { ...fakeReadoutContent({ id: 'm' }), title: 'M\u0000' },
      captured: nextHlc(),
      tags: { 'x\u0000': { added: nextHlc(), removed: null } },
      note: { value: '\u0000', hlc: nextHlc() },
      starred: null,
      deleted: null,
      corrections: {},
    };
    expect(
      await push([
        { id: 4, readoutId: 'm', hlc: nextHlc(), type: 'merge', state },
        captureOf(5, { id: 'after' }),
      ]),
    ).toEqual({ lastMutationId: 5 });
    expect((await (await t.get('/api/v1/readouts/m', t.alice.token)).json()).user.tags).toEqual(['x']);
  });

  it('answers query parameters and ids holding NUL normally, never 500', async () => {
    t = await startTestApp(backend);
    await push([captureOf(1, { id: 'ab', title: 'Japan-Korea' })]);
    for (const query of ['participant=a%00b', 'tag=a%00b', 'q=jap%00an', 'topic=x%00', 'q=%00']) {
      const res = await t.get(`/api/v1/readouts?${query}`, t.alice.token);
      expect([200, 400], query).toContain(res.status);
    }
    // Cleaned like the stored ids were: `a\0b` is `ab`.
    expect((await t.get('/api/v1/readouts/a%00b', t.alice.token)).status).toBe(200);
    expect((await t.get('/api/v1/readouts/x%00y', t.alice.token)).status).toBe(404);
    expect((await t.trpc(t.alice.token).readouts.get.query({ id: 'a\u0000b' })).id).toBe('ab');
    await expect(t.trpc(t.alice.token).readouts.get.query({ id: 'x\u0000y' })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    const cursor = Buffer.from(JSON.stringify({ s: '-date', v: 'a\u0000', id: 'b' })).toString('base64url');
    expect((await t.get(`/api/v1/readouts?cursor=${cursor}`, t.alice.token)).status).toBe(400);
  });

  it('indexes a 3,000-letter word and over 1 MiB of search text, and finds them', async () => {
    t = await startTestApp(backend, { bodyLimitBytes: 16 * 1024 * 1024 });
    const word = `q9${'a'.repeat(2998)}`;
    const words = longWords(700, 2000); // 1.4 MB of distinct words, each under 2046 bytes
    const points = Array.from({ length: 100 }, (_, i) => ({
      n: i + 1,
      text: words.slice(i * 7, i * 7 + 7).join(' '),
    }));
    expect(
      await push([
        captureOf(1, { id: 'long', points: [{ n: 1, text: `maritime ${word}` }] }),
        captureOf(2, { id: 'huge', points }),
      ]),
    ).toEqual({ lastMutationId: 2 });
    const ids = async (q: string) =>
      (await (await t.get(`/api/v1/readouts?q=${q}`, t.alice.token)).json()).items.map(
        (r: { id: string }) => r.id,
      );
    expect(await ids('q9aaaa')).toEqual(['long']);
    expect(await ids(word.slice(0, 400))).toEqual(['long']); // a query word past the cut still matches
    expect(await ids(words[0]!.slice(0, 10))).toEqual(['huge']);
  });

  it('cleans a lone surrogate a cut link title holds, and stats survive one stored before', async () => {
    t = await startTestApp(backend);
    const emoji = '😀';
    const cut = `${'x'.repeat(499)}${emoji}`.slice(0, 500); // what the old extractor sent
    const base = fakeReadoutContent({ id: 'lone' });
    const readout = { ...base, links: { ...base.links, related: [{ title: cut, url: 'https://e.x/' }] } };
    await push([{ id: 1, readoutId: 'lone', hlc: nextHlc(), type: 'capture', readout }]);
    const stored = await (await t.get('/api/v1/readouts/lone', t.alice.token)).json();
    expect(stored.links.related[0].title).toBe(`${'x'.repeat(499)}\ufffd`);

    // A record written before the schema cleaned text, straight through the storage layer.
    const raw = { ...fakeReadoutContent({ id: 'old' }), title: 'Old \ud83d' };
    const mutation = { id: 1, readoutId: 'old', hlc: nextHlc('c2'), type: 'capture', readout: raw } as const;
    await t.storage.push(t.alice.id, 'c2', [mutation], applyToRecord);
    const stats = await t.get('/api/v1/stats', t.alice.token);
    expect(stats.status).toBe(200);
    expect((await stats.json()).total).toBe(2);
    expect((await t.trpc(t.alice.token).readouts.stats.query()).total).toBe(2);
  });

  it('exports CSV with formulas neutralised', async () => {
    t = await startTestApp(backend);
    await push([
      captureOf(1, { id: 'f1', title: '=HYPERLINK("http://evil","x")', date: '2020-01-01' }),
      captureOf(2, { id: 'f2', title: '+1+1', date: '2020-01-02' }),
      captureOf(3, { id: 'f3', title: '@SUM(1)', date: '2020-01-03' }),
      captureOf(4, { id: 'f4', title: '-2', date: '2020-01-04' }),
      captureOf(5, { id: 'f5', title: 'Tab\tfirst', date: '2020-01-05' }),
      { id: 6, readoutId: 'f5', hlc: nextHlc(), type: 'setNote', note: '\tnote' },
    ]);
    const csv = await (await t.get('/api/v1/export?format=csv', t.alice.token)).text();
    const rows = csv.split('\r\n');
    expect(rows[1]).toContain(`,"'=HYPERLINK(""http://evil"",""x"")",`);
    // The one CSV layout (@readouts/transfer) quotes a defused cell.
    expect(rows[2]).toContain(`,"'+1+1",`);
    expect(rows[3]).toContain(`,"'@SUM(1)",`);
    expect(rows[4]).toContain(`,"'-2",`);
    expect(rows[5]).toContain(',Tab\tfirst,');
    expect(rows[5]).toContain(`,"'\tnote",`);
  });

  it('refuses impossible dates with 400 and wrong methods with 405 and Allow', async () => {
    t = await startTestApp(backend);
    for (const query of ['from=2024-13-45', 'to=2023-02-29', 'from=2024-00-10']) {
      const res = await t.get(`/api/v1/readouts?${query}`, t.alice.token);
      expect(res.status, query).toBe(400);
      expect((await res.json()).error.issues[0].path).toMatch(/^(from|to)$/);
    }
    expect((await t.get('/api/v1/readouts?from=2024-02-29', t.alice.token)).status).toBe(200);
    for (const [method, path, allow = 'GET, HEAD'] of [
      ['POST', '/api/v1/readouts'],
      ['PUT', '/api/v1/readouts/x', 'GET, HEAD, PATCH, DELETE'],
      ['DELETE', '/api/v1/readouts/x/history'],
      ['PUT', '/api/v1/stats'],
      ['POST', '/api/v1/export'],
      ['POST', '/healthz'],
    ] as const) {
      const res = await t.app.request(path, {
        method,
        headers: { Authorization: `Bearer ${t.alice.token}` },
      });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow'), `${method} ${path}`).toBe(allow);
      expect((await res.json()).error.code).toBe('METHOD_NOT_ALLOWED');
    }
    expect((await t.get('/api/v1/readouts/missing', t.alice.token)).status).toBe(404);
    expect((await t.get('/nope')).status).toBe(404);
  });

  it('sends security headers on every route, the docs included, and no-store on authenticated ones', async () => {
    t = await startTestApp(backend);
    const routes: Array<[string, string | undefined]> = [
      ['/healthz', undefined],
      ['/api/v1/docs', undefined],
      ['/api/v1/docs/app.js', undefined],
      ['/api/v1/docs/style.css', undefined],
      ['/api/v1/openapi.json', undefined],
      ['/api/v1/readouts', t.alice.token],
      ['/api/v1/stats', t.alice.token],
      ['/api/v1/stats', undefined],
      ['/api/v1/export', t.alice.token],
      ['/trpc/readouts.stats', t.alice.token],
      ['/trpc/sync.pull?input=%7B%22cursor%22%3Anull%2C%22limit%22%3A10%7D', t.alice.token],
      ['/nope', undefined],
    ];
    for (const [path, token] of routes) {
      const res = await t.get(path, token);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("default-src 'none'");
      if (path.startsWith('/api/v1/docs') || path === '/api/v1/openapi.json' || path === '/healthz')
        expect(res.headers.get('cache-control'), path).toBeNull();
      else expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
    // What the docs page loads is allowed: its own script and style sheet, and fetches of this server.
    const csp = (await t.get('/api/v1/docs')).headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const html = await (await t.get('/api/v1/docs')).text();
    expect(html).not.toMatch(/<script>|<style>| style=| on[a-z]+=/);
  });

  it('answers a database error with a generic 500 and an error id that the log has with the real text', async () => {
    const { open, drop } = await backend.create();
    const storage = await open();
    const alice = await fakeUser(storage, 'alice');
    const lines: string[] = [];
    const app = createApp(
      storage,
      testOptions,
      createLogger(true, (line) => lines.push(line)),
    );
    t = {
      stop: async () => {
        await storage.close();
        await drop();
      },
    } as TestApp;
    const secret = 'relation "records_secret" does not exist';
    storage.stats = async () => {
      throw Object.assign(new Error(secret), { code: '42P01' });
    };
    const res = await app.request('/api/v1/stats', { headers: { Authorization: `Bearer ${alice.token}` } });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('records_secret');
    const body = JSON.parse(text);
    expect(body.error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(body.error.errorId).toMatch(/^[0-9a-f-]{36}$/);
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.errorId === body.error.errorId);
    expect(logged).toMatchObject({ level: 'error', error: secret });

    const trpc = await app.request('/trpc/readouts.stats', {
      headers: { Authorization: `Bearer ${alice.token}` },
    });
    expect(trpc.status).toBe(500);
    const trpcText = await trpc.text();
    expect(trpcText).not.toContain('records_secret');
    const trpcId = JSON.parse(trpcText).error.data.errorId;
    expect(JSON.parse(trpcText).error.message).toContain(trpcId);
    expect(lines.map((l) => JSON.parse(l)).find((l) => l.errorId === trpcId)).toMatchObject({
      error: secret,
    });
  });

  it('answers 503 with Retry-After when the database refuses connections', async () => {
    const { open, drop } = await backend.create();
    const storage = await open();
    const alice = await fakeUser(storage, 'alice');
    const app = createApp(storage, testOptions);
    t = {
      stop: async () => {
        await storage.close();
        await drop();
      },
    } as TestApp;
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    storage.listReadouts = async () => {
      throw refused;
    };
    const res = await app.request('/api/v1/readouts', {
      headers: { Authorization: `Bearer ${alice.token}` },
    });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await res.json()).error.code).toBe('SERVICE_UNAVAILABLE');
    const trpc = await app.request('/trpc/readouts.list?input=%7B%7D', {
      headers: { Authorization: `Bearer ${alice.token}` },
    });
    expect(trpc.status).toBe(503);
    expect(Number(trpc.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await trpc.text()).not.toContain('127.0.0.1');
  });
});

describe.skipIf(!backends.some((b) => b.name === 'postgres'))('a real PostgreSQL outage', () => {
  it('answers 503 with Retry-After on REST and tRPC while PostgreSQL cannot be reached', async () => {
    // A TCP proxy in front of PostgreSQL that can be cut, as a database going away looks.
    const target = new URL(pgUrl());
    const sockets = new Set<net.Socket>();
    const proxy = net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('error', () => s.destroy());
        s.on('close', () => sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as net.AddressInfo).port;
    const url = new URL(target);
    url.port = String(port);
    const schema = `t_outage_${process.pid}_${Date.now()}`;
    const storage = await openPgStorage(url.toString(), { schema, poolSize: 2 });
    try {
      const alice = await fakeUser(storage, 'alice');
      const app = createApp(storage, testOptions);
      const auth = { headers: { Authorization: `Bearer ${alice.token}` } };
      expect((await app.request('/api/v1/stats', auth)).status).toBe(200);
      // Cut every connection and refuse new ones.
      const closed = new Promise<void>((resolve) => proxy.close(() => resolve()));
      for (const s of sockets) s.destroy();
      await closed;
      for (const path of ['/api/v1/stats', '/api/v1/readouts', '/trpc/readouts.stats']) {
        const res = await app.request(path, auth);
        expect(res.status, path).toBe(503);
        expect(Number(res.headers.get('retry-after')), path).toBeGreaterThan(0);
        expect(await res.text(), path).not.toMatch(/ECONNREFUSED|terminated|127\.0\.0\.1/);
      }
    } finally {
      await storage.close().catch(() => {});
      const pg = await import('pg');
      const client = new pg.default.Client({ connectionString: pgUrl() });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  });
});
