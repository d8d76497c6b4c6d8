import { describe, expect, it } from 'vitest';
import { familyNameOf, stripHonorifics } from '../people/names';

describe('names', () => {
  it.each([
    ['H.E. Mr. Adel Ahmad Al-Jubeir', 'Adel Ahmad Al-Jubeir'],
    ['H.E. Dr. Carlos de Icaza González', 'Carlos de Icaza González'],
    ['The Honorable Mike Pompeo', 'Mike Pompeo'],
    ['Senator the Hon Marise Payne', 'Marise Payne'],
    ['the Rt Hon Philip Hammond MP', 'Philip Hammond'],
    ['Hon. Rear Admiral (Retired) Josaia Voreqe BAINIMARAMA', 'Josaia Voreqe BAINIMARAMA'],
    ['Mr. KONO Taro', 'KONO Taro'],
  ])('strips honorifics from %s', (raw, name) => {
    expect(stripHonorifics(raw)).toBe(name);
  });

  it.each([
    ['KONO Taro', 'KONO'],
    ['Taro Kono', 'Kono'],
    ['Andres Manuel LOPEZ OBRADOR', 'LOPEZ OBRADOR'],
    ['マリズ・ペイン', 'ペイン'],
    ['河野太郎', null],
  ])('finds the family name of %s', (name, family) => {
    expect(familyNameOf(name)).toBe(family);
  });
});
