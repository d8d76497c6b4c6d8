// Japan's offices at a meeting, as codes: a participant's title (in English or Japanese) is
// normalised by an ordered list of patterns, the first that matches wins.
import type { TermOffice } from '@readouts/extract';
import type { Participant, Readout } from '@readouts/schema';

/** The offices on Japan's side that analyses compare, highest first; `other` is any other title. */
export const JAPAN_OFFICES = [
  'prime-minister',
  'foreign-minister',
  'state-minister',
  'vice-minister',
  'parliamentary-vice-minister',
  'other',
] as const;
export type JapanOffice = (typeof JAPAN_OFFICES)[number];

interface OfficeRule {
  office: JapanOffice;
  pattern: RegExp;
}

// Order matters: the aides and deputies come first because their titles contain the principal's
// (総理大臣補佐官, Deputy Prime Minister), and 政務官 and 副大臣 before 外務大臣, which they contain.
const RULES: readonly OfficeRule[] = [
  {
    office: 'other',
    pattern:
      /補佐官|副長官|官房長官|副総理|Deputy Prime|Deputy Chief|Chief Cabinet|Advis[eo]r|Assistant|Special Envoy|Ambassador|大使/i,
  },
  { office: 'parliamentary-vice-minister', pattern: /政務官|Parliamentary Vice[-\s]?Minister/i },
  { office: 'state-minister', pattern: /副大臣|State Minister|Senior Vice[-\s]?Minister/i },
  { office: 'vice-minister', pattern: /事務次官|^Vice[-\s]?Minister|Administrative Vice[-\s]?Minister/i },
  { office: 'prime-minister', pattern: /総理|首相|Prime Minister/i },
  {
    office: 'foreign-minister',
    pattern: /外務大臣|外相|^大臣$|Minister (?:for|of) Foreign Affairs|Foreign Minister/i,
  },
];

/**
 * The office a Japanese title names, or null when there is no title.
 * @example officeOfTitle('外務大臣政務官') // 'parliamentary-vice-minister'
 */
export function officeOfTitle(title: string | null | undefined): JapanOffice | null {
  const t = title?.trim();
  if (!t) return null;
  return RULES.find((r) => r.pattern.test(t))?.office ?? 'other';
}

// Titles of the offices the table of officials has terms for; the deputies' titles contain them.
const TERM_RULES: ReadonlyArray<{ office: TermOffice; pattern: RegExp }> = [
  { office: 'chief-cabinet-secretary', pattern: /^(?:内閣)?官房長官$|^Chief Cabinet Secretary/i },
  { office: 'prime-minister', pattern: /^(?:内閣)?総理(?:大臣)?$|^首相$|^Prime Minister\b(?!.*Deputy)/i },
  {
    office: 'foreign-minister',
    pattern: /^外務大臣$|^外相$|^大臣$|^(?:Japanese )?Minister (?:for|of) Foreign Affairs|^Foreign Minister/i,
  },
];

/** The offices with terms in the table of officials. */
export type { TermOffice };

/** The table office a title names exactly (外務大臣, 官房長官, Prime Minister), for dating a name. */
export function termOfficeOfTitle(title: string | null | undefined): TermOffice | null {
  const t = title?.trim();
  if (!t || /Deputy|副|Vice|補佐官/i.test(t)) return null;
  return TERM_RULES.find((r) => r.pattern.test(t))?.office ?? null;
}

/** How high an office ranks (0 is the Prime Minister), for picking a readout's lead Japanese side. */
export const officeRank = (office: JapanOffice): number => JAPAN_OFFICES.indexOf(office);

/** Japan's principals of a readout (its attendees when it names no principal). */
export function japanPrincipals(readout: Readout): Participant[] {
  const japan = readout.participants.filter((p) => p.side === 'japan');
  const principals = japan.filter((p) => p.role === 'principal');
  return principals.length ? principals : japan;
}

/** The country codes of a readout's counterparts (principals, else attendees), without Japan. */
export function counterpartCountries(readout: Readout): string[] {
  const side = readout.participants.filter(
    (p) => p.side === 'counterpart' && p.country && p.country !== 'JP',
  );
  const principals = side.filter((p) => p.role === 'principal');
  return [...new Set((principals.length ? principals : side).map((p) => p.country!))];
}
