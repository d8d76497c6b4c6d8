// The options page's "Connected as" section: the user and device the saved token belongs to and
// the sync client ids in play, so someone with two profiles can tell which is which; or, when the
// server cannot say, why (refused token, no answer).
import { h } from '../../utils/dom';
import { t } from '../../utils/i18n';
import type { IdentityResult } from '../../utils/sync/identity';

/** What the section needs besides the server's answer. */
export interface IdentityContext {
  serverUrl: string;
  /** This browser's own client id (chrome.storage.local `deviceId`). */
  deviceId: string;
}

/** The section's content; `data-identity` on the first element names the kind of answer. */
export function renderIdentity(result: IdentityResult, context: IdentityContext): HTMLElement[] {
  const heading = h('h2', {}, t('identity.heading'));
  const line = (text: string, isError = false) =>
    h('p', { class: isError ? 'identity error' : 'identity', attrs: { 'data-identity': result.kind } }, text);
  switch (result.kind) {
    case 'off':
      return [heading, line(t('identity.off'))];
    case 'unauthorized':
      return [heading, line(t('identity.unauthorized'), true)];
    case 'unreachable':
      return [
        heading,
        line(t('identity.unreachable', { url: context.serverUrl, reason: result.reason }), true),
      ];
    case 'failed':
      return [heading, line(t('identity.failed', { url: context.serverUrl, status: result.status }), true)];
  }
  const { identity } = result;
  // The server binds a client id at the first push; before it, only this browser's own is known.
  const clients = [identity.clientId, context.deviceId].filter(
    (id, i, all): id is string => id !== null && all.indexOf(id) === i,
  );
  return [
    heading,
    line(t('identity.connected', { user: identity.user.name, device: identity.token.label })),
    h(
      'dl',
      { class: 'identity-details' },
      h('dt', {}, t('identity.server')),
      h('dd', {}, context.serverUrl),
      h('dt', {}, t('identity.user')),
      h('dd', { attrs: { 'data-user': identity.user.name } }, identity.user.name),
      h('dt', {}, t('identity.device')),
      h('dd', { attrs: { 'data-device': identity.token.label } }, identity.token.label),
      h('dt', {}, t('identity.clients')),
      h(
        'dd',
        {},
        h(
          'ul',
          { class: 'identity-clients' },
          ...clients.map((id) =>
            h(
              'li',
              { attrs: { 'data-client': id } },
              h('code', {}, id),
              id === context.deviceId ? ` ${t('identity.thisBrowser')}` : '',
              id === identity.clientId ? ` ${t('identity.bound')}` : ` ${t('identity.notBound')}`,
            ),
          ),
        ),
      ),
    ),
  ];
}
