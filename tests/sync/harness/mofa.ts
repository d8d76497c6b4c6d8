// Serves the dev set's MOFA pages, rendered in the real www.mofa.go.jp skeleton
// (packages/extract/eval/dev/real; labels.jsonl maps each file to its URL), at their real addresses
// through Playwright routing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { routeMofa } from '../../support/chromium';

const fixtures = path.resolve(import.meta.dirname, '../../../packages/extract/eval/dev/real');

interface Label {
  file: string;
  url: string;
  kind: 'readout' | 'not-readout';
  lang: 'en' | 'ja';
}

/** The fixture pages labelled as readouts, in labels.jsonl order. */
export function readoutPages(): Label[] {
  return readFileSync(path.join(fixtures, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Label)
    .filter((label) => label.kind === 'readout');
}

/** Answers requests for www.mofa.go.jp with the fixture saved at that URL, 404 otherwise. */
export async function serveMofa(context: BrowserContext): Promise<void> {
  const byPath = new Map(readoutPages().map((label) => [new URL(label.url).pathname, label.file]));
  await routeMofa(context, (pathname) => {
    const file = byPath.get(pathname);
    return file && path.join(fixtures, file);
  });
}
