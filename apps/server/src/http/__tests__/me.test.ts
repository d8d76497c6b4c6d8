// GET /api/v1/me, on both backends: the user, the token's label and the sync client id bound to
// the token by its first push (not the token's own REST-edit client), each token its own.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { captureOf } from '../../__tests__/helpers/factories';
import { addDeviceToken } from '../../auth/accounts';

describe.each(backends)('GET /api/v1/me on $name', (backend) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(backend);
  });
  afterEach(() => t.stop());

  const me = async (token: string) => {
    const res = await t.get('/api/v1/me', token);
    expect(res.status).toBe(200);
    return res.json();
  };

  it('names the user and the token, with no client id before the first push', async () => {
    const body = await me(t.alice.token);
    expect(body).toEqual({
      user: { id: t.alice.id, name: 'alice' },
      token: { id: expect.any(String), label: 'test-device', createdAt: expect.any(String) },
      clientId: null,
    });
    expect((await t.storage.listTokens(t.alice.id)).map((x) => x.id)).toContain(body.token.id);
  });

  it('answers the client id a push bound to the token, and keeps it through REST edits', async () => {
    await t
      .trpc(t.alice.token)
      .sync.push.mutate({ clientId: 'laptop-1', mutations: [captureOf(1, { id: 'a' })] });
    expect((await me(t.alice.token)).clientId).toBe('laptop-1');
    const edit = await t.app.request('/api/v1/readouts/a', {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${t.alice.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ starred: true }),
    });
    expect(edit.status).toBe(200);
    expect((await me(t.alice.token)).clientId).toBe('laptop-1');
  });

  it('tells two devices of one user apart', async () => {
    const phone = await addDeviceToken(t.storage, 'alice', 'phone');
    await t
      .trpc(t.alice.token)
      .sync.push.mutate({ clientId: 'laptop-1', mutations: [captureOf(1, { id: 'a' })] });
    const body = await me(phone.token);
    expect(body).toMatchObject({ user: { name: 'alice' }, token: { label: 'phone' }, clientId: null });
    expect((await me(t.bob.token)).user.name).toBe('bob');
  });

  it('is a 401 without a token', async () => {
    expect((await t.get('/api/v1/me')).status).toBe(401);
  });
});
