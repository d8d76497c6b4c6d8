import { describe, expect, it } from 'vitest';
import { createTrpcTransport } from '../transport';

const pull = { cursor: null, limit: 10 };

function transportAnswering(answer: () => Response | Promise<Response>) {
  const seen: Request[] = [];
  const transport = createTrpcTransport({
    serverUrl: 'http://sync.test',
    token: 'rdt_x',
    now: () => 0,
    fetch: async (input, init) => {
      seen.push(new Request(input, init));
      return answer();
    },
  });
  return { transport, seen };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('createTrpcTransport', () => {
  it('calls sync.pull with the bearer token and returns the result', async () => {
    const page = { changes: [], cursor: '0', hasMore: false };
    const { transport, seen } = transportAnswering(() => json(200, { result: { data: page } }));
    expect(await transport.pull(pull)).toEqual(page);
    expect(seen[0]!.url).toContain('http://sync.test/trpc/sync.pull');
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer rdt_x');
  });

  it('classifies a refused token, overload and a network failure', async () => {
    const refused = transportAnswering(() => json(401, { error: { message: 'no' } })).transport;
    await expect(refused.pull(pull)).rejects.toMatchObject({ kind: 'unauthorized' });
    const busy = transportAnswering(() => json(429, {}, { 'Retry-After': '12' })).transport;
    await expect(busy.pull(pull)).rejects.toMatchObject({
      kind: 'unavailable',
      details: { retryAfterMs: 12_000 },
    });
    const down = transportAnswering(() => json(503, {})).transport;
    await expect(down.pull(pull)).rejects.toMatchObject({ kind: 'unavailable', details: { status: 503 } });
    const offline = transportAnswering(() => Promise.reject(new TypeError('Failed to fetch'))).transport;
    await expect(offline.pull(pull)).rejects.toMatchObject({ kind: 'offline' });
  });

  it('reads the expected id of a MUTATION_GAP', async () => {
    const gap = {
      error: {
        message: 'mutation id gap: expected mutation 4 next',
        code: -32009,
        data: { code: 'CONFLICT', httpStatus: 409, gap: { code: 'MUTATION_GAP', expected: 4 } },
      },
    };
    const { transport } = transportAnswering(() => json(409, gap));
    await expect(transport.push({ clientId: 'c1', mutations: [] as never })).rejects.toMatchObject({
      kind: 'gap',
      details: { expected: 4 },
    });
  });

  it('reads a client id owned by another token as clientTaken', async () => {
    const taken = {
      error: {
        message: 'client id c1 is in use by another device token',
        code: -32009,
        data: { code: 'CONFLICT', httpStatus: 409, clientTaken: { code: 'CLIENT_ID_TAKEN', clientId: 'c1' } },
      },
    };
    const { transport } = transportAnswering(() => json(409, taken));
    await expect(transport.push({ clientId: 'c1', mutations: [] as never })).rejects.toMatchObject({
      kind: 'clientTaken',
      details: { status: 409 },
    });
  });

  it('reads a cursor the server has not reached as a reset', async () => {
    const ahead = {
      error: {
        message: 'cursor 7 is ahead of this collection (change 5)',
        code: -32009,
        data: { code: 'CONFLICT', httpStatus: 409, cursorAhead: { code: 'CURSOR_AHEAD', head: 5 } },
      },
    };
    const { transport } = transportAnswering(() => json(409, ahead));
    await expect(transport.pull({ cursor: '7', limit: 10 })).rejects.toMatchObject({ kind: 'reset' });
  });
});
