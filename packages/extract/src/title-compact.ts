// The last-resort built title: "<event> with <counterpart>" from the parsed format and people,
// for headline-less pages whose lead names no event ("Dinner Meeting with African foreign ministers").
import type { MeetingFormat, Participant } from '@readouts/schema';

const EN_NOUN: Record<MeetingFormat, string> = {
  meeting: 'Meeting',
  summit: 'Summit Meeting',
  telephone: 'Telephone Talk',
  video: 'Video Conference',
  'courtesy-call': 'Courtesy Call',
  meal: 'Meal Meeting',
  other: 'Meeting',
};
const JA_NOUN: Record<MeetingFormat, string> = {
  meeting: '会談',
  summit: '首脳会談',
  telephone: '電話会談',
  video: 'テレビ会談',
  'courtesy-call': '表敬',
  meal: '会食',
  other: '会談',
};
const MEAL_NOUN = /\b((?:working |official )?(?:lunch|luncheon|dinner|breakfast)(?: meeting)?)\b/i;
// "hosted a dinner meeting inviting African foreign ministers": a group the lead invites.
export const INVITED = /\binviting\s+((?:the\s+)?[\p{L}'’ -]{3,60}?)(?=[.,;(]|$)/u;

// "co-chaired a meeting with the Foreign Ministers of the Pacific Island Countries at …".
const WITH_GROUP =
  /\bwith\s+(the\s+[A-Z][\p{L}'’-]*(?:\s+(?:of|and|the|for|[A-Z][\p{L}'’-]*)){1,12}?)(?=[.,;(]|\s+(?:at|in|on|for|from|during|to)\b|$)/u;

const capitalise = (s: string) =>
  s.replace(/(^|\s)([a-z])/g, (_, pre: string, c: string) => pre + c.toUpperCase());

/** A compact title from parsed fields, or null when there is nobody to name. */
export function compactTitle(
  format: MeetingFormat,
  participants: Participant[],
  lead: string,
  lang: 'en' | 'ja',
): string | null {
  const cp = participants.find((p) => p.side === 'counterpart');
  if (lang === 'ja') {
    if (!cp) return null;
    const who =
      /^[\u30a0-\u30ff=]/.test(cp.name) && cp.title
        ? `${cp.name}・${cp.title}`
        : `${cp.name}${cp.title ?? ''}`;
    return `${who}との${JA_NOUN[format]}`;
  }
  const meal = format === 'meal' ? lead.match(MEAL_NOUN)?.[1] : undefined;
  const noun = meal ? capitalise(meal) : EN_NOUN[format];
  const who = cp
    ? `${cp.name}${cp.title ? `, ${cp.title}` : ''}`
    : (lead.match(INVITED)?.[1] ?? lead.match(WITH_GROUP)?.[1])?.trim();
  // "received a courtesy call from X": the call is by X; otherwise the Japanese side called on X.
  const link = format !== 'courtesy-call' ? 'with' : /received a courtesy call/i.test(lead) ? 'by' : 'on';
  return who ? `${noun} ${link} ${who}` : null;
}
