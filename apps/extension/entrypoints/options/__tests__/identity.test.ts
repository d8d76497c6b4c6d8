import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../utils/i18n';
import type { IdentityResult } from '../../../utils/sync/identity';
import { renderIdentity } from '../identity';

const context = { serverUrl: 'https://sync.example.org', deviceId: 'device-a' };
const connected = (clientId: string | null): IdentityResult => ({
  kind: 'connected',
  identity: {
    user: { id: 1, name: 'alice' },
    token: { id: 'tok-1', label: 'laptop', createdAt: '2026-12-01T00:00:00.000Z' },
    clientId,
  },
});

function render(result: IdentityResult) {
  const section = document.createElement('section');
  section.append(...renderIdentity(result, context));
  return section;
}
const clients = (section: HTMLElement) =>
  [...section.querySelectorAll('.identity-clients li')].map((li) => li.textContent);

describe('options page "Connected as"', () => {
  afterEach(() => setLocale('en'));

  it('names the user, the device token and this browser as the bound client', () => {
    const section = render(connected('device-a'));
    expect(section.querySelector('h2')?.textContent).toBe('Connected as');
    expect(section.querySelector('.identity')?.textContent).toBe('User “alice”, device token “laptop”.');
    expect(section.querySelector('[data-user]')?.textContent).toBe('alice');
    expect(section.querySelector('[data-device]')?.textContent).toBe('laptop');
    expect(clients(section)).toEqual(['device-a (this browser) (bound to this token on the server)']);
  });

  it('shows another client bound to the token beside this browser, which has pushed nothing under it', () => {
    expect(clients(render(connected('device-old')))).toEqual([
      'device-old (bound to this token on the server)',
      'device-a (this browser) (not bound on the server yet: nothing pushed under it)',
    ]);
    expect(clients(render(connected(null)))).toEqual([
      'device-a (this browser) (not bound on the server yet: nothing pushed under it)',
    ]);
  });

  it('says clearly when the token is refused or the server is out of reach', () => {
    const refused = render({ kind: 'unauthorized' }).querySelector('.identity')!;
    expect(refused.classList.contains('error')).toBe(true);
    expect(refused.textContent).toMatch(/refused this token \(401\)/);
    const unreachable = render({ kind: 'unreachable', reason: 'Failed to fetch' }).querySelector(
      '.identity',
    )!;
    expect(unreachable.textContent).toBe(
      'Cannot reach https://sync.example.org to ask who this browser is connected as: Failed to fetch',
    );
    expect(render({ kind: 'failed', status: 502 }).querySelector('.identity')?.textContent).toMatch(
      /HTTP 502/,
    );
  });

  it('speaks Japanese', () => {
    setLocale('ja');
    const section = render(connected('device-a'));
    expect(section.querySelector('h2')?.textContent).toBe('接続中のアカウント');
    expect(section.querySelector('.identity')?.textContent).toBe(
      'ユーザー「alice」、デバイストークン「laptop」。',
    );
    expect(render({ kind: 'unauthorized' }).querySelector('.identity')?.textContent).toMatch(/401/);
  });
});
