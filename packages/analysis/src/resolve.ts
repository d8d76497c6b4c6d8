// Resolves one mention to a person id on its own, without the rest of the collection: Japan's side
// through the table of officials (full name, family name or title on the date), the counterpart
// side by name and country (with the table of names in Chinese characters).
import { COUNTERPART_NAME_ROWS } from './data/counterpart-names';
import type { Mention } from './mention';
import { splitTitle } from './mention';
import { idPart, isLatin, latinKey, latinWords, scriptKey } from './names';
import { type JapanOffice, officeOfTitle, type TermOffice, termOfficeOfTitle } from './offices';
import {
  type Official,
  officeholderOn,
  officialByName,
  officialId,
  officialKanjiName,
  officialLatinName,
  officialsByFamily,
  termOn,
} from './officials';

/** Which rule resolved a mention, so a miss in the eval points at its rule. */
export type ResolutionRule =
  | 'official-name'
  | 'official-family'
  | 'official-title'
  | 'counterpart-table'
  | 'name'
  | 'family-unresolved'
  | 'title-unresolved';

export interface Resolution {
  personId: string;
  rule: ResolutionRule;
  /** The person's name in Latin script when known ("KONO Taro", "Wang Yi"). */
  nameLatin: string | null;
  /** The person's name in Japanese script when known (河野太郎, 王毅). */
  nameJa: string | null;
  country: string | null;
  /** Japan's side: the office held at the meeting (from the title, else from the table by date). */
  office: JapanOffice | null;
  /** A family name alone, when the table could not decide; the registry may still match it. */
  familyOnly: string | null;
}

interface CounterpartEntry {
  script: string;
  latin: string;
  country: string;
}

let counterpartTable: CounterpartEntry[] | null = null;
const counterparts = (): CounterpartEntry[] => {
  counterpartTable ??= COUNTERPART_NAME_ROWS.trim()
    .split('\n')
    .map((row) => {
      const [script = '', latin = '', country = ''] = row.split('|');
      return { script, latin, country };
    });
  return counterpartTable;
};

const fromOfficial = (o: Official, rule: ResolutionRule, office: JapanOffice | null): Resolution => ({
  personId: officialId(o),
  rule,
  nameLatin: officialLatinName(o),
  nameJa: officialKanjiName(o),
  country: 'JP',
  office,
  familyOnly: null,
});

/** A table office as one of Japan's office codes (the Chief Cabinet Secretary is `other`). */
const asJapanOffice = (office: TermOffice): JapanOffice =>
  office === 'chief-cabinet-secretary' ? 'other' : office;

/** The office a table official held on the date, when the title does not say. */
const officeByDate = (o: Official, date: string | null): JapanOffice | null => {
  const term = termOn(o, date);
  return term ? asJapanOffice(term.office) : null;
};

/**
 * Whether a bare name is a family name alone (茂木, "Kono"): one Latin word, or in kanji a family
 * name of the table or at most two characters (most full names in kanji have three or more).
 */
const isFamilyOnly = (name: string): boolean =>
  isLatin(name)
    ? latinWords(name, true).length === 1
    : scriptKey(name).length <= 2 || officialsByFamily(name).length > 0;

/** Picks among officials of one family name the one the title and date point at. */
function pickByFamily(candidates: Official[], title: string | null, date: string | null) {
  const termOffice = termOfficeOfTitle(title);
  if (termOffice) {
    const serving = candidates.filter((o) => termOn(o, date, termOffice));
    return serving.length === 1 ? serving[0] : undefined;
  }
  if (!title) {
    const serving = candidates.filter((o) => termOn(o, date));
    if (serving.length === 1) return serving[0];
  }
  // Officials without terms in the table (state ministers and others) match by family name only
  // when the table has a single one of that name; a minister's family name with another title
  // (林 as a director-general) is someone else.
  const untermed = candidates.filter((o) => o.terms.length === 0);
  return untermed.length === 1 && candidates.length === 1 ? untermed[0] : undefined;
}

function resolveJapan(m: Mention): Resolution {
  const date = m.date ?? null;
  const split = splitTitle(m.name);
  const title = m.title?.trim() || split.title;
  const office = officeOfTitle(title);
  const name = split.name || (m.nameLatin ?? '');
  if (!name) {
    const termOffice = termOfficeOfTitle(title);
    const holder = termOffice ? officeholderOn(termOffice, date) : undefined;
    if (holder) return fromOfficial(holder, 'official-title', office);
    return {
      personId: `jp-title-${office ?? 'unknown'}-${date ?? 'undated'}`,
      rule: 'title-unresolved',
      nameLatin: null,
      nameJa: null,
      country: 'JP',
      office,
      familyOnly: null,
    };
  }
  const byName = officialByName(name) ?? (m.nameLatin ? officialByName(m.nameLatin) : undefined);
  if (byName) return fromOfficial(byName, 'official-name', office ?? officeByDate(byName, date));
  if (isFamilyOnly(name)) {
    const picked = pickByFamily(officialsByFamily(name), title ?? null, date);
    if (picked) return fromOfficial(picked, 'official-family', office ?? officeByDate(picked, date));
  }
  const familyOnly = isFamilyOnly(name) ? name : null;
  return {
    personId: `jp-${idPart(name, true)}`,
    rule: familyOnly ? 'family-unresolved' : 'name',
    nameLatin: isLatin(name) ? name : (m.nameLatin ?? null),
    nameJa: isLatin(name) ? null : name,
    country: 'JP',
    office: office ?? 'other',
    familyOnly,
  };
}

function resolveCounterpart(m: Mention): Resolution {
  const country = m.country ?? null;
  const name = splitTitle(m.name).name || m.name.trim();
  const script = isLatin(name) ? null : scriptKey(name);
  const latin = m.nameLatin && isLatin(m.nameLatin) ? m.nameLatin : isLatin(name) ? name : null;
  const entry = counterparts().find(
    (e) =>
      (!country || e.country === country) &&
      ((script !== null && e.script === script) || (latin !== null && latinKey(e.latin) === latinKey(latin))),
  );
  const prefix = (entry?.country ?? country ?? 'xx').toLowerCase();
  if (entry) {
    return {
      personId: `${prefix}-${latinWords(entry.latin).join('-')}`,
      rule: 'counterpart-table',
      nameLatin: entry.latin,
      nameJa: entry.script,
      country: entry.country,
      office: null,
      familyOnly: null,
    };
  }
  const key = latin ? latinKey(latin) : script!;
  const familyOnly = latin ? (latinWords(latin).length === 1 ? latin : null) : null;
  return {
    personId: `${prefix}-${key}`,
    rule: familyOnly ? 'family-unresolved' : 'name',
    nameLatin: latin,
    nameJa: script === null ? null : name,
    country,
    office: null,
    familyOnly,
  };
}

/**
 * The person a mention names, decided from the mention alone.
 * @example resolveMention({ name: '河野外務大臣', side: 'japan', date: '2018-05-21' }).personId // 'jp-kono-taro'
 */
export function resolveMention(mention: Mention): Resolution {
  return mention.side === 'japan' ? resolveJapan(mention) : resolveCounterpart(mention);
}
