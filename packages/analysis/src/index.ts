// @readouts/analysis: pure computations over a collection of readouts, shared by the extension and
// the server: the people in it (across languages and scripts), counterparts over time, the dyadic
// export, citations (CSL-JSON, RIS, BibTeX, a copyable line) and grouped counts.

/** Citations: CSL-JSON items, RIS records, biblatex entries and the "Copy citation" text. */
export { escapeBibtex, toBibtex, toBibtexEntry } from './citations/bibtex';
export { type CslItem, toCslItem, toCslJson } from './citations/csl';
export { chicagoCitation, copyCitation, japaneseCitation } from './citations/plain';
export { toRis, toRisRecord } from './citations/ris';
export { type CitationSource, citationSource, MINISTRY } from './citations/source';
/** Counterparts over time: meetings per year per country, and "the first at this level since". */
export {
  type CountryYear,
  countryYears,
  type FirstSince,
  firstSince,
  type MeetingRef,
  type OfficeKey,
} from './counterparts';
/** ISO 3166-1 alpha-2 → alpha-3 and name. */
export { type IsoCountry, isoCountry } from './countries';
/** The user's split and join decisions on people, mergeable last-writer-wins registers. */
export {
  type Assignment,
  applyDecisions,
  decisionKey,
  JoinDecision,
  join,
  mergeDecisions,
  PersonDecision,
  PersonDecisions,
  personDecisionWins,
  revoke,
  SplitDecision,
  split,
  splitPersonId,
} from './decisions';
/** One row per Japan–counterpart-country pair per meeting, and its CSV. */
export { DYAD_COLUMNS, type Dyad, toDyadCsv, toDyads } from './dyads';
/** Meetings: a readout and its other-language version counted once. */
export { type FormatClass, formatClass, groupMeetings, japanOffice, type Meeting } from './meetings';
export { type Mention, participantMention, splitTitle } from './mention';
export { foldRomaji, isLatin, latinKey, latinWords, scriptKey } from './names';
/** Japan's offices as codes, from English or Japanese titles. */
export {
  counterpartCountries,
  JAPAN_OFFICES,
  type JapanOffice,
  japanPrincipals,
  officeOfTitle,
  officeRank,
} from './offices';
export { officeholderOn, officialByName, officialId, officialsByFamily, termOn } from './officials';
/** The people of a collection. */
export { type Appearance, buildRegistry, type Person, type Registry, type RegistryRule } from './registry';
export { type Resolution, type ResolutionRule, resolveMention } from './resolve';
/** Grouped counts for GET /api/v1/stats. */
export { groupStats, type StatsDimension, type StatsGroup } from './stats';
/** A country's meetings in date order with their first-since answers, in one pass. */
export { countryTimeline, firstSinceFor, type TimelineEntry } from './timeline';
