// Debian's Chromium with an unpacked extension loaded, and a stand-in for www.mofa.go.jp: the one
// way every browser test starts a browser and serves MOFA pages.
import { readFileSync } from 'node:fs';
import { type BrowserContext, chromium } from 'playwright-core';

/** Launches headless Chromium on `userDataDir` with the extension in `extensionDir` loaded. */
export function launchChromium(
  userDataDir: string,
  extensionDir: string,
  lang = 'en-US',
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.READOUTS_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    locale: lang,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Answers every request for https://www.mofa.go.jp with the file `fileFor(pathname)` names
 * (an absolute path), or 404 when it names none.
 */
export async function routeMofa(
  context: BrowserContext,
  fileFor: (pathname: string) => string | undefined,
): Promise<void> {
  await context.route('https://www.mofa.go.jp/**', async (route) => {
    const file = fileFor(new URL(route.request().url()).pathname);
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
  });
}
