// Test-data factories for readouts, shared by this package's tests.
import { emptyUserFields, type Readout, SCHEMA_VERSION } from '../readout';

/** A valid readout with every field set; pass overrides for what a test cares about. */
export function fakeReadout(overrides: Partial<Readout> = {}): Readout {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'press-release-press4e_002699',
    url: 'https://www.mofa.go.jp/press/release/press4e_002699.html',
    canonicalUrl: 'https://www.mofa.go.jp/press/release/press4e_002699.html',
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
      {
        name: 'Toshimitsu Motegi',
        familyName: 'Motegi',
        title: 'Minister for Foreign Affairs',
        country: 'JP',
        side: 'japan',
      },
      {
        name: 'Marise Payne',
        familyName: 'Payne',
        title: 'Minister for Foreign Affairs',
        country: 'AU',
        side: 'counterpart',
      },
    ],
    location: { city: 'Nagoya', country: 'JP', venue: null },
    points: [{ n: 1, text: 'The two ministers confirmed their cooperation.' }],
    topics: ['Indo-Pacific'],
    links: { languageCounterpart: null, related: [] },
    capture: {
      capturedAt: '2026-01-01T00:00:00.000Z',
      extractorVersion: '0.1.0',
      contentHash: 'abc',
      warnings: [],
    },
    user: emptyUserFields(),
    ...overrides,
  };
}
