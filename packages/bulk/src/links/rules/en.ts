// Link texts of English list pages: a readout's headline names a meeting, talks, a telephone talk,
// a summit or a courtesy call; other releases are statements, press conferences, aid and visits
// announced ahead.
import { type LinkRule, rulesFrom } from './types';

// code|points|pattern; a text takes the points of every rule that matches.
export const EN_TEXT_RULES: readonly LinkRule[] = rulesFrom(`
text.en.meeting|0.6|\\bmeeting\\b|\\bmeets\\b|\\btalks?\\b(?! by)
text.en.telephone|0.6|\\btelephone\\b|\\bphone call\\b|\\bconference call\\b
text.en.summit|0.6|\\bsummit\\b
text.en.courtesy-call|0.6|\\bcourtesy call\\b|\\bpays? a call\\b
text.en.video|0.5|\\bvideo (conference|call|meeting)\\b|\\bvideoconference\\b|\\bonline meeting\\b
text.en.meal|0.5|\\b(working )?(lunch|dinner|breakfast)\\b
text.en.dialogue|0.4|\\bstrategic dialogue\\b|\\bdialogue\\b
text.en.consultations|0.3|\\bconsultations?\\b
text.en.visit-result|0.3|\\bvisit\\b.*\\((results?|overview|summary)\\)
text.en.visit-plan|-0.4|\\bto visit\\b|^visit (to|of)\\b|\\bvisit to japan by\\b|\\bwill visit\\b
text.en.statement|-0.8|\\bstatement\\b|\\bcomments? by\\b|\\bcondolences?\\b|\\bprotest\\b|\\bmessage\\b
text.en.press-conference|-0.8|\\bpress conference\\b|\\bpress briefing\\b
text.en.aid|-0.8|\\bgrant aid\\b|\\bloan\\b|\\bexchange of notes\\b|\\bemergency (relief|assistance)\\b
text.en.credentials|-0.8|\\bcredentials\\b
text.en.personnel|-1|\\bappointments?\\b|\\brecruitment\\b|\\bvacancy\\b
text.en.treaty|-0.6|\\bentry into force\\b|\\bsigning\\b|\\bsignature\\b
text.en.dispatch|-0.4|\\bdispatch\\b|\\binvitation programme\\b
`);
