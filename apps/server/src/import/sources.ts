// Reading readouts from files: JSON Lines of readouts (any schema version) or MOFA HTML pages
// run through the extractor.
import fs from 'node:fs';
import readline from 'node:readline';
import { migrateReadout, type Notice, type Readout, ReadoutContent } from '@readouts/schema';

/** A problem with one input, reported without stopping the import. */
export interface ImportProblem {
  file: string;
  line?: number;
  message: string;
}

/** Parses one JSON Lines record: a full Readout (migrated if older) or bare extractor output. */
export function parseReadoutLine(text: string): Readout | ReadoutContent {
  const value = JSON.parse(text) as Record<string, unknown>;
  if (value && typeof value === 'object' && 'user' in value) return migrateReadout(value);
  return ReadoutContent.parse(value);
}

/** Yields the readouts of a .jsonl file, reporting bad lines to `problems`. */
export async function* jsonlReadouts(
  file: string,
  problems: ImportProblem[],
): AsyncGenerator<Readout | ReadoutContent> {
  const lines = readline.createInterface({
    input: fs.createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (!line.trim()) continue;
    try {
      yield parseReadoutLine(line);
    } catch (error) {
      problems.push({
        file,
        line: n,
        message: error instanceof Error ? error.message.split('\n')[0]! : String(error),
      });
    }
  }
}

/**
 * Extracts a readout from a saved HTML page through the extractor's own CLI code, so the page URL
 * is resolved exactly as `readouts extract` does (`--url`, else the URL the page states).
 */
export async function htmlReadout(
  file: string,
  url: string | undefined,
  problems: ImportProblem[],
): Promise<ReadoutContent | null> {
  // Loaded on demand: only HTML imports need the extractor and its DOM implementation.
  const { runExtractCli } = await import('@readouts/extract/cli');
  const { describeNotice } = await import('@readouts/extract');
  const lines: string[] = [];
  const errors: string[] = [];
  await runExtractCli(['extract', file, ...(url ? ['--url', url] : [])], {
    stdout: (line) => lines.push(line),
    stderr: (line) => errors.push(line),
  });
  const result = lines[0]
    ? (JSON.parse(lines[0]) as { kind: string; readout: unknown; reasons: Notice[] })
    : null;
  if (result?.kind === 'readout') return ReadoutContent.parse(result.readout);
  problems.push({
    file,
    message: result
      ? `not a readout: ${result.reasons.map((r) => describeNotice(r, 'en')).join(' ')}`
      : errors.join('; ') || 'extraction failed',
  });
  return null;
}
