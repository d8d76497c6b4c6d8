// Where the meeting took place: "visiting Da Nang, the Socialist Republic of Viet Nam",
// "on his visit to the United Mexican States", "at the Ministry of …", 中国・成都を訪問中, 横浜において.
import type { Location } from '@readouts/schema';
import { findCities, findCountryNames } from './data/country-lookup';
import { findJapaneseCountries } from './data/japanese-countries';
import { cutText } from './text/cut';

const EN_VISIT =
  /\b(?:(?:is|was|are|were)\s+(?:currently\s+)?visiting|on (?:his|her|their|an official|a) (?:official )?visit to|during (?:his|her|their|the) (?:official )?visit to|visit to|in the course of (?:his|her) visit to|who (?:is|was|are|were) in|visited)\s+(.{2,120}?)(?=\s+to\s+(?:attend|participate|take)|\s+for\b|\s+from\s+(?:[A-Z][a-z]+ \d|\d)|,\s*(?:held|paid|had|met|chaired|participated|attended|made|and|who|to|for)\b|\s+(?:held|paid|had|met|and)\b|[.;(]\s|\.$|$)/i;
const EN_IN =
  /\b(?:[Ii]n|[Aa]t)\s+((?:[A-Z][\p{L}'’.-]+\s?)(?:(?:(?:de|da|del|do|dos|la|el)\s+)?[A-Z][\p{L}'’.-]+\s?){0,3})(?=[,.;)]|\s+(?:on|at|from|for|with|during|to)\b)/gu;
const EN_VENUE =
  /\bat\s+(the\s+(?:[A-Z][\p{L}'’-]*\s+){0,6}?(?:Ministry|Secretariat|Palace|House|Office|Hotel|Embassy|Residence|Centre|Center|Hall|Kantei|Guest House|Headquarters|Building)(?:\s+of\s+(?:the\s+)?[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*)*)*)/u;
// 英国を訪問中, ニューヨーク訪問中, ニューヨーク出張中 (with or without を).
const JA_VISIT = /([^、,,。はのを]{1,40}?)(?:を)?(?:訪問|公式訪問|実務訪問|出張)中/;
// A conference the principal is attending, named after its city: G20リオデジャネイロ・サミットに出席中の.
const JA_ATTENDING = /([^、,,。はのを]{1,40}?)に(?:出席|参加)中/;
// The place before 訪問中 follows a purpose clause: 会合に出席するためニューヨーク出張中.
const JA_PURPOSE = /^.*(?:ため|に|で|て|から)/;
// The United Nations in New York: 国連内において, 国連本部で, "at the United Nations Headquarters".
const UN_HQ =
  /^(?:国連|国際連合)(?:本部|内)?$|^(?:the\s+)?(?:UN|United Nations)(?:\s+Headquarters)?(?:\s+in New York)?$/;
// An ambassador or mission "to Japan" is received in Japan.
const TO_JAPAN =
  /\b(?:Ambassadors?|Missions?|Embass(?:y|ies)|Chargés? d['’]Affaires)\b[^.;]{0,80}?\bto Japan\b/;
const JA_AT = /([^、,,。はのをに]{1,40}?)(?:において|にて)/;
const TOKYO_VENUE =
  /^(?:the\s+)?(?:Ministry of Foreign Affairs(?! of (?!Japan))|Prime Minister's Office|Prime Minister’s Office|Kantei|Iikura (?:Guest )?House|Akasaka Palace|State Guest House|外務省|総理大臣官邸|官邸|飯倉公館|迎賓館)/;
// A clock named after the place: "at 1:15 p.m. (France time)", 午後1時(フランス時間).
const CLOCK_PLACE_EN = /\(([A-Z][\p{L}.'’ -]{1,30}?) [Tt]ime\)/u;
const CLOCK_PLACE_JA = /[(（]([^()（）、,，;；:：]{2,12}?)時間[)）]/;
const IN_JAPAN_EN = /\bvisit(?:ing)? (?:to )?Japan\b|\bin Japan\b/;
const IN_JAPAN_JA = /訪日中|来日中|訪日し|来日し|駐日|(?:日本|本邦)に立ち寄/;
// 都内で, 都内のホテルにて: somewhere in Tokyo.
const IN_TOKYO_JA = /都内(?:で|にて|において|の)/;
// A Japanese principal receiving a courtesy call is at home, unless the lead names a visit abroad.
const CALL_RECEIVED = /\breceived (?:a )?courtesy calls? (?:from|by)\b|表敬を受け/;
// …は,岩屋毅外務大臣を表敬しました: a visitor calling on a Japanese principal.
const CALL_ON_JAPAN =
  /(?<![\u30a0-\u30ff・])([\u4e00-\u9fff々]{1,6}?)(?:内閣総理大臣|総理大臣|総理|外務大臣|外務副大臣|外務大臣政務官)(?:への|を)表敬/;

function place(text: string, lang: 'en' | 'ja'): Location | null {
  const cities = findCities(text);
  const countries = lang === 'ja' ? findJapaneseCountries(text) : findCountryNames(text);
  const country = countries[0]?.code ?? cities[0]?.country ?? null;
  let city: string | null = cities.find((c) => !country || c.country === country)?.name ?? null;
  // "Gyeongju, the Republic of Korea": a proper name before the country is the city.
  const first = lang === 'en' ? text.split(/,|\s+in\s+/)[0]!.trim() : '';
  if (
    !city &&
    countries[0] &&
    countries[0].index > first.length &&
    /^(?:[A-Z][\p{L}'’.-]*\s?){1,3}$/u.test(first)
  ) {
    city = first;
  }
  if (!country && !city) return null;
  return { city, country: country ?? cities[0]?.country ?? null, venue: null };
}

// "in Gyeongju, the Republic of Korea": a place the lead puts the meeting in.
const EN_IN_PLACE =
  /\bin\s+((?:[A-Z][\p{L}'’.-]+\s?){1,4}),\s*((?:the\s+)?[A-Z][\p{L}'’. -]{2,60}?)(?=[,.;)]|\s+(?:on|at|from|for|to|and)\b|$)/gu;

// A lead written as fields: "2 場所:ニューデリー(インド)", "Venue: Iikura Guest House".
const PLACE_FIELD =
  /(?:場所|会場|Venue|Place|Location)\s*[::]\s*(.{1,80}?)(?=\s+\d{1,2}[.)]?\s*\S+\s*[::]|$)/;

/** The meeting place, or null for telephone/video talks and pages that do not say. */
export function meetingLocation(lead: string, lang: 'en' | 'ja', remote: boolean): Location | null {
  if (remote) return null;
  const field = lead.match(PLACE_FIELD);
  if (field) {
    const here = place(field[1]!, lang) ?? place(field[1]!, lang === 'ja' ? 'en' : 'ja');
    return {
      city: here?.city ?? null,
      country: here?.country ?? null,
      venue: cutText(field[1]!.trim(), 300),
    };
  }
  let loc: Location | null = null;
  let venue: string | null = null;
  if (lang === 'ja') {
    // The lazy place groups try up to 40 characters at every position; a lead without the
    // pattern's fixed ending cannot match, so it is not searched.
    const visit = lead.includes('中') ? lead.match(JA_VISIT) : null;
    if (visit) loc = place(visit[1]!.replace(JA_PURPOSE, ''), 'ja');
    const attending = loc || !/に(?:出席|参加)中/.test(lead) ? null : lead.match(JA_ATTENDING);
    if (attending) loc = place(attending[1]!, 'ja');
    const at = lead.includes('にて') || lead.includes('において') ? lead.match(JA_AT) : null;
    if (at && UN_HQ.test(at[1]!.trim())) {
      venue = at[1]!.trim().replace(/内$/, '');
      loc ??= { city: 'New York', country: 'US', venue: null };
    } else if (at) {
      const here = place(at[1]!, 'ja');
      if (/(?:省|館|邸|ホテル|会議場|センター|宮殿|庁|ハウス|公邸|官邸)$/.test(at[1]!)) venue = at[1]!.trim();
      if (!loc || (here && here.country === loc.country)) loc = here ?? loc;
    }
    const unHq = lead.match(/(国連本部|国際連合本部)内?で/);
    if (!loc && unHq) {
      venue ??= unHq[1]!;
      loc = { city: 'New York', country: 'US', venue: null };
    }
    if (!loc && IN_TOKYO_JA.test(lead)) loc = { city: 'Tokyo', country: 'JP', venue: null };
    if (!loc && IN_JAPAN_JA.test(lead)) loc = { city: null, country: 'JP', venue: null };
    const embassy = lead.match(/(駐日[^、,,。はのを]{1,30}?大使館)を訪問/);
    if (embassy) venue = embassy[1]!;
    const tokyo = lead.match(/(外務省|総理大臣官邸|官邸|飯倉公館|迎賓館(?:赤坂離宮)?)(?:において|にて|で)/);
    if (tokyo && !venue && (!loc || loc.country === 'JP')) venue = tokyo[1]!;
  } else {
    const visit = lead.match(EN_VISIT);
    if (visit) loc = place(visit[1]!, 'en');
    if (!loc) {
      for (const m of lead.matchAll(EN_IN_PLACE)) {
        const hit = findCountryNames(m[2]!).find((h) => h.index <= 4);
        if (hit && hit.code !== 'JP') {
          loc = { city: findCities(m[1]!)[0]?.name ?? m[1]!.trim(), country: hit.code, venue: null };
          break;
        }
      }
    }
    if (!loc) {
      for (const m of lead.matchAll(EN_IN)) {
        const here = findCities(m[1]!)[0];
        if (here) {
          loc = { city: here.name, country: here.country, venue: null };
          break;
        }
      }
    }
    if (!loc && (IN_JAPAN_EN.test(lead) || TO_JAPAN.test(lead)))
      loc = { city: null, country: 'JP', venue: null };
    const at =
      lead.match(EN_VENUE) ??
      lead.match(/\bat\s+(Iikura (?:Guest )?House|Akasaka Palace|Kantei)\b/) ??
      lead.match(
        /\bat\s+(the\s+United Nations(?:\s+Headquarters)?)(?!\s+(?:General Assembly|Security Council|Human Rights|Conference|Summit|Ocean|Climate))/,
      );
    if (at) venue = at[1]!.trim();
    if (!loc && venue && UN_HQ.test(venue)) loc = { city: 'New York', country: 'US', venue: null };
  }
  if (!loc) {
    const clock = lead.match(lang === 'ja' ? CLOCK_PLACE_JA : CLOCK_PLACE_EN);
    const here =
      clock && !/^(?:Japan|日本|現地|Local)$/i.test(clock[1]!.trim()) ? place(clock[1]!, lang) : null;
    if (here && here.country !== 'JP') loc = here;
  }
  const callOnJapan = lang === 'ja' ? lead.match(CALL_ON_JAPAN) : null;
  const onJapan = callOnJapan !== null && findJapaneseCountries(callOnJapan[1]!).length === 0;
  if (!loc && !venue && (CALL_RECEIVED.test(lead) || onJapan))
    loc = { city: null, country: 'JP', venue: null };
  // Venues in Tokyo that MOFA names without a place: its own ministry, the Kantei, Iikura House.
  if (!loc && venue) loc = place(venue, lang);
  if (!loc && venue && TOKYO_VENUE.test(venue)) loc = { city: 'Tokyo', country: 'JP', venue: null };
  // "visiting the United States … in Washington, D.C.", "訪日中 … G20大阪サミット": a city of that country.
  if (loc?.country && !loc.city) {
    const country = loc.country;
    const city = findCities(lead).find((c) => c.country === country);
    if (city) loc.city = city.name;
  }
  if (!loc && !venue) return null;
  return {
    city: loc?.city ?? null,
    country: loc?.country ?? null,
    venue: venue ? cutText(venue, 300) : null,
  };
}
