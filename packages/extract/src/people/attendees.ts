// Japanese attendees listed in the first points rather than the lead: "(1)両首脳に加え,日本側から
// は,岸田外務大臣,萩生田内閣官房副長官…,韓国側からは…が出席した", "From the Japanese side, Mr. X,
// State Minister for Foreign Affairs, … attended".

import { cutText } from '../text/cut';
import { englishParticipants } from './english';
import { japaneseParticipants } from './japanese';
import type { Participant } from './participant';

const JA_ATTENDEES =
  /日本側(?:から)?(?:は|も)?[,、]?(.{2,200}?)(?:[,、]\s*[^,、。]{1,12}側(?:から)?(?:は|も)|が(?:出席|同席)|。)/;
const EN_ATTENDEES =
  /\b(?:From|On) the Japanese side,\s*(.{2,300}?)(?:\s+(?:attended|was present|were present|joined)\b|;|,?\s+and (?:from|on) the\b|(?<!\b(?:Mr|Ms|Mrs|Dr|Prof|H\.E|St))\.\s)/;
const WINDOW = 1500;

/** Japan-side people a point lists as attending; the counterpart side is left to the lead. */
export function attendeesFromPoints(points: Array<{ text: string }>, lang: 'en' | 'ja'): Participant[] {
  const text = cutText(
    points
      .slice(0, 2)
      .map((p) => p.text)
      .join('\n'),
    WINDOW,
  );
  const m = text.match(lang === 'ja' ? JA_ATTENDEES : EN_ATTENDEES);
  if (!m) return [];
  const people = lang === 'ja' ? japaneseParticipants(m[1]!, null) : englishParticipants(m[1]!, null);
  return people
    .filter((p) => p.side === 'japan')
    .map((p) => ({ ...p, country: 'JP', role: 'attendee' as const }));
}
