// `readouts import FILE... --user NAME [--url URL]`: .jsonl readouts or .html pages into a collection.
import { requireUser } from '../auth/accounts';
import { importReadouts } from '../import/importer';
import { htmlReadout, type ImportProblem, jsonlReadouts } from '../import/sources';
import { parseArgs, UsageError } from './args';
import type { CliIo } from './io';
import { withStorage } from './storage';

/** Imports every file; prints a summary and each problem; exit status 1 if any input failed. */
export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const userName = args.flags.get('user');
  if (!userName || !args.positional.length)
    throw new UsageError('usage: readouts import FILE... --user NAME [--url URL]');
  const problems: ImportProblem[] = [];
  return withStorage(args, io, async (storage) => {
    const user = await requireUser(storage, userName);
    let applied = 0;
    for (const file of args.positional) {
      if (/\.jsonl$/i.test(file)) {
        applied += await importReadouts(storage, user.id, jsonlReadouts(file, problems));
      } else {
        const readout = await htmlReadout(file, args.flags.get('url'), problems);
        if (readout) applied += await importReadouts(storage, user.id, [readout]);
      }
    }
    if (applied > 1000) await storage.optimize();
    for (const p of problems) io.err(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    io.out(
      `imported ${args.positional.length} file(s) for ${user.name}: ${applied} change(s) applied, ${problems.length} problem(s)`,
    );
    return problems.length ? 1 : 0;
  });
}
