// The reader thread pool: answers and errors come back to their callers, a thread that dies is
// replaced and its calls fail instead of hanging, a thread that cannot start is retried later.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { captureOf, fakeUser } from '../../__tests__/helpers/factories';
import { ReadoutQuery } from '../../query/params';
import { applyToRecord } from '../../sync/reducer';
import { ReaderExitedError, ReaderPool } from '../reader-pool';
import { openSqliteStorage } from '../sqlite';

const fixture = (name: string) => new URL(`./fixtures/${name}.ts`, import.meta.url);

describe('reader pool', () => {
  let pool: ReaderPool;
  afterEach(async () => {
    await pool.close();
  });

  it('answers calls, several threads at once', async () => {
    pool = new ReaderPool({ module: fixture('test-reader'), size: 2 });
    expect(await pool.run('echo', [{ a: [1, 'b'] }])).toEqual({ a: [1, 'b'] });
    const answers = await Promise.all([1, 2, 3, 4].map((n) => pool.run('echo', [n])));
    expect(answers).toEqual([1, 2, 3, 4]);
  });

  it("hands a thread's error to the caller with its name, and goes on answering", async () => {
    pool = new ReaderPool({ module: fixture('test-reader'), size: 1 });
    const failed = await pool.run('fail', ['bad query']).catch((e: Error) => e);
    expect(failed).toBeInstanceOf(Error);
    expect((failed as Error).name).toBe('CustomError');
    expect((failed as Error).message).toBe('bad query');
    await expect(pool.run('nope', [])).rejects.toThrow('no read named nope');
    expect(await pool.run('echo', ['still here'])).toBe('still here');
  });

  it('fails the calls of a thread that dies, replaces it, and answers the next call', async () => {
    pool = new ReaderPool({ module: fixture('test-reader'), size: 1 });
    await pool.run('echo', [0]);
    // Queued behind the exit in the same thread: both fail, neither hangs.
    const dying = pool.run('exit', [7]);
    const queued = pool.run('echo', ['queued']);
    await expect(dying).rejects.toBeInstanceOf(ReaderExitedError);
    await expect(queued).rejects.toThrow(/exited \(code 7\)/);
    expect(await pool.run('echo', ['after'])).toBe('after');
    expect(pool.started).toBe(2);
  });

  it('sends a call to the thread with fewer calls outstanding', async () => {
    pool = new ReaderPool({ module: fixture('test-reader'), size: 2 });
    await Promise.all([pool.run('echo', [1]), pool.run('echo', [2])]);
    const order: string[] = [];
    const slow = pool.run('busy', [300]).then(() => order.push('slow'));
    const quick = pool.run('echo', ['quick']).then(() => order.push('quick'));
    await Promise.all([slow, quick]);
    expect(order).toEqual(['quick', 'slow']);
  });

  it('fails calls to a thread that cannot start, rather than waiting for it', async () => {
    pool = new ReaderPool({ module: fixture('broken-reader'), size: 1 });
    await expect(pool.run('echo', [1])).rejects.toThrow(/no database here/);
    // Until the retry, there is no thread: calls fail at once with the reason.
    await expect(pool.run('echo', [1])).rejects.toThrow(/failed to start: no database here/);
  });
});

describe('SQLite with reader threads', () => {
  it('answers every listing and stats with what was committed before it was asked', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readouts-readers-'));
    const storage = openSqliteStorage(dir, { readers: 2 });
    try {
      const alice = await fakeUser(storage, 'alice');
      const all = ReadoutQuery.parse({ limit: 200 });
      const searched = ReadoutQuery.parse({ q: 'harbour', limit: 200 });
      for (let i = 1; i <= 12; i++) {
        const id = `r-${String(i).padStart(2, '0')}`;
        await storage.push(alice.id, 'c1', [captureOf(i, { id, title: `Harbour talk ${i}` })], applyToRecord);
        // Asked at once and side by side, after the push answered: each sees all i records.
        const [listed, found, stats] = await Promise.all([
          storage.listReadouts(alice.id, all),
          storage.listReadouts(alice.id, searched),
          storage.stats(alice.id),
        ]);
        expect(listed.items).toHaveLength(i);
        expect(found.items.map((r) => r.id)).toContain(id);
        expect(stats.total).toBe(i);
      }
      await expect(
        storage.listReadouts(alice.id, ReadoutQuery.parse({ cursor: 'not-a-cursor' })),
      ).rejects.toMatchObject({ name: 'InvalidCursorError' });
    } finally {
      await storage.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
