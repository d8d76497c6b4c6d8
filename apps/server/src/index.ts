// @readouts/server: the sync and query server. Clients import only `type AppRouter`.
export type { AppRouter } from './root';
