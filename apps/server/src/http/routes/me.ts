// GET /api/v1/me: who a token acts for: the user, the token (its device label), and the sync
// client id bound to it, so a device can show what it is connected as.
import { createRoute } from '@hono/zod-openapi';
import { documented } from '../../openapi/responses';
import { Me } from '../../openapi/schemas';
import { apiRouter } from '../../openapi/validation';
import type { Storage } from '../../storage/types';
import { restClientId } from '../../sync/edits';

const me = createRoute({
  method: 'get',
  path: '/me',
  operationId: 'me',
  summary: 'The user, device token and sync client id this token acts as',
  responses: { 200: documented('Who you are connected as', Me) },
});

/** The `/me` route. */
export function meRoutes(storage: Storage) {
  return apiRouter().openapi(me, async (c) => {
    const identity = c.get('identity')!;
    const [tokens, clients] = await Promise.all([
      storage.listTokens(identity.userId),
      storage.clientIdsOfToken(identity.userId, identity.tokenId),
    ]);
    const token = tokens.find((t) => t.id === identity.tokenId)!;
    // REST edits push as a client of their own; the device's sync client is the other one.
    const rest = restClientId(identity.tokenId);
    return c.json(
      {
        user: { id: identity.userId, name: identity.userName },
        token: { id: token.id, label: token.device, createdAt: token.createdAt },
        clientId: clients.find((id) => id !== rest) ?? null,
      },
      200,
    );
  });
}
