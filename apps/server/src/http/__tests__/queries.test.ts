// The REST query API and its tRPC twins: listing with filters and cursors, one readout, stats, export.
import { CSV_COLUMNS, parseImport } from '@readouts/transfer';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { captureOf, nextHlc } from '../../__tests__/helpers/factories';

describe.each(backends)('query API on $name', (backend) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(backend);
    await t.trpc(t.alice.token).sync.push.mutate({
      clientId: 'c1',
      mutations: [
        captureOf(1, {
          id: 'a',
          title: 'Japan-China Summit, "Beijing"',
          date: '2023-01-01',
          format: 'summit',
        }),
        captureOf(2, { id: 'b', title: '日中外相会談', lang: 'ja', date: '2024-02-02' }),
        captureOf(3, { id: 'c', title: 'Telephone talk', date: '2022-03-03', format: 'telephone' }),
        { id: 4, readoutId: 'c', hlc: nextHlc(), type: 'setNote', note: 'line one\nline, two' },
      ],
    });
  });
  afterEach(() => t.stop());

  const json = async (path: string) => (await t.get(path, t.alice.token)).json();

  it('lists with filters and pages with nextCursor until null', async () => {
    expect((await json('/api/v1/readouts?format=summit')).items.map((r: { id: string }) => r.id)).toEqual([
      'a',
    ]);
    expect(
      (await json(`/api/v1/readouts?q=${encodeURIComponent('外相')}`)).items.map((r: { id: string }) => r.id),
    ).toEqual(['b']);
    const first = await json('/api/v1/readouts?limit=2');
    expect(first.items.map((r: { id: string }) => r.id)).toEqual(['b', 'a']);
    const second = await json(`/api/v1/readouts?limit=2&cursor=${first.nextCursor}`);
    expect(second).toMatchObject({ items: [{ id: 'c' }], nextCursor: null });
  });

  it('gets one readout with its user fields', async () => {
    const readout = await json('/api/v1/readouts/c');
    expect(readout).toMatchObject({
      id: 'c',
      user: { note: 'line one\nline, two', tags: [], starred: false },
    });
  });

  it('answers the same through tRPC readouts.list, get and stats', async () => {
    const client = t.trpc(t.alice.token);
    expect((await client.readouts.list.query({ sort: 'title' })).items.map((r) => r.id)).toEqual([
      'a',
      'c',
      'b',
    ]);
    expect((await client.readouts.get.query({ id: 'b' })).title).toBe('日中外相会談');
    expect(await client.readouts.stats.query()).toEqual(await json('/api/v1/stats'));
  });

  it('counts by year and format', async () => {
    const stats = await json('/api/v1/stats');
    expect(stats).toMatchObject({
      total: 3,
      byYear: { '2022': 1, '2023': 1, '2024': 1 },
      byFormat: { summit: 1, meeting: 1 },
    });
  });

  it('exports JSON Lines and CSV in the one layout of @readouts/transfer, which imports them back', async () => {
    const jsonl = await (await t.get('/api/v1/export?format=jsonl', t.alice.token)).text();
    const lines = jsonl
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((r) => r.id)).toEqual(['c', 'a', 'b']);
    const res = await t.get('/api/v1/export?format=csv', t.alice.token);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const csv = await res.text();
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.name));
    const title = rows[0]!.indexOf('title');
    const note = rows[0]!.indexOf('note');
    expect(rows.slice(1).map((r) => [r[title], r[note]])).toEqual([
      ['Telephone talk', 'line one\nline, two'],
      ['Japan-China Summit, "Beijing"', ''],
      ['日中外相会談', ''],
    ]);
    for (const text of [csv, jsonl]) {
      const imported = parseImport(text);
      if (!imported.ok) throw new Error(imported.errors.join('; '));
      // An import derives each id from the canonical URL again.
      expect(imported.readouts.map((r) => r.title)).toEqual(lines.map((r) => r.title));
      expect(imported.readouts[0]!.user.note).toBe('line one\nline, two');
    }
  });
});
