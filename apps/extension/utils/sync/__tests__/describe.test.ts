import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n';
import { describeStatus } from '../describe';
import { describeError, SyncError } from '../errors';
import { INITIAL_STATUS, type SyncStatus } from '../status';

const now = Date.parse('2026-11-27T06:30:00Z');
const status = (patch: Partial<SyncStatus>): SyncStatus => ({ ...INITIAL_STATUS, ...patch });

describe('describeStatus', () => {
  it('shows first-sync progress', () => {
    expect(describeStatus(status({ state: 'syncing', firstSync: true, pulled: 1200 }), 0, now)).toBe(
      'Syncing… 1,200 readouts pulled · no changes pending',
    );
  });

  it('warns about pulled stamps the clock refused', () => {
    const synced = status({ state: 'idle', lastSyncAt: '2026-11-27T06:25:00Z', refusedStamps: 2 });
    expect(describeStatus(synced, 0, now)).toMatch(
      /^Synced 5 min ago · no changes pending · 2 pulled readouts carry time stamps far in the future/,
    );
  });

  it('shows the last sync and the pending changes', () => {
    const synced = status({ state: 'idle', lastSyncAt: '2026-11-27T06:25:00Z' });
    expect(describeStatus(synced, 3, now)).toBe('Synced 5 min ago · 3 changes pending');
  });

  it('shows the last error, the planned retry and the last good sync', () => {
    const retrying = status({
      state: 'retrying',
      lastError: 'Cannot reach the sync server; will retry.',
      nextRetryAt: '2026-11-27T06:31:00Z',
      lastSyncAt: '2026-11-27T04:00:00Z',
    });
    expect(describeStatus(retrying, 1, now)).toMatch(
      /^Sync error: Cannot reach the sync server; will retry\. · retry at .+ · last sync 2 h ago · 1 change pending$/,
    );
  });

  it('says when sync is not set up', () => {
    expect(describeStatus(INITIAL_STATUS, 0, now)).toBe('Sync is not set up (Options) · no changes pending');
  });
});

describe('describeStatus in Japanese', () => {
  afterEach(() => setLocale('en'));

  it('shows first-sync progress and the pending changes with Japanese counters', () => {
    setLocale('ja');
    expect(describeStatus(status({ state: 'syncing', firstSync: true, pulled: 1200 }), 1, now)).toBe(
      '同期中… 会談記録 1,200 件を取得済み · 保留中の変更 1 件',
    );
    expect(describeStatus(status({ state: 'syncing', firstSync: false, pulled: 0 }), 0, now)).toBe(
      '同期中… · 保留中の変更なし',
    );
  });

  it('shows the last sync as a Japanese age', () => {
    setLocale('ja');
    const at = (lastSyncAt: string) => describeStatus(status({ state: 'idle', lastSyncAt }), 3, now);
    expect(at('2026-11-27T06:29:30Z')).toBe('最終同期: たった今 · 保留中の変更 3 件');
    expect(at('2026-11-27T06:25:00Z')).toBe('最終同期: 5 分前 · 保留中の変更 3 件');
    expect(at('2026-11-27T04:00:00Z')).toBe('最終同期: 2 時間前 · 保留中の変更 3 件');
    expect(at('2026-11-20T12:00:00Z')).toMatch(/^最終同期: 2026\/11\/2\d · /);
    expect(describeStatus(status({ state: 'idle' }), 0, now)).toBe('まだ同期していません · 保留中の変更なし');
  });

  it('says when sync is not set up', () => {
    setLocale('ja');
    expect(describeStatus(INITIAL_STATUS, 0, now)).toBe(
      '同期は未設定です（オプションで設定） · 保留中の変更なし',
    );
  });

  it('shows errors, the planned retry and the last good sync', () => {
    setLocale('ja');
    const refused = status({
      state: 'unauthorized',
      lastError: describeError(new SyncError('unauthorized', 'no')),
    });
    expect(describeStatus(refused, 2, now)).toBe(
      '同期エラー: サーバーがトークンを拒否しました（401）。オプションページで有効なデバイストークンを貼り付けてください。 · 保留中の変更 2 件',
    );
    const retrying = status({
      state: 'retrying',
      lastError: describeError(new SyncError('unavailable', 'busy', { status: 503 })),
      nextRetryAt: '2026-11-27T06:31:00Z',
      lastSyncAt: '2026-11-27T06:20:00Z',
    });
    expect(describeStatus(retrying, 0, now)).toMatch(
      /^同期エラー: 同期サーバーを利用できません（HTTP 503）。再試行します。 · .+ に再試行 · 最終同期: 10 分前 · 保留中の変更なし$/,
    );
    expect(describeStatus(status({ state: 'error' }), 0, now)).toBe('同期エラー: 不明 · 保留中の変更なし');
  });
});

describe('describeError', () => {
  afterEach(() => setLocale('en'));

  it('keeps the English sentences the status line has always shown', () => {
    expect(describeError(new SyncError('offline', 'down'))).toBe('Cannot reach the sync server; will retry.');
    expect(describeError(new SyncError('unavailable', 'busy', { status: 429 }))).toBe(
      'The sync server is unavailable (HTTP 429); will retry.',
    );
    expect(describeError(new SyncError('unauthorized', 'no'))).toBe(
      'The server refused the token (401). Paste a valid device token in the options page.',
    );
    expect(
      describeError(
        new SyncError('rejected', 'the server refused the request: too big', { reason: 'too big' }),
      ),
    ).toBe('the server refused the request: too big');
  });

  it("speaks Japanese, keeping the server's own words", () => {
    setLocale('ja');
    expect(describeError(new SyncError('offline', 'down'))).toBe(
      '同期サーバーに接続できません。再試行します。',
    );
    expect(
      describeError(
        new SyncError('rejected', 'the server refused the request: too big', { reason: 'too big' }),
      ),
    ).toBe('サーバーがリクエストを拒否しました: too big');
  });
});
