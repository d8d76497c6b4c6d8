import { describe, expect, it } from 'vitest';
import { familyNameOf, stripHonorifics } from '../people/names';
import { extractPage } from './factories';

describe('names', () => {
  it.each([
    ['H.E. Mr. Adel Ahmad Al-Jubeir', 'Adel Ahmad Al-Jubeir'],
    ['H.E. Dr. Carlos de Icaza González', 'Carlos de Icaza González'],
    ['The Honorable Mike Pompeo', 'Mike Pompeo'],
    ['Senator the Hon Marise Payne', 'Marise Payne'],
    ['the Rt Hon Philip Hammond MP', 'Philip Hammond'],
    ['Hon. Rear Admiral (Retired) Josaia Voreqe BAINIMARAMA', 'Josaia Voreqe BAINIMARAMA'],
    ['Mr. KONO Taro', 'KONO Taro'],
    ['Hon. Rev. Dr. Pōhiva TU’I’ONETOA', 'Pōhiva TU’I’ONETOA'],
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

  it('names a clergyman prime minister without "Rev."', () => {
    const result = extractPage({
      section: 'Japan-Tonga Relations',
      dateline: 'June 30, 2021',
      lead: 'On June 30, commencing at 11:50 a.m. for approximately 15 minutes, Mr. SUGA Yoshihide, Prime Minister of Japan, held a Japan-Tonga leaders video teleconference meeting with Hon. Rev. Dr. Pōhiva TU’I’ONETOA, Prime Minister of the Kingdom of Tonga.',
    });
    const counterpart =
      result.kind === 'readout' ? result.readout.participants.find((p) => p.side === 'counterpart') : null;
    expect(counterpart?.name).toBe('Pōhiva TU’I’ONETOA');
  });
});

describe('clergy in Japanese leads', () => {
  it('reads a Vatican official styled "Mgr." in the English form', () => {
    const result = extractPage({
      lang: 'ja',
      headline: '中根外務副大臣のバチカン訪問',
      dateline: '平成29年5月1日',
      lead: '4月27日,中根副大臣はバチカンを訪問し,ポール・リチャード・ギャラガー外務長官(Mgr. Paul Richard Gallagher, Secretary for the Relations with States of Vatican)を表敬しました。',
    });
    const counterpart =
      result.kind === 'readout' ? result.readout.participants.find((p) => p.side === 'counterpart') : null;
    expect([counterpart?.name, counterpart?.title, counterpart?.country]).toEqual([
      'ポール・リチャード・ギャラガー',
      '外務長官',
      'VA',
    ]);
  });
});
