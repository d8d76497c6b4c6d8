// A deterministic synthetic collection for benchmarks: English and Japanese readouts of realistic size.
import type { Readout } from '@readouts/schema';
import { fakeParticipant, fakeReadout } from '../utils/__tests__/factories';

const WORDS =
  'minister foreign affairs meeting bilateral relations cooperation security economic region peace stability north korea china russia ukraine indo pacific free open rule law trade investment energy climate change nuclear disarmament united nations council summit leaders dialogue exchange people visit welcome express gratitude strengthen partnership framework agreement development assistance infrastructure maritime south east asia sea issue abductions confirm continue closely coordinate'.split(
    ' ',
  );
const KANA =
  '外務大臣会談両国関係協力安全保障経済地域平和安定北朝鮮中国露宇自由開かれたインド太平洋法の支配貿易投資気候変動核軍縮国連首脳対話交流訪問歓迎謝意強化';
const COUNTRIES = ['US', 'KR', 'CN', 'AU', 'IN', 'GB', 'FR', 'DE', 'BR', 'MX', 'PE', 'EG', 'VN', 'ID', 'PH'];
const NAMES = [
  'Blinken',
  'Park',
  'Wang',
  'Wong',
  'Jaishankar',
  'Lammy',
  'Barrot',
  'Baerbock',
  'Vieira',
  'Ebrard',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` readouts with 4-12 points of about 60 words (or 120 Japanese characters) each. */
export function syntheticCollection(count: number, seed = 42): Readout[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const english = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const japanese = (n: number) => Array.from({ length: n }, () => pick([...KANA])).join('');
  return Array.from({ length: count }, (_, i) => {
    const lang = next() < 0.3 ? 'ja' : 'en';
    const country = pick(COUNTRIES);
    const text = lang === 'ja' ? () => japanese(120) : () => english(60);
    const year = 2005 + Math.floor(next() * 21);
    return fakeReadout({
      id: `bench-${i}`,
      lang,
      title:
        lang === 'ja'
          ? `日${japanese(2)}外相会談`
          : `Japan-${country} Foreign Ministers' Meeting ${english(3)}`,
      date: `${year}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
      participants: [fakeParticipant({ name: `${pick(NAMES)} ${english(1)}`, country })],
      points: Array.from({ length: 4 + Math.floor(next() * 9) }, (_, n) => ({ n: n + 1, text: text() })),
    });
  });
}
