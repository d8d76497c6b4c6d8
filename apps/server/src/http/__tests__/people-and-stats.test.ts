// GET /api/v1/people, /people/{id} and grouped /stats, on both backends, over the labelled pool of
// real English and Japanese pages: one person across languages and scripts with the office held at
// each meeting, counts grouped by the listing's filters, and bad parameters named in a 400.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { captureOf } from '../../__tests__/helpers/factories';
import { idOfUrl, poolCaptures } from '../../__tests__/helpers/pairing-pool';

type Summary = {
  id: string;
  side: string;
  country: string | null;
  nameLatin: string;
  nameJa: string;
  names: string[];
  offices: string[];
  meetingIds: string[];
};
type Group = { key: string; readouts: number; meetings: number };

const MEXICO_EN = 'https://www.mofa.go.jp/la_c/m_ca_c/mx/page4e_000895.html';
const MEXICO_JA = 'https://www.mofa.go.jp/mofaj/la_c/m_ca_c/mx/page4_004273.html';

describe.each(backends)('people and grouped stats on $name', (backend) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(backend);
    await t.trpc(t.alice.token).sync.push.mutate({ clientId: 'c1', mutations: poolCaptures() });
  });
  afterEach(() => t.stop());

  const json = async (path: string, token = t.alice.token) => {
    const res = await t.get(path, token);
    expect(res.status, path).toBe(200);
    return res.json();
  };

  it('lists people with names in both scripts, offices held and meetings, most meetings first', async () => {
    const { items } = (await json('/api/v1/people')) as { items: Summary[] };
    const kono = items.find((p) => p.nameJa === '河野太郎')!;
    expect(kono).toMatchObject({ side: 'japan', country: 'JP', offices: ['foreign-minister'] });
    expect(kono.nameLatin).toMatch(/kono/i);
    expect(kono.names).toEqual(expect.arrayContaining(['河野太郎']));
    expect(kono.names.some((n) => /Kono/i.test(n))).toBe(true);
    const counts = items.map((p) => p.meetingIds.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(new Set(items.map((p) => p.id)).size).toBe(items.length);
  });

  it('filters people by name in either script, side and country', async () => {
    const byJa = (await json(`/api/v1/people?q=${encodeURIComponent('王毅')}`)).items as Summary[];
    const byLatin = (await json('/api/v1/people?q=wang%20yi&side=counterpart&country=cn')).items as Summary[];
    expect(byJa.map((p) => p.id)).toEqual(byLatin.map((p) => p.id));
    expect(byJa).toHaveLength(1);
    expect(byJa[0]).toMatchObject({ country: 'CN', nameLatin: 'Wang Yi', nameJa: '王毅' });
    const japan = (await json('/api/v1/people?side=japan')).items as Summary[];
    expect(japan.length).toBeGreaterThan(0);
    for (const p of japan) expect(p.side).toBe('japan');
  });

  it('gives one person every appearance, in both languages, with the office and one meeting id per pair', async () => {
    const kono = ((await json(`/api/v1/people?q=${encodeURIComponent('河野太郎')}`)).items as Summary[])[0]!;
    const person = await json(`/api/v1/people/${encodeURIComponent(kono.id)}`);
    const at = (url: string) =>
      person.appearances.find((a: { readoutId: string }) => a.readoutId === idOfUrl(url));
    expect(at(MEXICO_EN)).toMatchObject({ lang: 'en', office: 'foreign-minister', date: '2018-08-17' });
    expect(at(MEXICO_JA)).toMatchObject({
      lang: 'ja',
      office: 'foreign-minister',
      name: expect.stringContaining('河野'),
    });
    // Both language versions are one meeting.
    expect(at(MEXICO_JA).meetingId).toBe(at(MEXICO_EN).meetingId);
    expect(person.meetingIds).toEqual(kono.meetingIds);
    expect(new Set(person.appearances.map((a: { meetingId: string }) => a.meetingId)).size).toBe(
      kono.meetingIds.length,
    );
    const dates = person.appearances.map((a: { date: string | null }) => a.date ?? '9999');
    expect(dates).toEqual([...dates].sort());
  });

  it('answers 404 for a person not in the caller’s collection', async () => {
    expect((await t.get('/api/v1/people/nobody', t.alice.token)).status).toBe(404);
    const kono = ((await json(`/api/v1/people?q=${encodeURIComponent('河野太郎')}`)).items as Summary[])[0]!;
    expect((await t.get(`/api/v1/people/${encodeURIComponent(kono.id)}`, t.bob.token)).status).toBe(404);
    expect((await json('/api/v1/people', t.bob.token)).items).toEqual([]);
  });

  it('sees a new capture at once', async () => {
    const before = (await json('/api/v1/people?q=Zelenskyy')).items;
    expect(before).toEqual([]);
    await t.trpc(t.alice.token).sync.push.mutate({
      clientId: 'c2',
      mutations: [
        captureOf(1, {
          id: 'ua-1',
          date: '2031-01-01',
          participants: [
            {
              name: 'Volodymyr Zelenskyy',
              nameLatin: null,
              familyName: 'Zelenskyy',
              title: 'President',
              country: 'UA',
              side: 'counterpart',
              role: 'principal',
            },
          ],
        }),
      ],
    });
    expect((await json('/api/v1/people?q=Zelenskyy')).items).toHaveLength(1);
  });

  it('keeps /stats without parameters as it was (the same as tRPC readouts.stats)', async () => {
    const stats = await json('/api/v1/stats');
    expect(stats).toEqual(await t.trpc(t.alice.token).readouts.stats.query());
    expect(stats.total).toBe(poolCaptures().length);
  });

  it('groups the readouts the listing filters select by country, year, format and office', async () => {
    const all = await json('/api/v1/stats?groupBy=country,year,format,office');
    expect(all.total).toBe(poolCaptures().length);
    expect(Object.keys(all.groups)).toEqual(['country', 'year', 'format', 'office']);
    const sum = (groups: Group[]) => groups.reduce((n, g) => n + g.readouts, 0);
    expect(sum(all.groups.year)).toBe(all.total);
    expect(sum(all.groups.format)).toBe(all.total);
    expect(sum(all.groups.office)).toBe(all.total);
    const years = all.groups.year.map((g: Group) => g.key).filter((k: string) => k !== 'unknown');
    expect(years).toEqual([...years].sort());
    for (const g of all.groups.year as Group[]) expect(g.meetings).toBeLessThanOrEqual(g.readouts);

    const listing = await json('/api/v1/readouts?country=MX&lang=en&limit=200');
    const mx = await json('/api/v1/stats?country=MX&lang=en&groupBy=office');
    expect(mx.total).toBe(listing.items.length);
    expect(Object.keys(mx.groups)).toEqual(['office']);
    expect(sum(mx.groups.office)).toBe(listing.items.length);
    // Filters alone group by all four.
    expect(Object.keys((await json('/api/v1/stats?from=2018-01-01')).groups)).toHaveLength(4);
  });

  it.each([
    ['/api/v1/stats?groupBy=colour', 'groupBy'],
    ['/api/v1/stats?groupBy=year&to=2020-02-30', 'to'],
    ['/api/v1/stats?format=dinner', 'format'],
    ['/api/v1/stats?per=year', 'per'],
    ['/api/v1/people?side=both', 'side'],
    ['/api/v1/people?country=Japan', 'country'],
    ['/api/v1/people?limit=5', 'limit'],
  ])('%s is a 400 naming %s', async (path, parameter) => {
    const res = await t.get(path, t.alice.token);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.issues.map((i: { path: string }) => i.path)).toContain(parameter);
  });
});
