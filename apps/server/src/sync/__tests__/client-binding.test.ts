// Issue 9, finding 11: two devices with one client id must not silently lose writes. A client id
// is bound to the device token that first pushed as it; another token pushing it gets a 409.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { captures } from '../../__tests__/helpers/factories';
import { addDeviceToken } from '../../auth/accounts';
import { applyToRecord } from '../reducer';

describe.each(backends)('client ids per device token on $name', (backend) => {
  let t: TestApp;
  let second: string;
  beforeEach(async () => {
    t = await startTestApp(backend);
    second = (await addDeviceToken(t.storage, 'alice', 'laptop')).token;
  });
  afterEach(() => t.stop());

  it('refuses a known client id pushed from another token with 409, applying nothing', async () => {
    const first = t.trpc(t.alice.token);
    expect(await first.sync.push.mutate({ clientId: 'shared', mutations: captures(3, 1, 'a') })).toEqual({
      lastMutationId: 3,
    });
    const other = t.trpc(second);
    const error = await other.sync.push
      .mutate({ clientId: 'shared', mutations: captures(3, 1, 'b') })
      .catch((e) => e);
    expect(error.data).toMatchObject({
      code: 'CONFLICT',
      httpStatus: 409,
      clientTaken: { code: 'CLIENT_ID_TAKEN', clientId: 'shared' },
    });
    expect(error.message).toContain('take a new client id');
    // Before the fix this answered 200 { lastMutationId: 3 } and dropped all three, silently.
    const ids = (await first.sync.pull.query({ cursor: null })).changes.map((c) => c.id);
    expect(ids.filter((id) => id.startsWith('b-'))).toEqual([]);
    // Under a client id of its own, the second device's writes land.
    expect(await other.sync.push.mutate({ clientId: 'laptop-1', mutations: captures(3, 1, 'b') })).toEqual({
      lastMutationId: 3,
    });
    // And the first device goes on as before.
    expect(await first.sync.push.mutate({ clientId: 'shared', mutations: captures(1, 4, 'a2') })).toEqual({
      lastMutationId: 4,
    });
    expect((await first.sync.pull.query({ cursor: null })).changes).toHaveLength(7);
  });

  it('binds a client recorded before binding existed to the next token that pushes it', async () => {
    // A push without a token (what an older server recorded, or the CLI import) leaves it unbound.
    await t.storage.push(t.alice.id, 'legacy', captures(1, 1, 'l'), applyToRecord);
    const first = t.trpc(t.alice.token);
    expect(await first.sync.push.mutate({ clientId: 'legacy', mutations: captures(1, 2, 'm') })).toEqual({
      lastMutationId: 2,
    });
    const error = await t
      .trpc(second)
      .sync.push.mutate({ clientId: 'legacy', mutations: captures(1, 3, 'n') })
      .catch((e) => e);
    expect(error.data?.httpStatus).toBe(409);
  });

  it('does not tell a pull the progress of a client id bound to another token (fast path and tRPC)', async () => {
    await t.trpc(t.alice.token).sync.push.mutate({ clientId: 'shared', mutations: captures(3, 1, 'a') });
    const input = encodeURIComponent(JSON.stringify({ cursor: null, clientId: 'shared' }));
    const batchInput = encodeURIComponent(JSON.stringify({ 0: { cursor: null, clientId: 'shared' } }));
    const plain = async (token: string) =>
      ((await (await t.get(`/trpc/sync.pull?input=${input}`, token)).json()) as { result: { data: object } })
        .result.data;
    const batched = async (token: string) =>
      (
        (await (await t.get(`/trpc/sync.pull?batch=1&input=${batchInput}`, token)).json()) as Array<{
          result: { data: object };
        }>
      )[0]!.result.data;
    for (const pull of [plain, batched]) {
      expect(await pull(t.alice.token)).toMatchObject({ lastMutationId: 3 });
      const other = await pull(second);
      expect(other).not.toHaveProperty('lastMutationId');
      // The records themselves are the user's, so the other device still gets them.
      expect(other).toMatchObject({ hasMore: false });
      expect((other as { changes: unknown[] }).changes).toHaveLength(3);
    }
    // A client id nobody has bound yet (an import's, an older server's) is answered to any token.
    await t.storage.push(t.alice.id, 'legacy', captures(1, 1, 'l'), applyToRecord);
    expect(await t.trpc(second).sync.pull.query({ cursor: null, clientId: 'legacy' })).toMatchObject({
      lastMutationId: 1,
    });
  });
});
