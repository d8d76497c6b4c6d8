// A test server: the real app over a fresh backend, two users, and typed tRPC clients that go
// through `app.request()` (the full middleware stack, no listening socket).
import { createTRPCClient, httpLink } from '@trpc/client';
import { type AppOptions, createApp } from '../../http/app';
import type { AppRouter } from '../../root';
import type { Storage } from '../../storage/types';
import type { Backend } from './backends';
import { fakeUser } from './factories';

export const testOptions: AppOptions = {
  corsOrigins: ['chrome-extension://*', 'moz-extension://*'],
  bodyLimitBytes: 1024 * 1024,
  maxBatch: 500,
  rateLimitPerMinute: 0,
};

/** Starts an app over a new store of `backend` with users alice and bob. */
export async function startTestApp(backend: Backend, options: Partial<AppOptions> = {}) {
  const { open, drop } = await backend.create();
  const storage: Storage = await open();
  const app = createApp(storage, { ...testOptions, ...options });
  const alice = await fakeUser(storage, 'alice');
  const bob = await fakeUser(storage, 'bob');
  const get = (path: string, token?: string, headers: Record<string, string> = {}) =>
    app.request(path, { headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers } });
  const trpc = (token: string | null) =>
    createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: 'http://localhost/trpc',
          fetch: async (url, init) => app.request(String(url), init as RequestInit),
          headers: token ? { Authorization: `Bearer ${token}` } : {},
        }),
      ],
    });
  return {
    app,
    storage,
    alice,
    bob,
    get,
    trpc,
    async stop() {
      await storage.close();
      await drop();
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof startTestApp>>;
