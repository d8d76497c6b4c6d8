// Test-data factories: readouts, extraction results and page statuses with sensible defaults.
import {
  type ExtractResult,
  emptyUserFields,
  type Participant,
  type Readout,
  type ReadoutContent,
  SCHEMA_VERSION,
} from '@readouts/schema';
import { IDBFactory } from 'fake-indexeddb';

let counter = 0;

export function fakeParticipant(overrides: Partial<Participant> = {}): Participant {
  return {
    name: 'Marise Payne',
    familyName: 'Payne',
    title: 'Minister for Foreign Affairs',
    country: 'AU',
    side: 'counterpart',
    ...overrides,
  };
}

/** Extracted content of a readout; each call gets a fresh id unless one is given. */
export function fakeContent(overrides: Partial<ReadoutContent> = {}): ReadoutContent {
  counter += 1;
  const id = overrides.id ?? `press-release-press4e_${String(counter).padStart(6, '0')}`;
  const url = `https://www.mofa.go.jp/${id.replace(/-/g, '/')}.html`;
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    url,
    canonicalUrl: url,
    lang: 'en',
    title: 'Japan-Australia Foreign Ministers’ Meeting',
    section: 'Press Releases',
    publishedDate: '2019-11-22',
    date: '2019-11-22',
    startTime: '17:45',
    japanTime: null,
    durationMinutes: 40,
    format: 'meeting',
    participants: [
      fakeParticipant({ name: 'Toshimitsu Motegi', familyName: 'Motegi', country: 'JP', side: 'japan' }),
      fakeParticipant(),
    ],
    location: { city: 'Nagoya', country: 'JP', venue: null },
    points: [{ n: 1, text: 'The two ministers confirmed their cooperation.' }],
    topics: [],
    links: { languageCounterpart: null, related: [] },
    capture: {
      capturedAt: '2026-01-01T00:00:00.000Z',
      extractorVersion: '0.1.0',
      contentHash: 'hash-1',
      warnings: [],
    },
    ...overrides,
  };
}

/** A saved readout: extracted content plus the user's fields. */
export function fakeReadout(overrides: Partial<Readout> = {}): Readout {
  const { user, ...content } = overrides;
  return { ...fakeContent(content), user: { ...emptyUserFields(), ...user } };
}

export function readoutResult(
  content: ReadoutContent = fakeContent(),
  warnings: string[] = [],
): ExtractResult {
  return { kind: 'readout', readout: content, warnings };
}

export function notReadoutResult(reasons = ['No meeting date or participants found.']): ExtractResult {
  return { kind: 'not-readout', reasons };
}

/** Gives each test an empty IndexedDB. */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}
