// Serves fixture pages at their real www.mofa.go.jp addresses through Playwright routing.
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { routeMofa } from '../../support/chromium';

const fixtures = path.join(import.meta.dirname, '../__tests__/fixtures');

/** A stand-in for www.mofa.go.jp: page path to fixture file, changeable while the test runs. */
export class MofaSite {
  private readonly pages = new Map<string, string>();

  /** Serves `file` (in tests/browser/__tests__/fixtures) at https://www.mofa.go.jp`pagePath`; returns the URL. */
  serve(pagePath: string, file: string): string {
    this.pages.set(pagePath, file);
    return `https://www.mofa.go.jp${pagePath}`;
  }

  /** Routes every request for the MOFA host; anything not served (styles, scripts) is a 404. */
  async install(context: BrowserContext): Promise<void> {
    await routeMofa(context, (pathname) => {
      const file = this.pages.get(pathname);
      return file && path.join(fixtures, file);
    });
  }
}
