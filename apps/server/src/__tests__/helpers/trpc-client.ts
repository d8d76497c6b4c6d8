// A typed tRPC client against a real server URL, as the extension would use it.
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../../root';

/** A client for `baseUrl` authenticating with `token`. */
export function trpcClient(baseUrl: string, token: string) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${baseUrl}/trpc`, headers: { Authorization: `Bearer ${token}` } })],
  });
}
