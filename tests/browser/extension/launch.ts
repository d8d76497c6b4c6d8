// Starts Debian's Chromium with the built extension loaded, building it first when it is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { launchChromium } from '../../support/chromium';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const extensionDir = path.join(repoRoot, 'apps/extension/.output/chrome-mv3');

/** Builds the extension unless a build is already there (turbo's `^build` normally made it). */
export function ensureBuilt(): void {
  if (existsSync(path.join(extensionDir, 'manifest.json'))) return;
  execFileSync('pnpm', ['--filter', '@readouts/extension', 'run', 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  url(page: string): string;
}

/** Launches headless Chromium with a fresh profile and the extension, its UI in `lang`. */
export async function launchWithExtension(lang = 'en-US'): Promise<LoadedExtension> {
  const context = await launchChromium(
    mkdtempSync(path.join(tmpdir(), 'readouts-chromium-')),
    extensionDir,
    lang,
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, url: (page) => `chrome-extension://${extensionId}/${page}` };
}
