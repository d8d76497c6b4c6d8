// Structured request logs: one JSON line per request with method, path, status and user.
import { describe, expect, it } from 'vitest';
import { testOptions } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { fakeUser } from '../../__tests__/helpers/factories';
import { createApp } from '../app';
import { createLogger } from '../logger';

describe('request logs', () => {
  it('writes one JSON line per request, naming the user when authenticated', async () => {
    const { open, drop } = await backends[0]!.create();
    const storage = await open();
    const alice = await fakeUser(storage, 'alice');
    const lines: string[] = [];
    const app = createApp(
      storage,
      testOptions,
      createLogger(true, (line) => lines.push(line)),
    );
    await app.request('/api/v1/stats', { headers: { Authorization: `Bearer ${alice.token}` } });
    await app.request('/api/v1/stats');
    await storage.close();
    await drop();
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.endsWith('\n') && l.indexOf('\n') === l.length - 1)).toBe(true);
    const [ok, denied] = lines.map((l) => JSON.parse(l));
    expect(ok).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'GET',
      path: '/api/v1/stats',
      status: 200,
      user: 'alice',
    });
    expect(denied).toMatchObject({ status: 401 });
    expect(denied.user).toBeUndefined();
    expect(typeof ok.ms).toBe('number');
  });

  it('writes nothing when disabled', () => {
    const lines: string[] = [];
    createLogger(false, (line) => lines.push(line)).info('request');
    expect(lines).toEqual([]);
  });
});
