// The people of a collection: every participant of every readout resolved to a person, first on
// its own (resolveMention), then against the collection (a Japanese-script name another page gave
// with its Latin form; a family name alone that only one person of that country bears), then with
// the user's split and join decisions on top.
import type { MeetingFormat, Readout, Side } from '@readouts/schema';
import { type Assignment, applyDecisions, type PersonDecision } from './decisions';
import { type Mention, participantMention } from './mention';
import { isLatin, latinWords, scriptKey } from './names';
import type { JapanOffice } from './offices';
import { type Resolution, type ResolutionRule, resolveMention } from './resolve';

/** One time a person appears: a participant of a readout. */
export interface Appearance {
  readoutId: string;
  participantIndex: number;
  date: string | null;
  format: MeetingFormat;
  lang: Readout['lang'];
  /** The name as that page writes it. */
  name: string;
  title: string | null;
  /** Japan's side: the office held at that meeting. */
  office: JapanOffice | null;
  role: Readout['participants'][number]['role'];
  /** How the mention was resolved: a rule of resolveMention, `alias`, `family` or `decision`. */
  rule: RegistryRule;
}

export type RegistryRule = ResolutionRule | 'alias' | 'family' | 'decision';

export interface Person {
  id: string;
  side: Side;
  country: string | null;
  /** The name in Latin script when any page or table gives it. */
  nameLatin: string | null;
  /** The name in Japanese script when any page or table gives it. */
  nameJa: string | null;
  /** Every spelling seen, first seen first. */
  names: string[];
  /** Oldest meeting first (undated last). */
  appearances: Appearance[];
}

export interface Registry {
  people: Person[];
  /** The person of a participant, by readout id and the participant's index. */
  personOf(readoutId: string, participantIndex: number): Person | undefined;
  get(personId: string): Person | undefined;
}

interface Resolved extends Assignment {
  participantIndex: number;
  readout: Readout;
  mention: Mention;
  resolution: Resolution;
  rule: RegistryRule;
}

const scope = (r: Resolution, side: Side) => `${side}\u0000${r.country ?? ''}`;

/**
 * Indexes what the collection says about names: which person a Japanese-script spelling belongs
 * to (from pages that gave it with a Latin form, or tables), and which people bear a family name.
 */
function collectionIndex(resolved: Resolved[]) {
  const scripts = new Map<string, Set<string>>();
  const families = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, id: string) =>
    map.set(key, (map.get(key) ?? new Set()).add(id));
  for (const x of resolved) {
    const { resolution: r, mention: m } = x;
    if (r.familyOnly !== null) continue;
    const where = scope(r, m.side);
    if (r.nameJa && r.nameLatin) add(scripts, `${where}\u0000${scriptKey(r.nameJa)}`, r.personId);
    const family = x.readout.participants[x.participantIndex]!.familyName;
    if (family) add(families, `${where}\u0000${familyKey(family)}`, r.personId);
    if (r.nameJa && m.side === 'japan') {
      // A Japanese name in kanji starts with the family name: 城内 of 城内実.
      const ja = scriptKey(r.nameJa);
      for (let n = 1; n < ja.length; n++) add(families, `${where}\u0000${ja.slice(0, n)}`, r.personId);
    }
    if (r.nameLatin)
      for (const w of latinWords(r.nameLatin, m.side === 'japan'))
        add(families, `${where}\u0000${w}`, r.personId);
  }
  return { scripts, families };
}

const familyKey = (family: string) =>
  isLatin(family) ? (latinWords(family, true)[0] ?? '') : scriptKey(family);

/** Re-resolves, against the collection, the mentions their own words could not settle. */
function refine(resolved: Resolved[]): Resolved[] {
  const { scripts, families } = collectionIndex(resolved);
  const only = (ids: Set<string> | undefined) => (ids && ids.size === 1 ? [...ids][0]! : null);
  return resolved.map((x) => {
    const { resolution: r, mention: m } = x;
    const where = scope(r, m.side);
    if (r.rule === 'name' && r.nameJa && !r.nameLatin) {
      const id = only(scripts.get(`${where}\u0000${scriptKey(r.nameJa)}`));
      if (id) return { ...x, personId: id, rule: 'alias' };
    }
    if (r.familyOnly !== null) {
      const key = isLatin(r.familyOnly)
        ? (latinWords(r.familyOnly, m.side === 'japan')[0] ?? '')
        : scriptKey(r.familyOnly);
      const id = only(families.get(`${where}\u0000${key}`));
      if (id) return { ...x, personId: id, rule: 'family' };
    }
    return x;
  });
}

const oldestFirst = (a: Appearance, b: Appearance) =>
  (a.date ?? '9999') < (b.date ?? '9999') ? -1 : (a.date ?? '9999') > (b.date ?? '9999') ? 1 : 0;

/** Gathers assignments into people. */
function gather(resolved: Resolved[]): Person[] {
  const people = new Map<string, Person>();
  for (const x of resolved) {
    const { readout, participantIndex: i, resolution: r } = x;
    const p = readout.participants[i]!;
    const person = people.get(x.personId) ?? {
      id: x.personId,
      side: p.side,
      country: r.country,
      nameLatin: null,
      nameJa: null,
      names: [],
      appearances: [],
    };
    // Table names (resolution) are preferred to a page's spelling; the first seen otherwise.
    if (
      r.rule === 'official-name' ||
      r.rule === 'official-family' ||
      r.rule === 'official-title' ||
      r.rule === 'counterpart-table'
    ) {
      person.nameLatin = r.nameLatin;
      person.nameJa = r.nameJa;
    } else {
      person.nameLatin ??= r.nameLatin;
      person.nameJa ??= r.nameJa;
    }
    person.country ??= r.country;
    if (!person.names.includes(p.name)) person.names.push(p.name);
    person.appearances.push({
      readoutId: readout.id,
      participantIndex: i,
      date: readout.date ?? readout.publishedDate,
      format: readout.format,
      lang: readout.lang,
      name: p.name,
      title: p.title,
      office: r.office,
      role: p.role,
      rule: x.rule,
    });
    people.set(x.personId, person);
  }
  for (const person of people.values()) person.appearances.sort(oldestFirst);
  return [...people.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Resolves the people of a collection, then applies the user's decisions (see decisions.ts).
 * @example buildRegistry(readouts).get('jp-kono-taro')?.appearances.length
 */
export function buildRegistry(readouts: readonly Readout[], decisions: PersonDecision[] = []): Registry {
  const automatic: Resolved[] = readouts.flatMap((readout) =>
    readout.participants.map((_, participantIndex) => {
      const mention = participantMention(readout, participantIndex);
      const resolution = resolveMention(mention);
      return {
        readoutId: readout.id,
        personId: resolution.personId,
        participantIndex,
        readout,
        mention,
        resolution,
        rule: resolution.rule as RegistryRule,
      };
    }),
  );
  const refined = refine(automatic);
  const decided = applyDecisions(refined, decisions).map((x, i) =>
    x.personId === refined[i]!.personId ? x : { ...x, rule: 'decision' as const },
  );
  const people = gather(decided);
  const byId = new Map(people.map((p) => [p.id, p]));
  const byMention = new Map(decided.map((x) => [`${x.readoutId}\u0000${x.participantIndex}`, x.personId]));
  return {
    people,
    get: (id) => byId.get(id),
    personOf: (readoutId, index) => {
      const id = byMention.get(`${readoutId}\u0000${index}`);
      return id === undefined ? undefined : byId.get(id);
    },
  };
}
