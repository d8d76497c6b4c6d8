// `readouts serve [--port N] [--data DIR] [--host H]`: runs the HTTP server until a signal.
import { serverOptions } from '../config/options';
import { startServer } from '../server';
import { parseArgs, UsageError } from './args';
import type { CliIo } from './io';

/** Starts the server; resolves once it listens (the process then lives until SIGTERM/SIGINT). */
export async function serveCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const overrides: Parameters<typeof serverOptions>[0] = {};
  if (args.flags.has('port')) {
    const port = Number(args.flags.get('port'));
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError('--port needs a port number');
    overrides.port = port;
  }
  if (args.flags.has('data')) overrides.dataDir = args.flags.get('data')!;
  if (args.flags.has('host')) overrides.host = args.flags.get('host')!;
  if (args.flags.has('cors')) overrides.corsOrigins = args.flags.get('cors')!.split(',');
  await startServer(serverOptions(overrides, io.env));
  return -1;
}
