// `readouts import` of a page already in the collection is a re-capture: the page's new values
// replace the extracted ones, the user's corrections stay, and a corrected field whose value on
// the page changed is marked. Corrections made over REST, on a real SQLite data directory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readout } from '@readouts/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testOptions } from '../../__tests__/helpers/app';
import { fakeReadout } from '../../__tests__/helpers/factories';
import { createApp } from '../../http/app';
import { openSqliteStorage } from '../../storage/sqlite';
import type { CliIo } from '../io';
import { runCli } from '../main';

const PAGE = path.join(import.meta.dirname, 'fixtures', 'mofaj-a_o-na-kr-page3_003014.html');
const ID = 'mofaj-a_o-na-kr-page3_003014';

describe('readouts import keeps corrections', () => {
  let dir: string;
  let out: string[];
  const io = (): CliIo => ({ out: (l) => out.push(l), err: (l) => out.push(l), env: {} });
  const run = (...args: string[]) => runCli([...args, '--data', dir], io());

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readouts-reimport-'));
    out = [];
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The REST API over the same data directory, as alice (whose token `user add` printed). */
  const rest = async () => {
    await run('user', 'add', 'alice');
    const token = out.at(-1)!;
    const storage = openSqliteStorage(dir);
    const app = createApp(storage, testOptions);
    const call = async (method: string, body?: unknown) => {
      const response = await app.request(`/api/v1/readouts/${ID}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      expect(response.status).toBe(200);
      return (await response.json()) as Readout;
    };
    return { call, close: () => storage.close() };
  };

  /** The fixture page with the meeting an hour later and ten minutes shorter. */
  const changedPage = () => {
    const file = path.join(dir, `${ID}.html`);
    const html = fs.readFileSync(PAGE, 'utf8');
    fs.writeFileSync(file, html.replace('24日午前9時頃', '24日午前10時頃').replace('約50分間', '約40分間'));
    return file;
  };

  it('keeps a REST correction through a re-import of the changed page, marks it, and reverts it', async () => {
    const api = await rest();
    expect(await run('import', PAGE, '--user', 'alice')).toBe(0);
    const corrected = await api.call('PATCH', { durationMinutes: 55, title: '日韓外相会談(成都)' });
    expect(corrected).toMatchObject({ durationMinutes: 55, corrected: ['title', 'durationMinutes'] });

    // The same page again changes nothing of the correction.
    expect(await run('import', PAGE, '--user', 'alice')).toBe(0);
    expect(await api.call('GET')).toMatchObject({ durationMinutes: 55, pageChanged: [] });

    expect(await run('import', changedPage(), '--user', 'alice', '--url', corrected.url)).toBe(0);
    const after = await api.call('GET');
    expect(after).toMatchObject({
      title: '日韓外相会談(成都)',
      durationMinutes: 55,
      startTime: '10:00',
      corrected: ['title', 'durationMinutes'],
      extracted: { title: '日韓外相会談', durationMinutes: 40 },
      pageChanged: ['durationMinutes'],
    });

    const reverted = await api.call('PATCH', { durationMinutes: null });
    expect(reverted).toMatchObject({ durationMinutes: 40, corrected: ['title'], pageChanged: [] });
    await api.close();
  });

  it('imports a saved readout’s corrections, and a re-import of bare page content keeps them', async () => {
    const api = await rest();
    const saved = fakeReadout({
      id: ID,
      date: '2019-11-21',
      corrected: ['date'],
      extracted: { date: '2019-11-22' },
      user: { tags: ['Korea'], note: '', starred: false },
    });
    const file = path.join(dir, 'saved.jsonl');
    fs.writeFileSync(file, `${JSON.stringify(saved)}\n`);
    expect(await run('import', file, '--user', 'alice')).toBe(0);
    expect(await api.call('GET')).toMatchObject({
      date: '2019-11-21',
      corrected: ['date'],
      extracted: { date: '2019-11-22' },
      pageChanged: [],
      user: { tags: ['Korea'] },
    });

    const { user: _user, corrected: _c, extracted: _e, pageChanged: _p, ...content } = saved;
    const later = {
      ...content,
      date: '2019-11-23',
      capture: { ...content.capture, capturedAt: new Date().toISOString() },
    };
    const bare = path.join(dir, 'bare.jsonl');
    fs.writeFileSync(bare, `${JSON.stringify(later)}\n`);
    expect(await run('import', bare, '--user', 'alice')).toBe(0);
    expect(await api.call('GET')).toMatchObject({
      date: '2019-11-21',
      extracted: { date: '2019-11-23' },
      pageChanged: ['date'],
      user: { tags: ['Korea'] },
    });
    await api.close();
  });
});
