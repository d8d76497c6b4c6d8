// A large, varied collection for the collection page's speed bench and its real-Chromium test:
// readouts spread over 25 years, many counterparts and people, English and Japanese versions of
// the same meetings (so pairing has work), written straight into the extension's IndexedDB.
import { type Readout, SCHEMA_VERSION, uncorrected } from '@readouts/schema';
import type { Page } from 'playwright-core';

const COUNTRIES = ['AU', 'KR', 'US', 'BR', 'IN', 'FR', 'DE', 'GB', 'CN', 'VN', 'ID', 'PH', 'CA', 'IT', 'MX'];
const FAMILY = ['Smith', 'Kim', 'Silva', 'Sharma', 'Martin', 'Müller', 'Brown', 'Wang', 'Nguyen', 'Santos'];
const GIVEN = ['Anna', 'David', 'Maria', 'Raj', 'Pierre', 'Hans', 'Emma', 'Li', 'Minh', 'Jose', 'Sara'];
const JA_FAMILY = ['茂木', '林', '上川', '岸田', '河野', '岩屋'];
const JA_GIVEN = ['敏充', '芳正', '陽子', '文雄', '太郎', '毅'];
const TOPICS = ['Indo-Pacific', 'Economy', 'Security', 'Climate', 'Energy', 'Health', 'Trade'];

const day = (i: number) =>
  new Date(Date.UTC(2000, 0, 1) + (i % 9000) * 86_400_000).toISOString().slice(0, 10);

/** The `i`th meeting's English readout, and every other meeting's Japanese version of it. */
function meeting(i: number): Readout[] {
  const country = COUNTRIES[i % COUNTRIES.length]!;
  const counterpart = `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 7) % FAMILY.length]}${i % 97}`;
  const japanese = `${JA_FAMILY[i % JA_FAMILY.length]}${JA_GIVEN[(i * 5) % JA_GIVEN.length]}`;
  const date = day(i * 3);
  const base = (lang: 'en' | 'ja', id: string, title: string, points: string[]): Readout => ({
    schemaVersion: SCHEMA_VERSION,
    id,
    url: `https://www.mofa.go.jp/${id}.html`,
    canonicalUrl: `https://www.mofa.go.jp/${id}.html`,
    lang,
    title,
    section: lang === 'en' ? 'Press Releases' : '会談',
    publishedDate: date,
    date,
    startTime: '10:00',
    japanTime: null,
    durationMinutes: 30 + (i % 4) * 15,
    format: i % 5 === 0 ? 'telephone' : 'meeting',
    participants: [
      {
        name: lang === 'en' ? 'Foreign Minister' : japanese,
        nameLatin: null,
        familyName: null,
        title: lang === 'en' ? 'Minister for Foreign Affairs' : '外務大臣',
        country: 'JP',
        side: 'japan',
        role: 'principal',
      },
      {
        name: counterpart,
        nameLatin: null,
        familyName: counterpart.split(' ')[1] ?? null,
        title: 'Minister',
        country,
        side: 'counterpart',
        role: 'principal',
      },
    ],
    location: { city: i % 2 ? 'Tokyo' : null, country: i % 2 ? 'JP' : country, venue: null },
    points: points.map((text, n) => ({ n: n + 1, text })),
    topics: [TOPICS[i % TOPICS.length]!],
    links: { languageCounterpart: null, related: [] },
    capture: {
      capturedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
      extractorVersion: '0.1.0',
      contentHash: `h${id}`,
      warnings: [],
      evidence: [],
    },
    user: {
      tags: i % 10 === 0 ? ['Quad'] : [],
      note: i % 50 === 0 ? `Follow up meeting ${i}` : '',
      starred: false,
    },
    ...uncorrected(),
  });
  const en = base(
    'en',
    `press-release-press4e_${String(i).padStart(6, '0')}`,
    `Japan-${country} Meeting no. ${i}`,
    [
      `The two ministers discussed cooperation on ${TOPICS[(i + 1) % TOPICS.length]} (case ${i}).`,
      `They agreed to continue close communication toward the summit in ${1990 + (i % 35)}.`,
      'Both sides confirmed their commitment to a free and open order.',
    ],
  );
  if (i % 2) return [en];
  const ja = base('ja', `mofaj-press-page_${String(i).padStart(6, '0')}`, `日${country}外相会談 第${i}回`, [
    `両外相は${TOPICS[(i + 1) % TOPICS.length]}分野での協力について意見交換を行った。`,
    '双方は引き続き緊密に意思疎通を図っていくことで一致した。',
  ]);
  return [en, ja];
}

/** `count` readouts (English and Japanese), newest meeting last. */
export function largeCollection(count: number): Readout[] {
  const readouts: Readout[] = [];
  for (let i = 0; readouts.length < count; i++) readouts.push(...meeting(i));
  return readouts.slice(0, count);
}

/** Counterpart countries, as the extension's `readouts` store rows carry them for its index. */
const countriesOf = (readout: Readout) =>
  [
    ...new Set(
      readout.participants.filter((p) => p.side === 'counterpart' && p.country).map((p) => p.country!),
    ),
  ].sort();

/**
 * Writes `readouts` into the extension's IndexedDB through one of its pages (which must have
 * opened the database once, so the stores exist), in batches small enough to pass to the page.
 */
export async function seedCollection(extensionPage: Page, readouts: readonly Readout[]): Promise<void> {
  for (let start = 0; start < readouts.length; start += 2000) {
    const rows = readouts.slice(start, start + 2000).map((readout) => ({
      id: readout.id,
      readout,
      countries: countriesOf(readout),
    }));
    await extensionPage.evaluate(async (batch) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('readouts');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('readouts', 'readwrite');
      for (const row of batch) tx.objectStore('readouts').put(row);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, rows);
  }
}
