import { describe, expect, it } from 'vitest';
import { type Identity, loadIdentity } from '../identity';
import type { SyncSettings } from '../settings';

const settings: SyncSettings = { serverUrl: 'http://localhost:8787', token: 'rdt_secret', auto: true };
const alice: Identity = {
  user: { id: 1, name: 'alice' },
  token: { id: 'tok-1', label: 'laptop', createdAt: '2026-12-01T00:00:00.000Z' },
  clientId: 'device-a',
};

/** A fetch that records what it was asked and answers `respond()`. */
function server(respond: () => Response | Promise<Response>) {
  const asked: Array<{ url: string; auth: string | null }> = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    asked.push({ url: String(input), auth: new Headers(init?.headers).get('Authorization') });
    return respond();
  }) as typeof fetch;
  return { asked, fetchImpl };
}

describe('loadIdentity', () => {
  it('asks GET /api/v1/me with the token and answers who it acts as', async () => {
    const { asked, fetchImpl } = server(() => Response.json(alice));
    expect(await loadIdentity(settings, fetchImpl)).toEqual({ kind: 'connected', identity: alice });
    expect(asked).toEqual([{ url: 'http://localhost:8787/api/v1/me', auth: 'Bearer rdt_secret' }]);
  });

  it('says a refused token is refused, not unreachable', async () => {
    const { fetchImpl } = server(() => Response.json({ error: { code: 'UNAUTHORIZED' } }, { status: 401 }));
    expect(await loadIdentity(settings, fetchImpl)).toEqual({ kind: 'unauthorized' });
  });

  it('says a server that does not answer is unreachable, with the reason', async () => {
    const { fetchImpl } = server(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await loadIdentity(settings, fetchImpl)).toEqual({
      kind: 'unreachable',
      reason: 'Failed to fetch',
    });
  });

  it('does not take an error page or another shape for an identity', async () => {
    const page = server(() => new Response('<h1>Bad gateway</h1>', { status: 502 }));
    expect(await loadIdentity(settings, page.fetchImpl)).toEqual({ kind: 'failed', status: 502 });
    const other = server(() => Response.json({ hello: 'world' }));
    expect(await loadIdentity(settings, other.fetchImpl)).toEqual({ kind: 'failed', status: 200 });
  });

  it('asks nothing when no token is set', async () => {
    const { asked, fetchImpl } = server(() => Response.json(alice));
    expect(await loadIdentity({ ...settings, token: '' }, fetchImpl)).toEqual({ kind: 'off' });
    expect(asked).toEqual([]);
  });
});
