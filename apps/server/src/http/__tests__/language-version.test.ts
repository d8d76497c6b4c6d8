// `languageVersion` on REST readouts, on both backends: after the labelled English/Japanese pool
// is pushed, each English page of a labelled pair names its Japanese page (and back), issue 12's
// same-afternoon distractor stays unpaired, and a write to the collection is seen at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { idOfUrl, pairingPool, poolCaptures } from '../../__tests__/helpers/pairing-pool';

const MEXICO_EN = 'https://www.mofa.go.jp/la_c/m_ca_c/mx/page4e_000895.html';
const MEXICO_JA = 'https://www.mofa.go.jp/mofaj/la_c/m_ca_c/mx/page4_004273.html';
const DISTRACTOR = 'https://www.mofa.go.jp/mofaj/la_c/m_ca_c/mx/page4_004275.html';

describe.each(backends)('languageVersion on $name', (backend) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(backend);
    await t.trpc(t.alice.token).sync.push.mutate({ clientId: 'c1', mutations: poolCaptures() });
  });
  afterEach(() => t.stop());

  const versionOf = async (id: string, token = t.alice.token) => {
    const res = await t.get(`/api/v1/readouts/${id}`, token);
    expect(res.status).toBe(200);
    return (await res.json()).languageVersion;
  };

  it('gives each English page of a labelled pair its Japanese page, and the Japanese page the English', async () => {
    const { pairs } = pairingPool().labels;
    expect(pairs.length).toBeGreaterThan(5);
    for (const pair of pairs) {
      expect([pair.en, await versionOf(idOfUrl(pair.en))]).toEqual([
        pair.en,
        { id: idOfUrl(pair.ja), lang: 'ja' },
      ]);
      expect(await versionOf(idOfUrl(pair.ja))).toEqual({ id: idOfUrl(pair.en), lang: 'en' });
    }
  });

  it('leaves the Mexico courtesy call of the same afternoon unpaired', async () => {
    expect(await versionOf(idOfUrl(MEXICO_EN))).toEqual({ id: idOfUrl(MEXICO_JA), lang: 'ja' });
    expect(await versionOf(idOfUrl(DISTRACTOR))).toBeNull();
  });

  it('carries it on every readout of a listing page and of a PATCH answer', async () => {
    const page = await (await t.get('/api/v1/readouts?country=MX&limit=200', t.alice.token)).json();
    expect(page.items.length).toBeGreaterThan(1);
    for (const r of page.items) expect(r).toHaveProperty('languageVersion');
    expect(page.items.find((r: { id: string }) => r.id === idOfUrl(MEXICO_EN)).languageVersion.id).toBe(
      idOfUrl(MEXICO_JA),
    );
    const patched = await t.app.request(`/api/v1/readouts/${idOfUrl(MEXICO_EN)}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${t.alice.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ note: 'seen' }),
    });
    expect((await patched.json()).languageVersion).toEqual({ id: idOfUrl(MEXICO_JA), lang: 'ja' });
  });

  it('follows writes: deleting the Japanese page unpairs the English one at once', async () => {
    expect(await versionOf(idOfUrl(MEXICO_EN))).not.toBeNull();
    const deleted = await t.app.request(`/api/v1/readouts/${idOfUrl(MEXICO_JA)}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${t.alice.token}` },
    });
    expect(deleted.status).toBe(204);
    expect(await versionOf(idOfUrl(MEXICO_EN))).toBeNull();
  });

  it('pairs within one user’s collection only', async () => {
    const mexico = pairingPool().readouts.find((r) => r.url === MEXICO_EN)!;
    await t.trpc(t.bob.token).sync.push.mutate({
      clientId: 'b1',
      mutations: poolCaptures()
        .filter((m) => m.readoutId === mexico.id)
        .map((m) => ({ ...m, id: 1 })),
    });
    expect(await versionOf(mexico.id, t.bob.token)).toBeNull();
  });
});
