// Participants named in a Japanese lead sentence: 河野太郎外務大臣は, カルロス・…・メキシコ合衆国外務大臣代行
// (H.E. Dr. Carlos de Icaza González, …)と, 茂木敏充外務大臣…ほかが同席.
import { japaneseAbbreviation } from '../data/country-lookup';
import { foreignOnlyOffice, isForeignDesignation } from '../data/foreign-offices';
import { countryBeforeNo, findJapaneseCountries } from '../data/japanese-countries';
import { cutText } from '../text/cut';
import { englishParticipants } from './english';
import { japanSide } from './japan-side';
import { familyNameOf } from './names';
import { dedupeParticipants, type Participant } from './participant';

// Titles that close a foreign dignitary's designation.
const FOREIGN_TITLE =
  /(?:[\u4e00-\u9fff]{1,8}兼)?(?:駐日[^\s、,]*?大使|特命全権大使|大使|国務長官|外交部長|副部長|外務長官|副長官|長官|外務大臣代行|外務大臣|外務相|外相|首相|大統領|副大統領|次期大統領|国王|皇太子|首長|議長|総裁|事務総長|事務局長|局長|院長|市長|補佐官|代表|次官|議員|国務委員|委員長|総督|書記長|国家主席|主席|国務院総理|主任|大臣|相)$/;
const ORGANISATION =
  /(?:国際連合|国連|北大西洋条約機構|NATO|東南アジア諸国連合|ASEAN|国際原子力機関|IAEA|世界保健機関|WHO|経済協力開発機構|OECD|世界銀行|国際通貨基金|IMF|世界貿易機関|WTO|国連難民高等弁務官事務所|UNHCR|世界食糧計画|WFP|国連児童基金|UNICEF|国連開発計画|UNDP|アジア開発銀行|ADB|アフリカ連合|AU|欧州委員会|欧州理事会|太平洋諸島フォーラム|PIF)/;
const COUNTERPART_END =
  /(?:と(?:の間)?[でのは]?|を表敬|による|に対し|から|の表敬|及び|、|,|が|は|他[とのに]|ほか)/;

function splitDesignation(chunk: string): { name: string; title: string | null; country: string | null } {
  const clean = chunk.replace(/^[・\s]+|[・\s]+$/g, '');
  // A country starts after a "・" or a non-katakana character: "マリ" inside "マリズ" is a name.
  const hit = findJapaneseCountries(clean).find(
    // A kanji country may follow a katakana name directly (キャメロン英国外務大臣); a katakana one
    // must not continue a katakana word, which findJapaneseCountries already checks. A title holds
    // no hiragana: 日本 in "…日本に立ち寄ったペニー・ウォン・オーストラリア…" is a place, not the title.
    (h) => h.index > 0 && !/[\u3041-\u3096]/.test(clean.slice(h.index)),
  );
  if (hit) {
    return {
      name: clean.slice(0, hit.index).replace(/[・\s]+$/, ''),
      title: clean.slice(hit.index),
      country: hit.code,
    };
  }
  // 米国務長官: a one-character country abbreviation right before the title.
  const abbrev = clean.match(
    new RegExp(
      `^(.+?)([米英仏独豪露伯墨比印加伊])(国務長官|外相|首相|大統領|国防長官|.{0,12}?${FOREIGN_TITLE.source})`,
    ),
  );
  if (abbrev)
    return { name: abbrev[1]!, title: abbrev[2]! + abbrev[3]!, country: japaneseAbbreviation(abbrev[2]!) };
  // グテーレス国連事務総長: an international organisation instead of a country.
  const org = clean.match(ORGANISATION);
  if (org && org.index! > 0 && /[\u30a1-\u30fa\u30fc]・?$/.test(clean.slice(0, org.index))) {
    return {
      name: clean.slice(0, org.index).replace(/・$/, ''),
      title: clean.slice(org.index),
      country: null,
    };
  }
  const title = clean.match(FOREIGN_TITLE);
  if (title && title.index! > 0) return { name: clean.slice(0, title.index), title: title[0], country: null };
  return { name: clean, title: null, country: null };
}

function withoutReading(name: string): string {
  // "ニューヨークにおいて李肇星中国外交部長と": the place phrase before the name is not part of it.
  return (
    name
      .replace(/\([\u3040-\u30ff・\s]+\)$/, '')
      .replace(/^.*(?:において|にて)/, '')
      // A name holds no hiragana: "…に参加するために訪日したモハージェル" is the clause before the name.
      .replace(/^.*[\u3041-\u3096](?=[^\u3041-\u3096]{2,}$)/, '')
      .trim()
  );
}

// A designation without an English form, ending in an office. Built once, not per lead: matchAll
// iterates over a copy, so the shared global regex never carries a lastIndex between calls.
const PLAIN_DESIGNATION = new RegExp(
  `((?:[^、,,。はのを及\\s:()]|\\([\\u3040-\\u30ff・]{1,30}\\)|\\([A-Z]{2,10}\\)){1,80}?(?:長官|大臣|外相|首相|大統領|国王|皇太子|首長|大使|議長|総裁|事務総長|事務局長|局長|院長|市長|補佐官|代表|外交部長|副部長|次官|議員|国務委員|委員長|総督|書記長|国家主席|主席|国務院総理|主任|(?<=[\\u4e00-\\u9fff])相))(?=${COUNTERPART_END.source}|[\\s()]|$)`,
  'g',
);

// "Heather Wheeler MP, Parliamentary Under Secretary …": a name of capitalised words before the comma.
const BARE_LATIN_NAME = /^(?:[A-Z][\p{L}'’.-]*\s+){1,5}[A-Z][\p{L}'’.-]*$/u;

/** The Latin-script name of an English form, when it differs from the Japanese one. */
function latinName(parsed: string | null, english: string, name: string): string | null {
  const bare = english
    .split(',')[0]!
    .replace(/\s+(?:MP|KC|QC|OBE|CBE)$/, '')
    .trim();
  const latin = parsed ?? (BARE_LATIN_NAME.test(bare) ? bare : null);
  return latin && latin !== name ? cutText(latin, 200) : null;
}

function counterparts(text: string, fallbackCountry: string | null): Participant[] {
  const out: Participant[] = [];
  // A designation followed by its English form in parentheses.
  // The English form usually opens with an honorific; without one it is still a name when it
  // opens with two capitalised words ("Heather Wheeler MP, Parliamentary Under Secretary …").
  const withLatin =
    /([^、,,。はのを及と]{1,80}?)\(((?:H\.\s?E\.|The Hon|the Hon|The Rt|the Rt|The Right|Senator|Mr|Ms|Mrs|Dr|Rt|Hon|Prof|Sir|Sheikh|His|Her|Mgr|Monsignor|Ambassador|Custodian|King|Queen|Prince|Princess|Crown Prince|President|Prime Minister)[^)]*|[A-Z][a-zA-Z'’.-]+\s+[A-Z][^)]{2,})\)/g;
  const consumed: Array<[number, number]> = [];
  for (const m of text.matchAll(withLatin)) {
    // The English form names a country only when it says so: no fallback, so that the Japanese
    // title (ドイツ連邦共和国外務大臣) wins over the host country of a visit.
    const people = englishParticipants(m[2]!, null);
    const latin = people.find((p) => p.side === 'counterpart') ?? people[0];
    const parts = splitDesignation(m[1]!);
    const name = withoutReading(parts.name) || latin?.name;
    if (!name) continue;
    consumed.push([m.index, m.index + m[0].length]);
    out.push({
      name,
      familyName: parts.name ? familyNameOf(parts.name) : (latin?.familyName ?? null),
      title: parts.title ?? latin?.title ?? null,
      country: (latin?.country !== 'JP' ? latin?.country : null) ?? parts.country ?? fallbackCountry,
      side: 'counterpart',
      // The page gives the name in both scripts: keep the Latin one beside the Japanese.
      nameLatin: parts.name ? latinName(latin?.name ?? null, m[2]!, name) : null,
      role: 'principal',
    });
  }
  // Designations without an English form: 康京和(カン・ギョンファ)韓国外交部長官と, キャメロン英国外務・
  // 英連邦・開発相と, セメド国際連合食糧農業機関(FAO)副事務局長による.
  for (const m of text.matchAll(PLAIN_DESIGNATION)) {
    if (consumed.some(([a, b]) => m.index < b && m.index + m[0].length > a)) continue;
    const parts = splitDesignation(m[1]!);
    // タイ王国のパーンプリー副首相兼外務大臣: the country stated before の.
    parts.country ??= countryBeforeNo(text, m.index);
    const organisation = parts.title !== null && ORGANISATION.test(parts.title);
    // ブッシュ大統領 in 日米首脳会談: no country of its own, the implied one when the office is foreign.
    if (!parts.country && !organisation && fallbackCountry && fallbackCountry !== 'JP') {
      // 潘基文外交通商部長官: the whole foreign office is the title, the rest the name.
      const designation = parts.name + (parts.title ?? '');
      const office = foreignOnlyOffice(designation);
      if (office) {
        parts.name = designation.slice(0, -office.length);
        parts.title = office;
        parts.country = fallbackCountry;
      } else if (isForeignDesignation(withoutReading(parts.name), parts.title))
        parts.country = fallbackCountry;
    }
    if ((!parts.country && !organisation) || !parts.name || /[はがをにでへ]$/.test(parts.name)) continue;
    out.push({
      name: withoutReading(parts.name),
      familyName: null,
      title: parts.title,
      country: parts.country,
      side: 'counterpart',
      nameLatin: null,
      role: 'principal',
    });
  }
  return out;
}

// 米国人元戦争捕虜及びその御家族を: people named by nationality, up to the particle that ends them.
const NATIONALS = /^人([^、,,。をとにがはで]{1,30})(?:を|と|に|が|は|で)/;

/** An unnamed group of a country's nationals ("米国人元戦争捕虜"), named as written, when nobody is named. */
function nationalsGroup(text: string): Participant | null {
  for (const hit of findJapaneseCountries(text)) {
    const m = text.slice(hit.end).match(NATIONALS);
    if (!m || hit.code === 'JP') continue;
    const phrase = `${hit.text}人${m[1]}`;
    return {
      name: phrase,
      nameLatin: null,
      familyName: null,
      title: phrase,
      country: hit.code,
      side: 'counterpart',
      role: 'principal',
    };
  }
  return null;
}

/** Parses the people in a Japanese lead sentence (Japanese side and counterparts). */
export function japaneseParticipants(text: string, fallbackCountry: string | null): Participant[] {
  const people = [...japanSide(text), ...counterparts(text.replace(/及び|並びに/g, '、'), fallbackCountry)];
  const named = people.filter((p) => p.name.length > 0 && p.name.length <= 60);
  const group = named.some((p) => p.side === 'counterpart') ? null : nationalsGroup(text);
  return dedupeParticipants(group ? [...named, group] : named);
}
