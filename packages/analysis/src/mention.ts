// A mention of a person, and the split of a title glued to a name: "河野外務大臣" is the family
// name 河野 and the title 外務大臣, "Foreign Minister Motegi" the title and Motegi, and a title
// alone ("外務大臣", "the Prime Minister") names whoever held the office that day.
import type { Readout, Side } from '@readouts/schema';

/** A person as one readout names them: a participant, or a phrase in a readout's text. */
export interface Mention {
  /** The name as written (茂木敏充, "MOTEGI Toshimitsu"), possibly with a title glued on. */
  name: string;
  /** The Latin form a Japanese page gives in parentheses ("Wang Yi"). */
  nameLatin?: string | null;
  title?: string | null;
  /** ISO 3166-1 alpha-2 of the person's country. */
  country?: string | null;
  side: Side;
  /** The meeting date, YYYY-MM-DD, which picks the officeholder of a title. */
  date?: string | null;
}

// Japanese titles that follow a family name, longest first so 外務大臣政務官 is not read as 外務大臣.
const JA_TITLE_SUFFIXES = [
  '内閣総理大臣',
  '総理大臣',
  '外務大臣政務官',
  '大臣政務官',
  '外務副大臣',
  '外務事務次官',
  '事務次官',
  '外務大臣',
  '官房長官',
  '政務官',
  '副大臣',
  '総理',
  '首相',
  '外相',
  '大臣',
];

// English titles that precede a family name ("Foreign Minister Kono", "Prime Minister Abe").
const EN_TITLE_PREFIX =
  /^(?:the\s+)?(?<title>Prime Minister|Foreign Minister|Minister for Foreign Affairs|State Minister for Foreign Affairs|State Minister|Parliamentary Vice-Minister for Foreign Affairs|Parliamentary Vice-Minister|Vice-Minister for Foreign Affairs|Vice-Minister|Minister)\b\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?<rest>.*)$/i;

// Japanese honorifics and markers after a name that are not part of it (ペイン外相閣下, マタイトンガ駐日),
// and 外務 left on a name whose title was cut after it (中山泰秀外務 | 政務官).
const JA_NAME_TAIL = /(?:閣下|氏|殿下|駐日|外務)+$/;

/** A name with any title glued to it taken off: the bare name (maybe empty) and that title. */
export function splitTitle(name: string): { name: string; title: string | null } {
  const trimmed = name.trim().replace(JA_NAME_TAIL, '');
  const en = EN_TITLE_PREFIX.exec(trimmed);
  if (en?.groups) return { name: en.groups.rest!.trim(), title: en.groups.title! };
  const suffix = JA_TITLE_SUFFIXES.find((s) => trimmed.endsWith(s));
  if (suffix) return { name: trimmed.slice(0, -suffix.length).trim(), title: suffix };
  return { name: trimmed, title: null };
}

/** The mention a participant makes: its name, title, country and the readout's date. */
export function participantMention(readout: Readout, index: number): Mention {
  const p = readout.participants[index]!;
  return {
    name: p.name,
    nameLatin: p.nameLatin,
    title: p.title,
    country: p.country,
    side: p.side,
    date: readout.date ?? readout.publishedDate,
  };
}
