// `readouts extract FILE... [--url URL]`: prints one JSON line per file with the extraction result.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractReadout } from '../extract';
import { parseHtml } from '../node';
import { statedUrl } from '../page/meta';

/** Where output goes: a function taking one line, or a stream such as process.stdout. */
export type CliOutput = ((line: string) => void) | { write(chunk: string): unknown };

export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
}

const defaultIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

function writer(out: CliOutput): (line: string) => void {
  return typeof out === 'function' ? out : (line) => void out.write(`${line}\n`);
}

const USAGE = 'usage: readouts extract FILE... [--url URL]';

function parseArgs(args: string[]): { files: string[]; url: string | null; error: string | null } {
  const files: string[] = [];
  let url: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--url') {
      url = args[++i] ?? null;
      if (!url) return { files, url, error: '--url needs a value' };
    } else if (arg.startsWith('--url=')) {
      url = arg.slice(6);
    } else if (arg === '--help' || arg === '-h') {
      return { files, url, error: USAGE };
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return { files, url, error: USAGE };
  if (url && files.length > 1) return { files, url, error: '--url applies to a single file' };
  return { files, url, error: null };
}

/**
 * Runs the `extract` subcommand: `args[0]` is "extract", the rest are files and options.
 * Resolves to the exit code: 0 when every file was read, 1 when some could not be, 2 on bad usage.
 */
export async function runExtractCli(args: string[], streams: CliIo = defaultIo): Promise<number> {
  const io = { stdout: writer(streams.stdout), stderr: writer(streams.stderr) };
  const [command, ...rest] = args;
  if (command !== 'extract') {
    io.stderr(`unknown command ${command ?? '(none)'}; ${USAGE}`);
    return 2;
  }
  const { files, url, error } = parseArgs(rest);
  if (error) {
    io.stderr(error);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch (e) {
      failed++;
      io.stderr(`readouts extract: cannot read ${file}: ${(e as Error).message}`);
      continue;
    }
    const document = parseHtml(html);
    const pageUrl = url ?? statedUrl(document) ?? pathToFileURL(path.resolve(file)).href;
    const result = extractReadout(document, pageUrl);
    const line =
      result.kind === 'readout'
        ? { file, kind: result.kind, readout: result.readout, reasons: [], warnings: result.warnings }
        : { file, kind: result.kind, readout: null, reasons: result.reasons, warnings: [] };
    io.stdout(JSON.stringify(line));
  }
  return failed > 0 ? 1 : 0;
}
