// GET /healthz: liveness for load balancers; no token needed.
import { Hono } from 'hono';

/** Health route: answers `{ ok: true, storage }`. */
export function healthRoutes(storageKind: string): Hono {
  return new Hono().get('/', (c) => c.json({ ok: true, storage: storageKind }));
}
