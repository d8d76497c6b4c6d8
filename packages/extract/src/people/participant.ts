// The participant record shared by the English and Japanese parsers, and side/country decisions.
import type { Participant } from '@readouts/schema';

export type { Participant };

// Titles MOFA gives Japanese officials without naming the country.
const JAPAN_TITLE =
  /^(?:Minister for Foreign Affairs|Foreign Minister|Prime Minister|Deputy Prime Minister|State Minister for Foreign Affairs|Senior Vice-Minister for Foreign Affairs|Parliamentary Vice-Minister for Foreign Affairs|Vice[- ]Minister for Foreign Affairs|Deputy Minister for Foreign Affairs|Chief Cabinet Secretary|Deputy Chief Cabinet Secretary|Special Advisor to the Prime Minister|Special Adviser to the Prime Minister|Secretary General of the National Security Secretariat|(?:Deputy )?Director-General (?:of (?:the )?(?!the )[\w ,'’-]{3,80}?(?:Bureau|Department)\b|for )|(?:Foreign |Deputy )?Press Secretary|Ambassador of Japan|Ambassador Extraordinary and Plenipotentiary of Japan|Minister of (?:Defense|Economy, Trade and Industry|Finance|State)|Senior Deputy Minister|Assistant Minister)\b/;

/** Whether a title, stated without a country, is one MOFA uses for Japanese officials. */
export function isJapaneseOfficialTitle(title: string | null): boolean {
  return title !== null && JAPAN_TITLE.test(title.trim());
}

const nameKey = (name: string) => name.toLowerCase().replace(/[\s.・]/g, '');

/**
 * Drops repeated mentions of the same person ("茂木" after "茂木敏充", "Kishida" after "KISHIDA
 * Fumio"), keeping the fuller name and the richer fields.
 */
export function dedupeParticipants(list: Participant[]): Participant[] {
  const out: Participant[] = [];
  for (const p of list) {
    const key = nameKey(p.name);
    const same = out.find((q) => {
      const other = nameKey(q.name);
      return (
        q.side === p.side &&
        (!q.country || !p.country || q.country === p.country) &&
        key.length >= 2 &&
        other.length >= 2 &&
        (other.includes(key) || key.includes(other))
      );
    });
    if (same) {
      if (key.length > nameKey(same.name).length) {
        same.name = p.name;
        same.familyName = p.familyName ?? same.familyName;
      }
      same.title ??= p.title;
      same.country ??= p.country;
      same.nameLatin ??= p.nameLatin;
      // Named once as a principal, a principal, however often the points name them attending.
      if (p.role === 'principal') same.role = 'principal';
      continue;
    }
    out.push(p);
  }
  return out.slice(0, 200);
}
