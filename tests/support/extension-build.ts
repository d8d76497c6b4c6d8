// The extension under test: the build turbo's `^build` made (built here when missing), copied to a
// private directory so a rebuild running meanwhile in the shared checkout cannot change it mid-test.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const builtDir = path.resolve(import.meta.dirname, '../../apps/extension/.output/chrome-mv3');
const complete = (dir: string) =>
  ['manifest.json', 'options.html', 'background.js', 'collection.html'].every((f) =>
    existsSync(path.join(dir, f)),
  );

/** Returns a private copy of the built extension, building it first when there is none. */
export function extensionCopy(): string {
  if (!complete(builtDir)) {
    execFileSync('pnpm', ['--filter', '@readouts/extension', 'run', 'build'], {
      cwd: path.resolve(builtDir, '../../../..'),
      stdio: 'inherit',
    });
  }
  for (let attempt = 0; attempt < 20; attempt++) {
    const copy = mkdtempSync(path.join(tmpdir(), 'readouts-extension-'));
    try {
      cpSync(builtDir, copy, { recursive: true });
      if (complete(copy)) return copy;
    } catch {
      // A rebuild was replacing files: try again.
    }
    execFileSync('sleep', ['1']);
  }
  throw new Error(`no complete extension build in ${builtDir}`);
}
