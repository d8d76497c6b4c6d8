// Each record's history over REST (GET /api/v1/readouts/{id}/history) and tRPC (readouts.history):
// what changed, when and from which device, compact (never the whole capture).
import type { HistoryEntry } from '@readouts/api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { captureOf, nextHlc } from '../../__tests__/helpers/factories';
import { addDeviceToken } from '../../auth/accounts';

describe.each(backends)('record history on $name', (backend) => {
  let t: TestApp;
  let laptop: string;
  beforeEach(async () => {
    t = await startTestApp(backend);
    laptop = (await addDeviceToken(t.storage, 'alice', 'laptop')).token;
  });
  afterEach(() => t.stop());

  const history = async (id: string, query = '', token = t.alice.token) => {
    const response = await t.get(`/api/v1/readouts/${id}/history${query}`, token);
    return { status: response.status, body: (await response.json()) as { items: HistoryEntry[] } };
  };
  const patch = (id: string, body: unknown, token: string) =>
    t.app.request(`/api/v1/readouts/${id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  /** The laptop captures and tags `a`, a program corrects it through alice's first token, then deletes it. */
  const edited = async () => {
    const capture = captureOf(1, { id: 'a' }, 'lap');
    await t.trpc(laptop).sync.push.mutate({
      clientId: 'lap',
      mutations: [
        capture,
        { id: 2, readoutId: 'a', hlc: nextHlc('lap'), type: 'setTags', add: ['G7', 'Quad'], remove: [] },
        { id: 3, readoutId: 'a', hlc: nextHlc('lap'), type: 'setStarred', starred: true },
      ],
    });
    await patch(
      'a',
      { date: '2018-08-18', participants: null, note: 'checked', tags: ['Quad'] },
      t.alice.token,
    );
    await t.app.request('/api/v1/readouts/a', {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${t.alice.token}` },
    });
    return capture;
  };

  it('lists every applied mutation newest first, naming the device, compactly', async () => {
    const capture = await edited();
    const { status, body } = await history('a');
    expect(status).toBe(200);
    expect(body.items.map((e) => [e.type, e.device])).toEqual([
      ['delete', 'test-device'],
      ['setNote', 'test-device'],
      ['setTags', 'test-device'],
      ['correct', 'test-device'],
      ['setStarred', 'laptop'],
      ['setTags', 'laptop'],
      ['capture', 'laptop'],
    ]);
    const byType = Object.fromEntries(body.items.map((e) => [e.type, e]));
    expect(byType.correct!.detail).toEqual({
      fields: { date: { before: '2019-11-22', after: '2018-08-18' }, participants: { reverted: true } },
    });
    expect(byType.correct!.clientId).toMatch(/^rest-tok_/);
    expect(body.items[2]!.detail).toEqual({ added: [], removed: ['G7'] });
    expect(body.items.at(-2)!.detail).toEqual({ added: ['G7', 'Quad'], removed: [] });
    expect(byType.setNote!.detail).toEqual({ length: 7, excerpt: 'checked' });
    expect(byType.setStarred!.detail).toEqual({ starred: true });
    expect(byType.capture!.detail).toEqual({
      extractorVersion: capture.type === 'capture' && capture.readout.capture.extractorVersion,
      contentHash: capture.type === 'capture' && capture.readout.capture.contentHash,
      capturedAt: capture.type === 'capture' && capture.readout.capture.capturedAt,
    });
    // Never the whole capture: no page content in any entry.
    expect(JSON.stringify(body)).not.toContain('Marise Payne');
    for (const entry of body.items) expect(Number.isNaN(Date.parse(entry.appliedAt))).toBe(false);
  });

  it('answers the same entries over tRPC, and `limit` keeps the newest', async () => {
    await edited();
    const rest = await history('a');
    const trpc = await t.trpc(t.alice.token).readouts.history.query({ id: 'a' });
    expect(trpc).toEqual(rest.body.items);
    const newest = await history('a', '?limit=2');
    expect(newest.body.items).toEqual(rest.body.items.slice(0, 2));
  });

  it('is 404 for a readout never stored or another user’s, and 400 for a bad limit', async () => {
    await edited();
    expect((await history('nope')).status).toBe(404);
    expect((await history('a', '', t.bob.token)).status).toBe(404);
    const error = await t
      .trpc(t.bob.token)
      .readouts.history.query({ id: 'a' })
      .catch((e) => e);
    expect(error.data?.code).toBe('NOT_FOUND');
    expect((await history('a', '?limit=0')).status).toBe(400);
    expect((await history('a', '?limit=201')).status).toBe(400);
    expect((await history('a', '?colour=red')).status).toBe(400);
  });
});
