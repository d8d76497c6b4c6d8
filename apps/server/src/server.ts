// Starting and stopping the HTTP server: listen, log, and on SIGTERM/SIGINT stop accepting,
// finish in-flight requests, then close storage.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { ServerOptions } from './config/options';
import { createApp } from './http/app';
import { createLogger } from './http/logger';
import { openStorage } from './storage/open';
import { scheduleTombstoneCollection } from './sync/tombstones';

/** A running server: its port and a graceful `stop`. */
export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

/** Opens storage, serves the app on `options.port` (0: any free port) and handles shutdown signals. */
export async function startServer(options: ServerOptions, handleSignals = true): Promise<RunningServer> {
  const logger = createLogger(options.log);
  // With request logs off, what the data migration reports still goes out (on stderr).
  const storage = await openStorage(options, options.log ? logger : undefined);
  const app = createApp(storage, options, logger);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
    s.once('error', (error) => {
      storage.close().finally(() => reject(error));
    });
  });
  const port = (server.address() as AddressInfo).port;
  logger.info('listening', { port, host: options.host, storage: storage.kind });
  const stopCollecting = scheduleTombstoneCollection(
    storage,
    { horizonDays: options.tombstoneHorizonDays, intervalMinutes: options.gcIntervalMinutes },
    logger,
  );

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= new Promise<void>((resolve) => {
      logger.info('shutting down');
      // Keep-alive connections go idle as their in-flight requests finish; close them as they do.
      const reaper = setInterval(() => 'closeIdleConnections' in server && server.closeIdleConnections(), 50);
      server.close(() => {
        clearInterval(reaper);
        resolve();
      });
    })
      .then(stopCollecting)
      .then(() => storage.close());
    return stopping;
  };
  if (handleSignals) {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    }
  }
  return { port, stop };
}
