// The analysis page in real Chromium: a collection imported through the collection page, then the
// person view (one meeting per EN/JA pair, the office held at each), a country's chart (one bar
// per year, zeros included, counts as data), a bar reached with Tab and opened with Enter into the
// filtered collection, a BibTeX export read back by Better BibTeX's parser, and Copy citation.
import { readFileSync } from 'node:fs';
import type { Participant, Readout } from '@readouts/schema';
import { fakeReadout } from '@readouts/schema/testing';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedExtension, launchWithExtension } from './extension/launch';

const japan = (name: string, familyName: string, title: string): Participant => ({
  name,
  familyName,
  title,
  nameLatin: null,
  country: 'JP',
  side: 'japan',
  role: 'principal',
});
const counterpart = (name: string, familyName: string, country: string): Participant => ({
  name,
  familyName,
  title: null,
  nameLatin: null,
  country,
  side: 'counterpart',
  role: 'principal',
});

const url = (page: string) => `https://www.mofa.go.jp/press/release/${page}.html`;
/** A readout of the page `press/release/<page>.html`, with the id the collection gives that address. */
const readout = (page: string, date: string, participants: Participant[], more: Partial<Readout> = {}) =>
  fakeReadout({
    id: `press-release-${page}`,
    url: url(page),
    canonicalUrl: url(page),
    date,
    publishedDate: date,
    participants,
    title: `Meeting ${page}`,
    ...more,
  });

/** Kishida meets Korea as Foreign Minister (2015) and Greece as Prime Minister (2022, EN and JA). */
const READOUTS = [
  readout('press4e_100001', '2015-11-01', [
    japan('Fumio Kishida', 'Kishida', 'Minister for Foreign Affairs'),
    counterpart('Yun Byung-se', 'Yun', 'KR'),
  ]),
  readout('press4e_100002', '2019-08-20', [
    japan('Taro Kono', 'Kono', 'Minister for Foreign Affairs'),
    counterpart('Nikos Dendias', 'Dendias', 'GR'),
  ]),
  readout(
    'press4e_100003',
    '2022-03-10',
    [
      japan('Fumio Kishida', 'Kishida', 'Prime Minister'),
      counterpart('Kyriakos Mitsotakis', 'Mitsotakis', 'GR'),
    ],
    {
      format: 'telephone',
      title: 'Japan-Greece Summit Telephone Talk: 100% {firm} & “Ōno”',
      links: { languageCounterpart: url('press4_100003'), related: [] },
    },
  ),
  readout(
    'press4_100003',
    '2022-03-10',
    [japan('岸田文雄', '岸田', '内閣総理大臣'), counterpart('ミツォタキス', 'ミツォタキス', 'GR')],
    {
      lang: 'ja',
      format: 'telephone',
      title: '日・ギリシャ首脳電話会談',
      links: { languageCounterpart: url('press4e_100003'), related: [] },
    },
  ),
  readout('press4e_100004', '2022-07-01', [
    japan('Yoshimasa Hayashi', 'Hayashi', 'Minister for Foreign Affairs'),
    counterpart('Nikos Dendias', 'Dendias', 'GR'),
  ]),
];

let ext: LoadedExtension;

async function openCollection(query = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.url(`collection.html${query}`));
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

beforeAll(async () => {
  ext = await launchWithExtension();
  const collection = await openCollection();
  await collection.setInputFiles('input[data-action="import-file"]', {
    name: 'analysis.jsonl',
    mimeType: 'application/jsonl',
    buffer: Buffer.from(READOUTS.map((r) => JSON.stringify(r)).join('\n')),
  });
  await collection.waitForFunction((n) => document.querySelectorAll('.row').length >= n - 1, READOUTS.length);
  await collection.close();
});

afterAll(async () => {
  await ext?.context.close();
});

/** Opens the analysis page from the collection's toolbar link. */
async function openAnalysis(): Promise<Page> {
  const page = await openCollection();
  await page.click('a[data-action="analysis"]');
  await page.waitForURL(/analysis\.html/);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

describe('the analysis page', () => {
  it('finds Kishida by his kanji name and lists his meetings with the office held at each', async () => {
    const page = await openAnalysis();
    await page.fill('input[name="people-q"]', '岸田');
    await page.click('button[data-person="jp-kishida-fumio"]');
    const person = page.locator('article[data-person="jp-kishida-fumio"]');
    await person.waitFor();
    const meetings = await person
      .locator('li[data-meeting]')
      .evaluateAll((items) =>
        items.map((li) => [li.getAttribute('data-meeting'), li.getAttribute('data-office')]),
      );
    // The Japanese version of the 2022 talk is the same meeting: listed once.
    expect(meetings).toEqual([
      ['press-release-press4e_100001', 'foreign-minister'],
      ['press-release-press4e_100003', 'prime-minister'],
    ]);
    expect(await person.locator('ul.offices li').allTextContents()).toEqual([
      'Foreign Minister: 2015-11-01 to 2015-11-01 (1 meetings)',
      'Prime Minister: 2022-03-10 to 2022-03-10 (1 meetings)',
    ]);
    expect(await person.locator('.names').textContent()).toContain('岸田文雄');
    await page.close();
  });

  it('charts Greece with one bar per year, zeros included, and opens a bar with Tab and Enter', async () => {
    const page = await openAnalysis();
    await page.click('button[data-tab="countries"]');
    await page.selectOption('select[name="country"]', 'GR');
    await page.waitForSelector('.country-view[data-country="GR"]');
    const bars = page.locator('svg[data-chart="country-years"] a.bar');
    const data = await bars.evaluateAll((items) =>
      items.map((a) => [
        a.getAttribute('data-year'),
        a.getAttribute('data-count'),
        a.querySelector('.count')?.textContent,
      ]),
    );
    expect(data).toEqual([
      ['2019', '1', '1'],
      ['2020', '0', '0'],
      ['2021', '0', '0'],
      ['2022', '2', '2'],
    ]);
    expect(await page.locator('.since').allTextContents()).toContain(
      'First Foreign Minister · in-person meeting since 2019-08-20 (2.9 years). Last meeting at any level: 2022-03-10.',
    );
    // Keyboard only: from the split menu, Tab moves through the bars in year order.
    await page.focus('select[name="split"]');
    const focused: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => document.activeElement?.getAttribute('data-year') ?? 'none'));
    }
    expect(focused).toEqual(['2019', '2020', '2021', '2022']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      '2022: 2 meetings (Meeting 1, Telephone 1). Open in the collection.',
    );
    await Promise.all([page.waitForURL(/collection\.html/), page.keyboard.press('Enter')]);
    const opened = new URL(page.url());
    expect(Object.fromEntries(opened.searchParams)).toEqual({
      country: 'GR',
      from: '2022-01-01',
      to: '2022-12-31',
    });
    await page.close();
  });

  it('exports BibTeX that Better BibTeX’s parser reads with the titles, dates and URLs', async () => {
    const page = await openAnalysis();
    await page.click('button[data-tab="export"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button[data-export="bibtex"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^readouts-\d{4}-\d{2}-\d{2}\.bib$/);
    const library = parseBibtex(readFileSync((await download.path())!, 'utf8'));
    expect(library.errors).toEqual([]);
    const byUrl = new Map(library.entries.map((e) => [e.fields.url, e.fields]));
    expect(byUrl.size).toBe(READOUTS.length);
    for (const r of READOUTS) {
      expect(byUrl.get(r.canonicalUrl)).toMatchObject({ title: r.title, date: r.publishedDate });
    }
    await page.close();
  });

  it('offers Copy citation in the collection’s detail view', async () => {
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openCollection();
    await page.click('.row[data-id="press-release-press4e_100004"]');
    const button = page.locator('button[data-action="copy-citation"]');
    const expected =
      'Ministry of Foreign Affairs of Japan. “Meeting press4e_100004.” July 1, 2022. Accessed January 1, 2026. https://www.mofa.go.jp/press/release/press4e_100004.html.';
    expect(await button.getAttribute('title')).toBe(expected);
    await button.click();
    await page.waitForFunction(
      () => document.querySelector('[data-action="copy-citation"]')?.textContent === 'Citation copied',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await page.close();
  });
});
