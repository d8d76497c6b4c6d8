// Principals and attendees, and names given in both scripts.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../index';
import { parseHtml } from '../node';
import { japaneseParticipants } from '../people/japanese';
import { assignRoles, attendanceSpans } from '../people/roles';
import { pageHtml } from './factories';

const roles = (lead: string, lang: 'en' | 'ja', people: ReturnType<typeof japaneseParticipants>) =>
  assignRoles(lead, lang, people).map((p) => [p.name, p.role]);

function extracted(lead: string, lang: 'en' | 'ja', points: string[] = ['The two sides exchanged views.']) {
  const headline = lang === 'ja' ? '日メキシコ外相会談' : 'Japan-Mexico Meeting';
  const body = `<ol>${points.map((p) => `<li>${p}</li>`).join('')}</ol>`;
  const html = pageHtml({ headline, lead, body, lang });
  const url =
    lang === 'ja'
      ? 'https://www.mofa.go.jp/mofaj/press/release/p1.html'
      : 'https://www.mofa.go.jp/press/release/p1.html';
  const result = extractReadout(parseHtml(html), url, { capturedAt: new Date('2026-01-01T00:00:00Z') });
  if (result.kind !== 'readout') throw new Error(result.reasons.map((r) => r.code).join('; '));
  return result.readout.participants;
}

describe('principals and attendees', () => {
  it('keeps everyone a principal when the lead says nothing of attending', () => {
    const lead = '3月2日、茂木敏充外務大臣は、王毅中国外交部長と会談を行いました。';
    expect(attendanceSpans(lead, 'ja')).toEqual([]);
    const people = japaneseParticipants(lead, null);
    expect(roles(lead, 'ja', people).every(([, role]) => role === 'principal')).toBe(true);
  });

  it('marks the Japanese official a parenthesis says attended (同席)', () => {
    const people = extracted(
      '5月3日、上川陽子外務大臣は、マルセロ・エブラルド・メキシコ外務大臣と会談を行いました（日本側から辻清人外務副大臣が同席）。',
      'ja',
    );
    const byName = Object.fromEntries(people.map((p) => [p.name, p.role]));
    expect(byName['上川陽子']).toBe('principal');
    expect(byName['辻清人']).toBe('attendee');
  });

  it('marks "accompanied by" and "was also present" as attending, in English', () => {
    const people = extracted(
      'On May 3, Mr. KISHIDA Fumio, Minister for Foreign Affairs of Japan, accompanied by Mr. SONOURA Kentaro, Parliamentary Vice-Minister for Foreign Affairs, held a meeting with H.E. Mr. Luis Videgaray, Secretary of Foreign Affairs of the United Mexican States. Mr. NAKANE Kazuyuki, State Minister for Foreign Affairs, was also present.',
      'en',
    );
    const role = (family: string) => people.find((p) => p.name.includes(family))?.role;
    expect(role('KISHIDA')).toBe('principal');
    expect(role('Videgaray')).toBe('principal');
    expect(role('SONOURA')).toBe('attendee');
    expect(role('NAKANE')).toBe('attendee');
  });

  it('never leaves a side without a principal because of a misread clause', () => {
    const lead = '日本側から茂木外務大臣が同席した。';
    const people = japaneseParticipants(lead, null);
    expect(people.length).toBeGreaterThan(0);
    expect(
      assignRoles(lead, 'ja', people)
        .filter((p) => p.side === 'japan')
        .map((p) => p.role),
    ).toEqual(people.filter((p) => p.side === 'japan').map(() => 'principal'));
  });

  it('keeps both scripts of a name the Japanese page gives in both', () => {
    const people = japaneseParticipants(
      '河野太郎外務大臣は、カルロス・デ・イカサ・ゴンザレス・メキシコ合衆国外務大臣代行(H.E. Dr. Carlos de Icaza González, Acting Secretary of Foreign Affairs of the United Mexican States)と会談を行いました。',
      null,
    );
    const mexico = people.find((p) => p.country === 'MX');
    expect(mexico?.name).toBe('カルロス・デ・イカサ・ゴンザレス');
    expect(mexico?.nameLatin).toBe('Carlos de Icaza González');
    expect(people.find((p) => p.side === 'japan')?.nameLatin).toBeNull();
  });
});
