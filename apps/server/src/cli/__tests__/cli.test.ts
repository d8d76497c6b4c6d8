// The readouts CLI in-process on a temporary SQLite data directory: users, tokens, import, export.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeReadout, fakeReadoutContent } from '../../__tests__/helpers/factories';
import { hashToken } from '../../auth/tokens';
import { ReadoutQuery } from '../../query/params';
import { openSqliteStorage } from '../../storage/sqlite';
import { exportCommand } from '../export';
import type { CliIo } from '../io';
import { runCli } from '../main';

describe('readouts CLI', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  const io = (): CliIo => ({ out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  const run = (...args: string[]) => runCli([...args, '--data', dir], io());

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readouts-cli-'));
    out = [];
    err = [];
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates a user and prints a working token as the last line', async () => {
    expect(await run('user', 'add', 'alice')).toBe(0);
    const token = out.at(-1)!;
    expect(token).toMatch(/^rdt_[A-Za-z0-9_-]{43}$/);
    const storage = openSqliteStorage(dir);
    expect(await storage.authenticate(hashToken(token))).toMatchObject({ userName: 'alice' });
    await storage.close();
    expect(await run('user', 'add', 'alice')).toBe(1);
    expect(err.at(-1)).toContain('already exists');
  });

  it('adds, lists and revokes device tokens', async () => {
    await run('user', 'add', 'alice');
    expect(await run('token', 'add', 'alice', '--device', 'laptop')).toBe(0);
    const laptopToken = out.at(-1)!;
    out = [];
    await run('token', 'list', 'alice');
    expect(out).toHaveLength(2);
    const laptop = out.find((l) => l.includes('\tlaptop\t'))!;
    const id = laptop.split('\t')[0]!;
    expect(await run('token', 'revoke', id)).toBe(0);
    expect(await run('token', 'revoke', id)).toBe(1);
    const storage = openSqliteStorage(dir);
    expect(await storage.authenticate(hashToken(laptopToken))).toBeNull();
    await storage.close();
    expect(await run('token', 'add', 'nobody', '--device', 'x')).toBe(1);
  });

  it('imports JSON Lines of readouts, reports bad lines, and exports them again', async () => {
    await run('user', 'add', 'alice');
    const file = path.join(dir, 'in.jsonl');
    const starred = fakeReadout({ id: 'one', user: { tags: ['g7'], note: 'n', starred: true } });
    fs.writeFileSync(
      file,
      [
        JSON.stringify(starred),
        JSON.stringify(fakeReadoutContent({ id: 'two' })),
        '{"broken": true}',
        '',
      ].join('\n'),
    );
    expect(await run('import', file, '--user', 'alice')).toBe(1);
    expect(err.join('\n')).toContain('in.jsonl:3');
    let exported = '';
    await exportCommand(['--user', 'alice', '--data', dir], io(), (s) => {
      exported += s;
    });
    const records = exported
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.id).sort()).toEqual(['one', 'two']);
    expect(records.find((r) => r.id === 'one').user).toEqual({
      tags: ['g7'],
      note: 'n',
      noteVersion: expect.any(String),
      starred: true,
    });
  });

  it('imports a saved MOFA page through the extractor and finds it by Japanese full text', async () => {
    await run('user', 'add', 'alice');
    const page = path.join(import.meta.dirname, 'fixtures', 'mofaj-a_o-na-kr-page3_003014.html');
    expect(await run('import', page, '--user', 'alice')).toBe(0);
    expect(out.at(-1)).toContain('1 change(s) applied');
    const storage = openSqliteStorage(dir);
    const user = await storage.findUser('alice');
    const found = await storage.listReadouts(user!.id, ReadoutQuery.parse({ q: '外相会談' }));
    await storage.close();
    expect(found.items.map((r) => r.id)).toEqual(['mofaj-a_o-na-kr-page3_003014']);
    expect(found.items[0]!.lang).toBe('ja');
  });

  it('prints usage and exits 2 for unknown commands or missing arguments', async () => {
    expect(await runCli(['frobnicate'], io())).toBe(2);
    expect(await run('import', 'x.jsonl')).toBe(2);
    expect(err.join('\n')).toContain('usage');
  });
});
