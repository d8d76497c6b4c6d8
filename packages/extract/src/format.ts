// The kind of encounter (meeting, summit, telephone talk, video conference, courtesy call, meal),
// read from the headline and the lead sentence.
import type { MeetingFormat } from '@readouts/schema';

const TELEPHONE =
  /telephone|phone (?:call|talk|conversation)|conference call|電話会談|電話(?:外相|首脳|外務大臣)会談|電話会議|電話で|電話による/i;
const VIDEO =
  /テレビ会談|テレビ電話会談|ビデオ会談|video ?(?:tele)?conferenc|video (?:call|meeting|talk|link)|online (?:summit|foreign ministers['’]?) (?:meeting|talk)|videoconferenc|online (?:meeting|conference|format)|virtual (?:meeting|format)|held virtually|virtually held|テレビ会議|オンライン(?:会議|形式|会談)|オンラインで(?:の)?(?:会談|会合|協議|行|実施)|ウェブ会議|Web会議|ビデオ会議/i;
const COURTESY = /courtesy call|paid a call on|表敬/i;
const MEAL =
  /\b(?:lunch|luncheon|dinner|breakfast|banquet)\b|昼食|夕食|朝食|晩餐|午餐|ワーキング・?ランチ|ワーキング・?ディナー/i;
// A meal that is the event itself: "meeting (lunch meeting)", "held a working lunch with", "held a
// meeting over lunch", "hosted a dinner meeting inviting", "hosted a dinner in Yokohama, in the honor
// of", 外相会談(昼食会), ワーキング・ランチ形式で; not 会談(ワーキング・ランチを含む), a meeting with a meal in it.
const MEAL_EVENT =
  /\b(?:held|hosted|had) (?:an? )?(?:[\w'’-]+ ){0,3}?(?:meeting|talks?|discussions?|conversation) (?:over|during) (?:an? )?(?:working )?(?:lunch|luncheon|dinner|breakfast)\b|\b(?:held|hosted|had|gave) an? (?:working |official )?(?:lunch|luncheon|dinner|breakfast)(?: meeting)? (?:in [A-Z][\w-]+(?: [A-Z][\w-]+)?,? )?(?:inviting|in (?:the )?honou?r of|attended by)\b|(?:昼食|夕食|朝食|ワーキング・?ランチ|ワーキング・?ディナー)(?:会)?形式で|(?:昼食|夕食|朝食)を(?:交え|とりながら|共にしながら)|\((?:working )?(?:lunch|luncheon|dinner|breakfast)(?: meeting)?\)|\b(?:held|hosted|had) an? (?:working |official )?(?:lunch|luncheon|dinner|breakfast)(?: meeting)? (?:with|for)|\((?:昼食|夕食|朝食|ワーキング・?ランチ|ワーキング・?ディナー)(?![^)]{0,6}含)[^)]{0,6}\)|(?<!及び|並びに|(?:会談|会合|協議)と|、)(?:昼食会|夕食会|朝食会|晩餐会|午餐会|ワーキング・?ランチ|ワーキング・?ディナー)を(?:行|実施|開催|主催)|\battended (?:an? |the )?(?:working |official )?(?:lunch|luncheon|dinner|breakfast|banquet)(?: meeting)? hosted by\b|主催(?:の|による)(?:昼食会|夕食会|朝食会|晩餐会|午餐会|ワーキング・?ランチ|ワーキング・?ディナー)に出席/i;
// A headline that ends with the meal: "Japan-Mexico Foreign Ministers' Lunch Meeting".
const MEAL_HEAD = /\b(?:Working |Official )?(?:Lunch|Luncheon|Dinner|Breakfast)(?: Meeting)?\)?$/i;
const SUMMIT =
  /summit (?:meeting|talk)|leaders['’]? meeting|首脳会談|首脳会合|首脳会議|^(?:the )?(?:\w+ )?Japan-[\w.-]+ Summit$|サミット$/i;
const JAPAN_LEADER = /^(?:Prime Minister|内閣総理大臣|総理大臣|総理|首相)/;
const FOREIGN_LEADER =
  /^(?:President|Prime Minister|Chancellor|King|Queen|Emperor|Premier|Crown Prince|Amir|Emir|Sultan)\b|(?<!副)(?:大統領|首相|国王|首長|皇太子|国家主席|国務院総理)$/;

/** A meeting between Japan's Prime Minister and a head of state or government is a summit. */
export function upgradeToSummit(
  format: MeetingFormat,
  participants: Array<{ side: string; title: string | null }>,
): MeetingFormat {
  if (format !== 'meeting') return format;
  const japanLeader = participants.some((p) => p.side === 'japan' && JAPAN_LEADER.test(p.title ?? ''));
  const foreignLeader = participants.some(
    (p) =>
      p.side === 'counterpart' &&
      FOREIGN_LEADER.test((p.title ?? '').replace(/^.*(?:国|邦)(?=大統領|首相|国王)/, '')),
  );
  return japanLeader && foreignLeader ? 'summit' : format;
}
const MEETING_HELD =
  /\bheld (?:a |an |the )?(?:[\w'’ -]{0,60})?(?:meeting|talks?|dialogue|consultations?)\b|会談を行|会合を行|意見交換を行|協議を行/i;

/** Classifies the encounter; `headline` may be null when the page shows none. */
export function meetingFormat(headline: string | null, lead: string): MeetingFormat {
  const head = headline ?? '';
  const both = `${head}\n${lead}`;
  if (VIDEO.test(head)) return 'video';
  if (TELEPHONE.test(head)) return 'telephone';
  if (VIDEO.test(lead)) return 'video';
  if (TELEPHONE.test(lead)) return 'telephone';
  const courtesy = COURTESY.test(both);
  // A courtesy call and a separate meeting in one visit: a composite page.
  if (courtesy && MEETING_HELD.test(lead) && !/表敬/.test(head) && !/courtesy call/i.test(head))
    return 'other';
  if (courtesy) return 'courtesy-call';
  const mealHead =
    (MEAL.test(head) && !/meeting|会談/i.test(head)) || (MEAL_HEAD.test(head) && !/\band\b|及び/.test(head));
  if (MEAL_EVENT.test(both) || mealHead) return 'meal';
  if (SUMMIT.test(head) || (!head && SUMMIT.test(lead))) return 'summit';
  if (/首脳会談を行/.test(lead) || /held an? [\w'’ -]{0,40}summit (?:meeting|talk)/i.test(lead))
    return 'summit';
  if (
    /meeting|talks?\b|\bmet\b|\bmeets?\b|dialogue|consultations?|conversation|pull-aside|Consultative Committee|“?2\s?\+\s?2”?|会談|会合|会議|意見交換|協議|懇談|面会|立ち話|session/i.test(
      both,
    ) &&
    !/\bvisits?\b|訪問$/i.test(head)
  ) {
    return 'meeting';
  }
  if (/意見交換|会談|meeting|exchanged views/i.test(lead)) return 'meeting';
  return 'other';
}
