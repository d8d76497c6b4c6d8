import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtractCli } from '../cli/run';
import { pageHtml } from './factories';

const packageDir = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(import.meta.dirname, 'fixtures');

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: packageDir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = run.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  return { status: run.status, stderr: run.stderr, lines };
}

describe('readouts extract (a real process)', { timeout: 60_000 }, () => {
  it('prints one JSON line per file, taking the URL from the page', () => {
    const mexico = path.join(fixtures, 'la_c-m_ca_c-mx-page4e_000895.html');
    const press = path.join(fixtures, 'press-kaiken-kaiken4e_000669.html');
    const { status, lines } = cli('extract', mexico, press);
    expect(status).toBe(0);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ file: mexico, kind: 'readout', reasons: [] });
    expect(lines[0].readout.canonicalUrl).toBe('https://www.mofa.go.jp/la_c/m_ca_c/mx/page4e_000895.html');
    expect(Object.keys(lines[1])).toEqual(['file', 'kind', 'readout', 'reasons', 'warnings']);
    expect(lines[1]).toMatchObject({ file: press, kind: 'not-readout', readout: null });
    expect(lines[1].reasons.length).toBeGreaterThan(0);
  });

  it('prints the headline as title and the h1 as section on real-skeleton pages, English and Japanese', () => {
    const real = path.join(packageDir, 'eval/dev/real');
    const en = path.join(real, 'press-release-press4e_002699.html');
    const ja = path.join(real, 'mofaj-la_c-sa-br-page1_000839.html');
    const { status, lines } = cli('extract', en, ja);
    expect(status).toBe(0);
    expect(lines.map((l) => [l.readout.title, l.readout.section, l.readout.lang])).toEqual([
      ['Japan-Australia Foreign Ministers’ Meeting', 'Press Releases', 'en'],
      ['日・ブラジル首脳会談', 'ブラジル連邦共和国', 'ja'],
    ]);
    expect(lines[0].readout.canonicalUrl).toBe('https://www.mofa.go.jp/press/release/press4e_002699.html');
  });

  it('reports an unreadable file on stderr, exits non-zero and still prints the others', () => {
    const good = path.join(fixtures, 'press-release-press4e_001269.html');
    const { status, stderr, lines } = cli('extract', '/nonexistent/page.html', good);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/nonexistent\/page\.html/);
    expect(lines.map((l) => l.file)).toEqual([good]);
  });

  it('uses --url for a page that states none, and a file:// URL otherwise', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'readouts-cli-'));
    const file = path.join(dir, 'page.html');
    writeFileSync(
      file,
      pageHtml({
        headline: 'Japan-Peru Foreign Ministers’ Meeting',
        dateline: 'May 3, 2022',
        lead: 'On May 3, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. A B, Minister of Foreign Affairs of the Republic of Peru.',
      }),
    );
    const withUrl = cli('extract', file, '--url', 'https://www.mofa.go.jp/la_c/sa/pe/page1e_000001.html');
    expect(withUrl.lines[0].readout.id).toBe('la_c-sa-pe-page1e_000001');
    const without = cli('extract', file);
    expect(without.lines[0].readout.url).toBe(`file://${file}`);
  });
});

describe('runExtractCli', () => {
  it('rejects a missing subcommand or missing files with a usage message', async () => {
    const err: string[] = [];
    const io = { stdout: () => {}, stderr: (l: string) => err.push(l) };
    expect(await runExtractCli([], io)).toBe(2);
    expect(await runExtractCli(['extract'], io)).toBe(2);
    expect(err.join('\n')).toMatch(/usage: readouts extract/);
  });
});

describe('runExtractCli output targets', () => {
  it('writes lines to stream-like objects as well as to functions', async () => {
    const chunks: string[] = [];
    const stream = { write: (chunk: string) => chunks.push(chunk) };
    const code = await runExtractCli(['extract', path.join(fixtures, 'press-release-press4e_001269.html')], {
      stdout: stream,
      stderr: stream,
    });
    expect(code).toBe(0);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.endsWith('\n')).toBe(true);
    expect(JSON.parse(chunks[0]!)).toMatchObject({ kind: 'readout' });
  });
});
