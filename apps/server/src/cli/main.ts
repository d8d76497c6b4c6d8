// The `readouts` command line: serve, import, export, gc, user, token and extract.
import { UnknownUserError } from '../auth/accounts';
import { ConflictError } from '../storage/types';
import { tokenCommand, userCommand } from './accounts';
import { UsageError } from './args';
import { exportCommand } from './export';
import { gcCommand } from './gc';
import { importCommand } from './import';
import { type CliIo, processIo } from './io';
import { serveCommand } from './serve';

const USAGE = `usage: readouts <command> [options]   (every command takes --data DIR; DATABASE_URL selects PostgreSQL)
  serve [--port N] [--host H] [--cors ORIGINS]   run the server (default http://127.0.0.1:8787)
  import FILE... --user NAME [--url URL]          import .jsonl readouts or .html pages
  export --user NAME [--format jsonl|csv]         write a collection to stdout
  gc [--horizon-days N]                           remove deleted records older than the horizon (default 90)
  user add NAME [--device NAME]                   create a user; prints a device token last
  token add USER --device NAME                    issue a token; prints it last
  token list USER | token revoke ID
  extract FILE... [--url URL]                     run the extractor on saved pages`;

/** `extract ...` is the extractor's own CLI, loaded only when used. */
async function extractCommand(argv: string[]): Promise<number> {
  const { runExtractCli } = await import('@readouts/extract/cli');
  return runExtractCli(['extract', ...argv]);
}

/** Runs one command; returns the exit status, or -1 for a server that keeps running. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'serve':
        return await serveCommand(rest, io);
      case 'import':
        return await importCommand(rest, io);
      case 'export':
        return await exportCommand(rest, io);
      case 'gc':
        return await gcCommand(rest, io);
      case 'user':
        return await userCommand(rest, io);
      case 'token':
        return await tokenCommand(rest, io);
      case 'extract':
        return await extractCommand(rest);
      default:
        io.err(USAGE);
        return command === 'help' || command === '--help' ? 0 : 2;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    if (error instanceof UnknownUserError || error instanceof ConflictError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('cli/main.ts')) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`readouts: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
