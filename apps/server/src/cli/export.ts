// `readouts export --user NAME --format jsonl|csv`: a user's collection on stdout.
import { requireUser } from '../auth/accounts';
import { exportLines } from '../export/lines';
import { parseArgs, UsageError } from './args';
import type { CliIo } from './io';
import { withStorage } from './storage';

/** Writes every readout of the user in the chosen format. */
export async function exportCommand(
  argv: string[],
  io: CliIo,
  write: (s: string) => void = (s) => {
    process.stdout.write(s);
  },
): Promise<number> {
  const args = parseArgs(argv);
  const userName = args.flags.get('user');
  const format = args.flags.get('format') ?? 'jsonl';
  if (!userName || (format !== 'jsonl' && format !== 'csv')) {
    throw new UsageError('usage: readouts export --user NAME [--format jsonl|csv]');
  }
  return withStorage(args, io, async (storage) => {
    const user = await requireUser(storage, userName);
    for await (const line of exportLines(storage, user.id, format)) write(line);
    return 0;
  });
}
