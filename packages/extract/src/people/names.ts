// Personal names: honorifics stripped, family name found ("Mr. KONO Taro" and "Mr. Taro Kono" give Kono).

const FAMILY_FIRST = new Set(['CN', 'KR', 'KP', 'TW', 'VN', 'HK', 'MO']);

/** Honorifics and ranks that may precede a name in MOFA prose, in any combination. */
export const HONORIFIC_SOURCE = [
  '(?:[Tt]he\\s+)?(?:Rt\\.?\\s*Hon(?:ou?rable)?\\.?|Right\\s+Honou?rable|Honou?rable|Hon\\.?)',
  'H\\.\\s?E\\.?',
  'H\\.\\s?R\\.\\s?H\\.?',
  'H\\.\\s?M\\.?',
  'His\\s+(?:Royal\\s+)?(?:Excellency|Highness|Majesty)',
  'Her\\s+(?:Royal\\s+)?(?:Excellency|Highness|Majesty)',
  'Their\\s+Excellencies',
  'Mr\\.?',
  'Ms\\.?',
  'Mrs\\.?',
  'Mme\\.?',
  'Dr\\.?',
  'Prof(?:essor|\\.)?',
  'Rev(?:erend|\\.)',
  'Mgr\\.',
  'Monsignor',
  'Senator',
  'Sir',
  'Dame',
  'Sheikh(?:a)?',
  'Shaikh(?:a)?',
  '(?:Rear|Vice)\\s+Admiral',
  'Lt\\.?\\s*Gen\\.?',
  '(?:Maj|Brig)\\.?\\s*Gen\\.?',
  'Gen\\.',
  '(?:Air\\s+Chief\\s+)?Marshal',
  '\\([Rr]es\\.\\)',
  'Major\\s+General',
  '\\(Retired\\)',
  '\\(Ret\\.\\)',
].join('|');

const HONORIFIC_PREFIX = new RegExp(`^(?:(?:${HONORIFIC_SOURCE})\\s*)+`, '');
const TRAILING_POSTNOMINALS = /(?:,?\s+(?:MP|M\.P\.|QC|KC|OBE|CBE|KBE|AC|AO|Jr\.?|Sr\.?))+$/;

/** Strips leading honorifics (H.E., Dr., The Honorable, Senator the Hon) and post-nominals (MP). */
export function stripHonorifics(name: string): string {
  return name
    .replace(HONORIFIC_PREFIX, '')
    .replace(TRAILING_POSTNOMINALS, '')
    .replace(/[,;:!?"”]+$/, '')
    .replace(/(?<=\p{L}{2})\.$/u, '') // the sentence's full stop, not an initial
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The family name: the upper-case word in MOFA's "KONO Taro" style, else the last word of a
 * Western-order name, else the part after the last "・" of a katakana name.
 */
export function familyNameOf(name: string, country: string | null = null): string | null {
  const words = name.split(/\s+/).filter(Boolean);
  const upper = words.filter((w) => /^[A-ZÀ-Þ][A-ZÀ-Þ'’-]+$/.test(w) && w.length > 1);
  if (upper.length > 0 && upper.length < words.length) return upper.join(' ');
  if (/[\u30a0-\u30ff]/.test(name) && name.includes('・')) return name.split('・').pop() || null;
  if (/[\u4e00-\u9fff]/.test(name)) return null;
  if (words.length === 0) return null;
  // Chinese, Korean and Vietnamese names keep the family name first even in English.
  if (country && FAMILY_FIRST.has(country) && words.length > 1) return words[0]!;
  return words[words.length - 1]!.replace(/[.,]$/, '') || null;
}
