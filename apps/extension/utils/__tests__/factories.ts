// Test-data factories: readouts, extraction results and page statuses with sensible defaults.
import {
  type ExtractResult,
  emptyUserFields,
  type Notice,
  type Participant,
  type Readout,
  type ReadoutContent,
  uncorrected,
} from '@readouts/schema';
import { fakeReadoutContent } from '@readouts/schema/testing';
import { IDBFactory } from 'fake-indexeddb';

let counter = 0;

export function fakeParticipant(overrides: Partial<Participant> = {}): Participant {
  return {
    name: 'Marise Payne',
    familyName: 'Payne',
    title: 'Minister for Foreign Affairs',
    country: 'AU',
    side: 'counterpart',
    nameLatin: null,
    role: 'principal',
    ...overrides,
  };
}

/** Extracted content of a readout; each call gets a fresh id unless one is given. */
export function fakeContent(overrides: Partial<ReadoutContent> = {}): ReadoutContent {
  counter += 1;
  const id = overrides.id ?? `press-release-press4e_${String(counter).padStart(6, '0')}`;
  const url = `https://www.mofa.go.jp/${id.replace(/-/g, '/')}.html`;
  return fakeReadoutContent({
    id,
    url,
    canonicalUrl: url,
    participants: [
      fakeParticipant({ name: 'Toshimitsu Motegi', familyName: 'Motegi', country: 'JP', side: 'japan' }),
      fakeParticipant(),
    ],
    topics: [],
    capture: {
      capturedAt: '2026-01-01T00:00:00.000Z',
      extractorVersion: '0.1.0',
      contentHash: 'hash-1',
      warnings: [],
      evidence: [],
    },
    ...overrides,
  });
}

/** A saved readout: extracted content plus the user's fields. */
export function fakeReadout(overrides: Partial<Readout> = {}): Readout {
  const { user, ...content } = overrides;
  return { ...fakeContent(content), ...uncorrected(), user: { ...emptyUserFields(), ...user } };
}

export function readoutResult(
  content: ReadoutContent = fakeContent(),
  warnings: Notice[] = [],
): ExtractResult {
  return { kind: 'readout', readout: content, warnings };
}

export function notReadoutResult(reasons: Notice[] = [{ code: 'page.no-lead', params: {} }]): ExtractResult {
  return { kind: 'not-readout', reasons };
}

/** Gives each test an empty IndexedDB. */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}
