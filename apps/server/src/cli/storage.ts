// Opens storage for CLI commands from `--data DIR` and DATABASE_URL, like `serve` does.
import { serverOptions } from '../config/options';
import { createLogger } from '../http/logger';
import { openStorage } from '../storage/open';
import type { Storage } from '../storage/types';
import type { ParsedArgs } from './args';
import type { CliIo } from './io';

/** Runs `work` with storage opened from the command line and environment, closing it after. */
export async function withStorage<T>(
  args: ParsedArgs,
  io: CliIo,
  work: (storage: Storage) => Promise<T>,
): Promise<T> {
  const options = serverOptions(args.flags.has('data') ? { dataDir: args.flags.get('data')! } : {}, io.env);
  // What the data migration reports goes to stderr: stdout may be the command's output (export).
  const storage = await openStorage(
    options,
    createLogger(true, (line) => io.err(line.trimEnd())),
  );
  try {
    return await work(storage);
  } finally {
    await storage.close();
  }
}
