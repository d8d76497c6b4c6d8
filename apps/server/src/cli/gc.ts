// `readouts gc [--horizon-days N]`: removes deleted records older than the tombstone horizon now.
import { serverOptions } from '../config/options';
import { collectOldTombstones } from '../sync/tombstones';
import { parseArgs, UsageError } from './args';
import type { CliIo } from './io';
import { withStorage } from './storage';

/** Runs one collection and prints what it removed. */
export async function gcCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  let days = serverOptions({}, io.env).tombstoneHorizonDays;
  if (args.flags.has('horizon-days')) {
    days = Number(args.flags.get('horizon-days'));
    if (!Number.isFinite(days) || days < 0)
      throw new UsageError('--horizon-days needs a number of days (0 or more)');
  }
  const counts = await withStorage(args, io, (storage) => collectOldTombstones(storage, days));
  io.out(`removed ${counts.records} deleted records of ${counts.users} users, deleted over ${days} days ago`);
  return 0;
}
