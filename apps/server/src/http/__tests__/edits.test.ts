// Corrections and edits on the server: the `correct` mutation over tRPC push, and PATCH / DELETE of
// /api/v1/readouts/{id} applied as sync mutations that every device's next pull brings.
import {
  type Mutation,
  type Participant,
  PullResponse,
  type Readout,
  type RecordState,
} from '@readouts/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { captureOf, fakeReadoutContent, nextHlc } from '../../__tests__/helpers/factories';
import { hashToken } from '../../auth/tokens';

const payne: Participant = {
  name: 'Marise Payne',
  nameLatin: null,
  familyName: 'Payne',
  title: 'Minister for Foreign Affairs',
  country: 'AU',
  side: 'counterpart',
  role: 'principal',
};

describe.each(backends)('corrections and REST edits on $name', (backend) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(backend);
  });
  afterEach(() => t.stop());

  const send = (method: string, path: string, body?: unknown, token = t.alice.token) =>
    t.app.request(path, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  const patch = (id: string, body: unknown, token?: string) =>
    send('PATCH', `/api/v1/readouts/${id}`, body, token);
  const aliceTokenId = async () => (await t.storage.authenticate(hashToken(t.alice.token)))!.tokenId;
  const readout = async (id: string) =>
    (await (await t.get(`/api/v1/readouts/${id}`, t.alice.token)).json()) as Readout;

  /** Alice's device captures readout `a` (date 2019-11-22) as client `dev`. */
  const captured = async () => {
    const device = t.trpc(t.alice.token);
    await device.sync.push.mutate({ clientId: 'dev', mutations: [captureOf(1, { id: 'a' })] });
    return device;
  };

  it('applies a pushed correction through the shared reducer and serves it with corrected and extracted', async () => {
    const device = await captured();
    const correct: Mutation = {
      id: 2,
      readoutId: 'a',
      hlc: nextHlc('dev'),
      type: 'correct',
      fields: { date: { value: '2019-11-21', base: '2019-11-22' } },
    };
    expect(await device.sync.push.mutate({ clientId: 'dev', mutations: [correct] })).toEqual({
      lastMutationId: 2,
    });
    const got = await device.readouts.get.query({ id: 'a' });
    expect(got).toMatchObject({
      date: '2019-11-21',
      corrected: ['date'],
      extracted: { date: '2019-11-22' },
      pageChanged: [],
    });
    // A re-capture whose page value differs from the corrected base keeps the correction and says so.
    const recapture = captureOf(3, { id: 'a', date: '2019-11-23' }, 'dev');
    await device.sync.push.mutate({ clientId: 'dev', mutations: [recapture] });
    expect(await device.readouts.get.query({ id: 'a' })).toMatchObject({
      date: '2019-11-21',
      corrected: ['date'],
      extracted: { date: '2019-11-23' },
      pageChanged: ['date'],
    });
  });

  it('refuses a pushed correction stamped more than a day ahead', async () => {
    const device = await captured();
    const ahead = `${String(Date.now() + 3 * 86_400_000).padStart(15, '0')}-00000-dev`;
    const error = await device.sync.push
      .mutate({
        clientId: 'dev',
        mutations: [{ id: 2, readoutId: 'a', hlc: ahead, type: 'correct', fields: { title: null } }],
      })
      .catch((e) => e);
    expect(error.data).toMatchObject({ code: 'BAD_REQUEST', refused: { id: 2, path: 'mutations.0.hlc' } });
  });

  it('PATCH corrects fields under their readout names, answers the readout, and null reverts', async () => {
    await captured();
    const response = await patch('a', { date: '2018-08-18', participants: [payne] });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Readout;
    expect(body).toMatchObject({
      date: '2018-08-18',
      participants: [payne],
      corrected: ['date', 'participants'],
      extracted: { date: '2019-11-22' },
      pageChanged: [],
    });
    expect(body.extracted.participants).toHaveLength(2);
    expect(await readout('a')).toEqual(body);

    const reverted = (await (await patch('a', { date: null })).json()) as Readout;
    expect(reverted.date).toBe('2019-11-22');
    expect(reverted.corrected).toEqual(['participants']);
  });

  it('PATCH sets tags, note and star, leaving the fields it does not name', async () => {
    await captured();
    await patch('a', { tags: ['G7', 'Quad'], note: 'first' });
    const body = (await (await patch('a', { starred: true, tags: ['Quad'] })).json()) as Readout;
    expect(body.user).toEqual({
      tags: ['Quad'],
      note: 'first',
      noteVersion: expect.any(String),
      starred: true,
    });
    expect(body.corrected).toEqual([]);
  });

  it.each([
    [{ colour: 'red' }, 'colour'],
    [{ date: '2020-13-45' }, 'date'],
    [{ participants: [{ ...payne, country: 'Australia' }] }, 'participants.0.country'],
    [{ location: { city: 'Tokyo', country: 'XX1', venue: null } }, 'location.country'],
    [{ starred: 'yes' }, 'starred'],
    [{ tags: null }, 'tags'],
  ])('PATCH %j is a 400 naming %s and changes nothing', async (edit, path) => {
    await captured();
    const before = await readout('a');
    const response = await patch('a', edit);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; issues: Array<{ path: string }> } };
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.issues.map((i) => i.path)).toContain(path);
    expect(await readout('a')).toEqual(before);
  });

  it('PATCH of an empty object, of a non-object and of text that is not JSON is a 400', async () => {
    await captured();
    for (const body of [{}, [], '{"date": ']) {
      const response = await patch('a', body);
      expect(response.status).toBe(400);
    }
  });

  it('PATCH and DELETE of a readout that is not there (or is another user’s) are 404', async () => {
    await captured();
    expect((await patch('nope', { date: '2018-08-18' })).status).toBe(404);
    expect((await send('DELETE', '/api/v1/readouts/nope')).status).toBe(404);
    expect((await patch('a', { date: '2018-08-18' }, t.bob.token)).status).toBe(404);
    expect((await send('DELETE', '/api/v1/readouts/a', undefined, t.bob.token)).status).toBe(404);
    expect((await readout('a')).corrected).toEqual([]);
  });

  it('DELETE deletes (204), after which the readout is 404 and a second DELETE too', async () => {
    await captured();
    expect((await send('DELETE', '/api/v1/readouts/a')).status).toBe(204);
    expect((await t.get('/api/v1/readouts/a', t.alice.token)).status).toBe(404);
    expect((await send('DELETE', '/api/v1/readouts/a')).status).toBe(404);
    expect((await patch('a', { note: 'x' })).status).toBe(404);
  });

  it('answers 405 with Allow for a method the readout route does not have', async () => {
    await captured();
    const response = await send('PUT', '/api/v1/readouts/a', { date: '2018-08-18' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toContain('PATCH');
  });

  it('lets an extension page send PATCH and DELETE across origins', async () => {
    const response = await t.app.request('/api/v1/readouts/a', {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abcdefghijklmnop',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    const allowed = response.headers.get('access-control-allow-methods') ?? '';
    expect(allowed).toContain('PATCH');
    expect(allowed).toContain('DELETE');
  });

  it('a program’s edit reaches the device on its next pull, as mutations of its own client', async () => {
    const device = await captured();
    const first = await device.sync.pull.query({ cursor: null, clientId: 'dev' });
    await patch('a', { date: '2018-08-18', tags: ['G7'] });
    const next = PullResponse.parse(await device.sync.pull.query({ cursor: first.cursor, clientId: 'dev' }));
    expect(next.lastMutationId).toBe(1);
    const [state] = next.changes as [RecordState];
    expect(state.corrections.date).toMatchObject({
      reverted: false,
      value: '2018-08-18',
      base: '2019-11-22',
    });
    expect(state.tags.g7?.added).not.toBeNull();
    // The edit's stamps sort after everything the record held, so it wins like a later device edit.
    expect(state.corrections.date!.hlc > state.captured!).toBe(true);
    expect(state.corrections.date!.hlc).toContain(`-rest-${await aliceTokenId()}`);
    // The device then corrects the date itself, later: its correction wins over the program's.
    await device.sync.push.mutate({
      clientId: 'dev',
      mutations: [
        {
          id: 2,
          readoutId: 'a',
          hlc: `${String(Date.now() + 1000).padStart(15, '0')}-00000-dev`,
          type: 'correct',
          fields: { date: { value: '2018-08-19', base: '2019-11-22' } },
        },
      ],
    });
    expect((await readout('a')).date).toBe('2018-08-19');
    // And a program's second edit, later again, wins over the device's.
    expect(((await (await patch('a', { date: '2018-08-20' })).json()) as Readout).date).toBe('2018-08-20');
  });

  it('edits made at once through one token each get their own mutation ids; none is lost', async () => {
    await captured();
    const responses = await Promise.all(
      ['one', 'two', 'three', 'four'].map((note, i) =>
        i % 2 ? patch('a', { tags: [note] }) : patch('a', { title: `Title ${note}` }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const pulled = await t.trpc(t.alice.token).sync.pull.query({
      cursor: null,
      clientId: `rest-${await aliceTokenId()}`,
    });
    expect(pulled.lastMutationId).toBe(4);
  });

  it('keeps the correction when the device re-captures a changed page, and marks where the page changed', async () => {
    const device = await captured();
    await patch('a', { date: '2018-08-18', title: 'Japan-Australia Summit' });
    const changed = fakeReadoutContent({ id: 'a', date: '2019-11-25' });
    await device.sync.push.mutate({
      clientId: 'dev',
      mutations: [
        {
          ...captureOf(2, { id: 'a' }, 'dev'),
          hlc: `${String(Date.now() + 1000).padStart(15, '0')}-00000-dev`,
          readout: { ...changed, capture: { ...changed.capture, capturedAt: new Date().toISOString() } },
        } as Mutation,
      ],
    });
    expect(await readout('a')).toMatchObject({
      date: '2018-08-18',
      title: 'Japan-Australia Summit',
      corrected: ['title', 'date'],
      extracted: { date: '2019-11-25', title: changed.title },
      pageChanged: ['date'],
    });
  });
});
