// Command-line entry: `readouts extract FILE... [--url URL]` (see cli/run.ts).
import { runExtractCli } from './cli/run';

process.exitCode = await runExtractCli(process.argv.slice(2));
