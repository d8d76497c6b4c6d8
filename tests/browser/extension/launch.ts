// Starts Debian's Chromium with (a private copy of) the built extension loaded.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { launchChromium } from '../../support/chromium';
import { extensionCopy } from '../../support/extension-build';

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  url(page: string): string;
}

/** Launches headless Chromium with a fresh profile and the extension (built when missing), its UI in `lang`. */
export async function launchWithExtension(lang = 'en-US'): Promise<LoadedExtension> {
  const context = await launchChromium(
    mkdtempSync(path.join(tmpdir(), 'readouts-chromium-')),
    extensionCopy(),
    lang,
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, url: (page) => `chrome-extension://${extensionId}/${page}` };
}
