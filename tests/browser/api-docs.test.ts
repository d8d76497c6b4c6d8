// The API reference in real Chromium: /api/v1/docs is Swagger UI served by the server itself. It
// loads every script and style sheet from the server (nothing from elsewhere, no CSP refusal),
// shows each documented operation, and its "Try it out" calls the API with the user's token.
import { rmSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, SyncServer, sqliteBackend } from '../sync/harness/server';

describe('the API reference page in Chromium', () => {
  let backend: Backend;
  let server: SyncServer;
  let token: string;
  let browser: Browser;

  beforeAll(async () => {
    backend = sqliteBackend();
    server = await SyncServer.start(backend);
    token = await server.addUser('alice', 'laptop');
    browser = await chromium.launch({
      executablePath: process.env.READOUTS_CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (backend?.kind === 'sqlite') rmSync(backend.dataDir, { recursive: true, force: true });
  });

  it('loads Swagger UI from the server alone and calls GET /me with the token', async () => {
    const context = await browser.newContext();
    const elsewhere: string[] = [];
    const loaded: string[] = [];
    // Anything not from this server is recorded and refused, as it would fail offline.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== new URL(server.url).origin && url.protocol !== 'data:') {
        elsewhere.push(url.href);
        return route.abort();
      }
      loaded.push(url.pathname);
      return route.continue();
    });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    page.on('pageerror', (error) => refused.push(String(error)));

    await page.goto(`${server.url}/api/v1/docs`);
    await expect
      .poll(() => page.locator('.swagger-ui .info .title').textContent(), { timeout: 30_000 })
      .toMatch(/readouts API/);
    const operations = page.locator('.opblock-summary-path');
    await expect.poll(() => operations.count()).toBeGreaterThanOrEqual(10);
    const paths = (await operations.allTextContents()).map((p) => p.replace(/\u200b/g, '').trim());
    expect(paths).toEqual(expect.arrayContaining(['/people', '/people/{id}', '/me', '/export', '/stats']));
    expect(loaded).toEqual(
      expect.arrayContaining([
        '/api/v1/docs',
        '/api/v1/docs/swagger-ui-bundle.js',
        '/api/v1/docs/swagger-ui.css',
        '/api/v1/docs/app.js',
        '/api/v1/openapi.json',
      ]),
    );

    // Authorize with the bearer token, then try GET /me.
    await page.locator('.auth-wrapper .authorize').click();
    await page.locator('.auth-container input').fill(token);
    await page.locator('.auth-btn-wrapper .authorize').click();
    await page.locator('.auth-btn-wrapper .btn-done').click();
    const me = page
      .locator('.opblock')
      .filter({ has: page.locator('.opblock-summary-path', { hasText: /^\/me$/ }) });
    await me.locator('.opblock-summary').click();
    // Try it out is on from the start (tryItOutEnabled).
    await me.locator('.execute').click();
    const status = me.locator('.live-responses-table tbody .response-col_status').first();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/200/);
    await expect
      .poll(() => me.locator('.live-responses-table .microlight').first().textContent())
      .toMatch(/alice/);

    expect(elsewhere).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });
});
