// The readout's title: the page headline, or, when the page shows none, one built from the lead
// sentence ("Japan-Mexico Foreign Ministers' Meeting (Lunch Meeting)", 日韓外相会談).
import type { MeetingFormat, Participant } from '@readouts/schema';
import { countryDisplayName } from './data/country-lookup';
import { cutText } from './text/cut';
import { compactTitle, INVITED } from './title-compact';

const SHORT_NAMES: Record<string, string> = { US: 'U.S.', GB: 'UK', KR: 'ROK', EU: 'EU', KP: 'DPRK' };
const EN_EVENT =
  /\b(?:held|had|hosted|chaired|co-chaired|attended|participated in)\s+(?:a|an|the)?\s*((?:[\p{L}\p{N}'’.-]+\s+){0,8}?(?:(?:lunch|luncheon|dinner|breakfast)\s+meeting|meeting|talks?|dialogue|consultations?|conversation|summit|lunch|luncheon|dinner|breakfast|session)(?:\s*\([^)]{0,40}\))?)/iu;
// A phrase that already names its parties: "10th Japan-India …", "third G7 Foreign Ministers' Meeting".
const NAMES_PARTIES = /\bJapan\b|\bG\d+\b|\bASEAN\b|\bQuad\b|[A-Z][\p{L}.]*-[A-Z]/u;
const JA_EVENT =
  /([^、,,。はのをと]{2,30}?(?:会談|会合|協議|対話|昼食会|夕食会|朝食会|懇談)(?:\([^)]{0,12}\))?)を(?:行|実施|開催)/;

function titleCase(phrase: string): string {
  return phrase.replace(/(^|[\s(-])([a-z])/g, (_, pre: string, c: string) => pre + c.toUpperCase());
}

function countryLabel(code: string): string {
  return SHORT_NAMES[code] ?? countryDisplayName(code);
}

function englishTitle(lead: string, participants: Participant[]): string | null {
  const cps = participants.filter((p) => p.side === 'counterpart');
  const codes = [...new Set(cps.map((p) => p.country).filter((c): c is string => !!c && c !== 'JP'))];
  const prefix = codes.length > 0 ? `Japan-${codes.map(countryLabel).join('-')} ` : '';
  const courtesy = lead.match(/paid a courtesy call on\b/i);
  if (courtesy && cps[0]) return `Courtesy Call on ${cps[0].title ? `${cps[0].title} ` : ''}${cps[0].name}`;
  const event = lead.match(EN_EVENT);
  if (!event) return null;
  // Keep a parenthesis that says what kind of meeting it was ("(Lunch Meeting)"), drop others.
  let phrase = event[1]!
    .trim()
    .replace(/\s*\((?![^)]*(?:lunch|dinner|breakfast|luncheon|video|telephone))[^)]*\)$/i, '');
  if (NAMES_PARTIES.test(phrase)) return titleCase(phrase);
  // One bare word ("Dinner") with no parties to prefix is no title: say with whom instead.
  if (!/\s/.test(phrase) && !prefix) return null;
  const jp = participants.find((p) => p.side === 'japan');
  const foreignMinisters =
    /Foreign Affairs|Foreign Minister/i.test(jp?.title ?? '') &&
    cps.length > 0 &&
    cps.every((p) => /Foreign|External Affairs|Secretary of State/i.test(p.title ?? ''));
  if (!/minister|summit|leader/i.test(phrase) && foreignMinisters) phrase = `foreign ministers' ${phrase}`;
  const invited = prefix ? null : lead.match(INVITED)?.[1]?.trim();
  return `${prefix}${titleCase(phrase)}${invited ? ` with ${invited}` : ''}`.trim();
}

function japaneseTitle(lead: string, participants: Participant[]): string | null {
  const event = lead.match(JA_EVENT);
  if (event) {
    // "…との間で会談を行いました": the particles before a bare event noun are no title.
    const phrase = event[1]!.replace(/^[^\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9]+/, '').replace(/^間で|^で/, '');
    if (!/^(?:会談|会合|協議|対話|懇談)$/.test(phrase) && phrase.length > 2) return phrase.trim();
  }
  const jp = participants.find((p) => p.side === 'japan');
  if (/表敬を受け/.test(lead) && jp) return `${jp.name}${jp.title ?? ''}への表敬`;
  const cp = participants.find((p) => p.side === 'counterpart');
  if (/表敬/.test(lead) && jp && cp)
    return `${jp.name}${jp.title ?? ''}による${cp.name}${cp.title ?? ''}表敬`;
  return null;
}

/**
 * The headline if the page has one, else a title built from the lead, else a compact "<event>
 * with <counterpart>" from the parsed fields; the section label (`fallback`) only as a last resort.
 */
export function readoutTitle(
  headline: string | null,
  lead: string,
  lang: 'en' | 'ja',
  participants: Participant[],
  fallback: string,
  format: MeetingFormat = 'meeting',
): string {
  if (headline) return cutText(headline, 1000);
  const built = lang === 'ja' ? japaneseTitle(lead, participants) : englishTitle(lead, participants);
  return (built || compactTitle(format, participants, lead, lang) || fallback || 'Untitled readout').slice(
    0,
    1000,
  );
}
