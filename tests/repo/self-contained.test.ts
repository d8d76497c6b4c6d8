// A clone stands alone: nothing the project runs (sources, scripts, configs, tests, evals, benches)
// may read the `shared/` folder that sits beside the project's checkout on developers' machines.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// Paths that leave the repository for a sibling `shared` folder: "../shared", "../../shared/...",
// or a path joined from ".." segments and "shared".
const OUTSIDE_SHARED = [
  /(?:\.\.[\\/])+shared\b/,
  /[\\/]work[\\/]shared\b/,
  /['"`]\.\.['"`]\s*,\s*(?:['"`]\.\.['"`]\s*,\s*)*['"`]shared['"`]/,
];
// Documents may tell where data came from; code and configuration may not point there.
const SELF = 'tests/repo/self-contained.test.ts';
const DOCUMENT = /\.(?:md|txt|jsonl|html|png|svg)$/;

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\0')
    .filter((f) => f && !DOCUMENT.test(f) && !f.endsWith('pnpm-lock.yaml') && f !== SELF);
}

export function sharedReferences(files: string[], read: (file: string) => string): string[] {
  const found: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = read(file);
    } catch {
      continue; // deleted in the work tree but still in the index
    }
    text.split('\n').forEach((line, i) => {
      if (OUTSIDE_SHARED.some((re) => re.test(line)))
        found.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
    });
  }
  return found;
}

describe('the repository carries its own data', () => {
  it('no source, script, config or test refers to a shared/ folder outside the repository', () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    const references = sharedReferences(files, (f) => readFileSync(path.join(root, f), 'utf8'));
    expect(references).toEqual([]);
  });

  it('finds such a reference when one is there', () => {
    const sources: Record<string, string> = {
      'a.ts': "const dir = path.join(import.meta.dirname, '../../../../shared/fixtures/mofa');",
      'b.sh': 'cp ../shared/fixtures/x .',
      'c.ts': "path.resolve(here, '..', '..', 'shared', 'fixtures')",
      'e.py': 'open("/work/shared/fixtures/mofa/labels.jsonl")',
      'd.ts': "const shared = getDb(); // the shared connection in '../db'",
    };
    expect(sharedReferences(Object.keys(sources), (f) => sources[f]!).map((r) => r.split(':')[0])).toEqual([
      'a.ts',
      'b.sh',
      'c.ts',
      'e.py',
    ]);
  });
});
