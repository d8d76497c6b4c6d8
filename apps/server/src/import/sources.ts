// Reading readouts from files: JSON Lines of readouts (any schema version) or MOFA HTML pages
// run through the extractor.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { pathToFileURL } from 'node:url';
import { migrateReadout, type Readout, ReadoutContent } from '@readouts/schema';

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

interface Extractor {
  extractReadout(
    document: unknown,
    url: string,
  ): { kind: 'readout'; readout: ReadoutContent } | { kind: 'not-readout'; reasons: string[] };
  parseHtml(html: string): unknown;
}

async function loadExtractor(): Promise<Extractor> {
  // Loaded on demand: only HTML imports need the extractor and its DOM implementation.
  const nodeEntry = '@readouts/extract/node';
  const [core, node] = await Promise.all([import('@readouts/extract'), import(nodeEntry)]);
  return { ...(core as object), ...(node as object) } as Extractor;
}

/** Extracts a readout from a saved HTML page; `url` defaults to the file's URL. */
export async function htmlReadout(
  file: string,
  url: string | undefined,
  problems: ImportProblem[],
): Promise<ReadoutContent | null> {
  const extractor = await loadExtractor();
  const html = await fs.promises.readFile(file, 'utf8');
  const result = extractor.extractReadout(
    extractor.parseHtml(html),
    url ?? pathToFileURL(path.resolve(file)).href,
  );
  if (result.kind === 'readout') return result.readout;
  problems.push({ file, message: `not a readout: ${result.reasons.join('; ')}` });
  return null;
}
