// The tRPC root router served at /trpc; clients import only its type.
import { decisionsRouter } from './router/decisions';
import { readoutsRouter } from './router/readouts';
import { syncRouter } from './router/sync';
import { router } from './trpc';

export const appRouter = router({ sync: syncRouter, readouts: readoutsRouter, decisions: decisionsRouter });

/** The API's type, for `createTRPCClient<AppRouter>` in the extension. */
export type AppRouter = typeof appRouter;
