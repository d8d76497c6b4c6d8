// Test-data factories for readouts, shared by every package's tests (import from
// '@readouts/schema/testing'); never imported by product code.
import { emptyUserFields, type Readout, type ReadoutContent, SCHEMA_VERSION, uncorrected } from './readout';

/** A valid readout content with every field set; pass overrides for what a test cares about. */
export function fakeReadoutContent(overrides: Partial<ReadoutContent> = {}): ReadoutContent {
  const id = overrides.id ?? 'press-release-press4e_002699';
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    url: `https://www.mofa.go.jp/press/release/${id}.html`,
    canonicalUrl: `https://www.mofa.go.jp/press/release/${id}.html`,
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
        nameLatin: null,
        familyName: 'Motegi',
        title: null,
        country: 'JP',
        side: 'japan',
        role: 'principal',
      },
      {
        name: 'Marise Payne',
        nameLatin: null,
        familyName: 'Payne',
        title: null,
        country: 'AU',
        side: 'counterpart',
        role: 'principal',
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
      evidence: [],
    },
    ...overrides,
  };
}

/** A saved readout: content plus the user's fields; override any content field or `user`. */
export function fakeReadout(overrides: Partial<Readout> = {}): Readout {
  const { user, corrected, extracted, pageChanged, ...content } = overrides;
  return {
    ...fakeReadoutContent(content),
    user: { ...emptyUserFields(), ...user },
    ...uncorrected(),
    ...(corrected ? { corrected } : {}),
    ...(extracted ? { extracted } : {}),
    ...(pageChanged ? { pageChanged } : {}),
  };
}
