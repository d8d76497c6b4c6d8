// Users' pair indexes as the REST listing keeps them: caught up through pulls, and dropped least
// recently used first once all of them together hold more pages than the bound.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { idOfUrl, pairingPool, poolCaptures } from '../../__tests__/helpers/pairing-pool';
import { openSqliteStorage } from '../../storage/sqlite';
import type { Storage } from '../../storage/types';
import { applyToRecord } from '../../sync/reducer';
import { pairIndexes } from '../pair-index';

describe('pairIndexes', () => {
  let dir: string;
  let storage: Storage;
  const pulls: number[] = [];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pair-indexes-'));
    storage = openSqliteStorage(dir);
    const pull = storage.pull.bind(storage);
    pulls.length = 0;
    storage.pull = (userId, ...rest) => {
      pulls.push(userId);
      return pull(userId, ...rest);
    };
  });
  afterEach(async () => {
    await storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const userWithPool = async (name: string) => {
    const user = await storage.createUser(name);
    await storage.push(user.id, 'c1', poolCaptures(), applyToRecord);
    return user.id;
  };

  it('reads a user once, then only what changed, and drops the least recently used past the page bound', async () => {
    const [alice, bob] = [await userWithPool('alice'), await userWithPool('bob')];
    const pool = poolCaptures().length;
    const indexes = pairIndexes(storage, pool + 1);
    const { en, ja } = pairingPool().labels.pairs[0]!;

    const first = await indexes.get(alice);
    expect(first.size).toBe(pool);
    expect(first.otherVersion(idOfUrl(en))).toEqual({ id: idOfUrl(ja), lang: 'ja' });
    const alicePulls = pulls.filter((u) => u === alice).length;
    expect(alicePulls).toBeGreaterThan(0);

    await indexes.get(alice);
    expect(pulls.filter((u) => u === alice).length).toBe(alicePulls);

    // Bob's index makes two users' pages more than the bound: Alice's, used least recently, goes.
    expect((await indexes.get(bob)).size).toBe(pool);
    const again = await indexes.get(alice);
    expect(again).not.toBe(first);
    expect(pulls.filter((u) => u === alice).length).toBeGreaterThan(alicePulls);
    expect(again.otherVersion(idOfUrl(en))).toEqual({ id: idOfUrl(ja), lang: 'ja' });
  });

  it('keeps every index while the pages stay within the bound', async () => {
    const [alice, bob] = [await userWithPool('alice'), await userWithPool('bob')];
    const indexes = pairIndexes(storage, 10 * poolCaptures().length);
    const first = await indexes.get(alice);
    await indexes.get(bob);
    expect(await indexes.get(alice)).toBe(first);
  });
});
