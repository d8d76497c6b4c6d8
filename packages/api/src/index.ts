// @readouts/api: the tRPC router of the sync and query API, and the context it needs from a server.
// Clients take only `type AppRouter` from here; the server mounts `appRouter` over its storage.
export * from './context';
export * from './errors';
export { describeMutation, type FieldChange } from './history';
export { type PullPage, parseStates, pullPage, pullResponseBytes } from './pull';
export * from './query';
export { applyToRecord } from './reducer';
export { type AppRouter, appRouter } from './root';
export { MAX_HISTORY } from './router/readouts';
export { createCallerFactory } from './trpc';
