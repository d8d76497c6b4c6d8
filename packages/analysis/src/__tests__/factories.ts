// Hand-made meetings for the analysis tests: a readout built from who met whom, when and how,
// with the rest of its fields from the schema's factory.
import type { Lang, MeetingFormat, Participant, Readout } from '@readouts/schema';
import { fakeReadout } from '@readouts/schema/testing';

/** Japan's side by its office, as a MOFA page titles it. */
export const JAPAN = {
  pm: { name: 'Fumio Kishida', familyName: 'Kishida', title: 'Prime Minister' },
  fm: { name: 'Yoko Kamikawa', familyName: 'Kamikawa', title: 'Minister for Foreign Affairs' },
  state: { name: 'Kiyoshi Ejima', familyName: 'Ejima', title: 'State Minister for Foreign Affairs' },
  pvm: {
    name: 'Hiroshi Fukazawa',
    familyName: 'Fukazawa',
    title: 'Parliamentary Vice-Minister for Foreign Affairs',
  },
} as const;

export interface MeetingSpec {
  id: string;
  date: string | null;
  format?: MeetingFormat;
  lang?: Lang;
  japan?: keyof typeof JAPAN;
  /** Counterparts as `[name, country, title]`. */
  counterparts: Array<[string, string, string?]>;
  title?: string;
  /** The canonical URL of the other-language version of the same meeting. */
  counterpartUrl?: string;
}

const urlOf = (id: string) => `https://www.mofa.go.jp/${id}.html`;

/** A readout of one meeting: Japan's principal and its counterparts. */
export function meeting(spec: MeetingSpec): Readout {
  const japan = JAPAN[spec.japan ?? 'fm'];
  const participants: Participant[] = [
    { ...japan, nameLatin: null, country: 'JP', side: 'japan', role: 'principal' },
    ...spec.counterparts.map(
      ([name, country, title]): Participant => ({
        name,
        familyName: name.split(' ').at(-1) ?? name,
        title: title ?? null,
        nameLatin: null,
        country,
        side: 'counterpart',
        role: 'principal',
      }),
    ),
  ];
  return fakeReadout({
    id: spec.id,
    url: urlOf(spec.id),
    canonicalUrl: urlOf(spec.id),
    lang: spec.lang ?? 'en',
    title: spec.title ?? `Meeting ${spec.id}`,
    date: spec.date,
    publishedDate: spec.date,
    format: spec.format ?? 'meeting',
    participants,
    links: { languageCounterpart: spec.counterpartUrl ?? null, related: [] },
  });
}

export { urlOf };
