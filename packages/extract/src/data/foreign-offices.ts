// Offices in Japanese leads, as data: which ones only a foreign dignitary holds, and which ones a
// Japanese official may hold too. A designation with no country of its own ("ブッシュ大統領",
// "ライス国務長官") takes the country the headline or lead implies ("日米首脳会談") when its office
// is foreign-only, or when the office is shared but the name is written in katakana (a foreign name).

/** Offices MOFA never gives a Japanese official. */
export const FOREIGN_ONLY_OFFICES = [
  '大統領',
  '副大統領',
  '次期大統領',
  '国務長官',
  '国務副長官',
  '国家主席',
  '国務委員',
  '国務院総理',
  '外交部長',
  '外交部長官',
  '外交通商部長官',
  '統一部長官',
  '国防長官',
  '国王',
  '女王',
  '皇太子',
  '首長',
  '首長国連邦大統領',
  '書記長',
  '総督',
  '事務総長',
  '事務局長',
];

/** Offices a Japanese official may hold as well: foreign only when the name is in katakana. */
export const SHARED_OFFICES = [
  '首相',
  '外相',
  '外務大臣',
  '外務相',
  '副首相',
  '大臣',
  '長官',
  '大使',
  '議長',
  '相',
];

const KATAKANA_NAME = /^[\u30a1-\u30fa\u30fc・＝=]{2,40}$/;

/** The longest of `offices` that `text` ends with (with `properSuffix`, leaving text before it), or null. */
function endingOffice(text: string, offices: readonly string[], properSuffix = false): string | null {
  let best: string | null = null;
  for (const office of offices) {
    const fits = text.endsWith(office) && (!properSuffix || text.length > office.length);
    if (fits && (!best || office.length > best.length)) best = office;
  }
  return best;
}

/** Whether a designation with no stated country names a foreign dignitary. */
export function isForeignDesignation(name: string, title: string | null): boolean {
  if (!title) return false;
  if (endingOffice(title, FOREIGN_ONLY_OFFICES)) return true;
  return endingOffice(title, SHARED_OFFICES) !== null && KATAKANA_NAME.test(name);
}

/** The foreign-only office a designation ends with ("潘基文外交通商部長官" -> "外交通商部長官"), or null. */
export function foreignOnlyOffice(designation: string): string | null {
  return endingOffice(designation, FOREIGN_ONLY_OFFICES, true);
}
