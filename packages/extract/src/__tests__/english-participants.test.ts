import { describe, expect, it } from 'vitest';
import { englishParticipants } from '../people/english';

const brief = (text: string, fallback: string | null = null) =>
  englishParticipants(text, fallback).map((p) => [p.side, p.name, p.country]);

describe('participants in English leads', () => {
  it('reads the Japanese minister and a counterpart with a formal country name', () => {
    const people = englishParticipants(
      'On November 22, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a Foreign Ministers’ Meeting with Senator the Hon Marise Payne, Minister for Foreign Affairs of the Commonwealth of Australia, who is visiting Japan.',
      null,
    );
    expect(people).toEqual([
      {
        name: 'MOTEGI Toshimitsu',
        familyName: 'MOTEGI',
        title: 'Minister for Foreign Affairs of Japan',
        country: 'JP',
        side: 'japan',
        nameLatin: null,
        role: 'principal',
      },
      {
        name: 'Marise Payne',
        familyName: 'Payne',
        title: 'Minister for Foreign Affairs of the Commonwealth of Australia',
        country: 'AU',
        side: 'counterpart',
        nameLatin: null,
        role: 'principal',
      },
    ]);
  });

  it('treats an untitled first person and a country-less Japanese title as Japan’s side', () => {
    expect(
      brief(
        'On Thursday, September 27, Mr. Koichiro Gemba, who was visiting New York, held a meeting with Rt. Hon William Hague, Secretary of State for Foreign and Commonwealth Affairs of the United Kingdom, for approximately 30 minutes.',
      ),
    ).toEqual([
      ['japan', 'Koichiro Gemba', 'JP'],
      ['counterpart', 'William Hague', 'GB'],
    ]);
    expect(
      brief(
        'Mr. Taro Kono, Minister for Foreign Affairs, held a telephone talk with the Honorable Mike Pompeo, Secretary of State of the United States.',
      ),
    ).toEqual([
      ['japan', 'Taro Kono', 'JP'],
      ['counterpart', 'Mike Pompeo', 'US'],
    ]);
  });

  it('keeps commas inside a title that ends with the country', () => {
    const [, cp] = englishParticipants(
      'Mr. MOTEGI Toshimitsu held a meeting with H.E. Mr. Felipe Carlos Solá, Minister of Foreign Affairs, International Trade and Worship of the Argentine Republic, for approximately two hours.',
      null,
    );
    expect(cp).toMatchObject({
      title: 'Minister of Foreign Affairs, International Trade and Worship of the Argentine Republic',
      country: 'AR',
    });
  });

  it('reads several counterparts of a multilateral meeting', () => {
    expect(
      brief(
        'Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs, chaired the meeting with Senator the Hon Marise Payne, Minister for Foreign Affairs of the Commonwealth of Australia, H.E. Dr. Subrahmanyam Jaishankar, External Affairs Minister of India, and The Honorable Mike Pompeo, Secretary of State of the United States, who are visiting Japan.',
      ),
    ).toEqual([
      ['japan', 'MOTEGI Toshimitsu', 'JP'],
      ['counterpart', 'Marise Payne', 'AU'],
      ['counterpart', 'Subrahmanyam Jaishankar', 'IN'],
      ['counterpart', 'Mike Pompeo', 'US'],
    ]);
  });

  it('reads unnamed groups of ministers when nobody is named', () => {
    const people = brief(
      'Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, participated in the sessions (attended by the High Representative of the European Union for Foreign Affairs, and joined by the Foreign Ministers of India, Philippines, Republic of Korea, and Indonesia).',
    );
    expect(people.filter((p) => p[0] === 'counterpart').map((p) => p[2])).toEqual([
      'EU',
      'IN',
      'PH',
      'KR',
      'ID',
    ]);
  });

  it('uses the implied country for a counterpart whose title names none', () => {
    expect(brief('Mr. HAYASHI Yoshimasa held a meeting with Mr. Lee Min, Special Envoy.', 'KR')[1]).toEqual([
      'counterpart',
      'Lee Min',
      'KR',
    ]);
  });

  it('does not take "General Assembly" or similar for a person', () => {
    expect(brief('Mr. Taro Kono attended the United Nations General Assembly in New York.')).toEqual([
      ['japan', 'Taro Kono', 'JP'],
    ]);
  });
});

describe('titles and family names of Chinese and Korean counterparts', () => {
  it('ends the title at the last "of <country>" and puts the family name first', () => {
    const [, cp] = englishParticipants(
      'Mr. MOTEGI Toshimitsu held a meeting with Mr. Wang Yi, Member of the Political Bureau of the Communist Party of China Central Committee and Minister of Foreign Affairs of the People’s Republic of China, on the margins of the APEC.',
      null,
    );
    expect(cp).toMatchObject({
      name: 'Wang Yi',
      familyName: 'Wang',
      country: 'CN',
      title:
        'Member of the Political Bureau of the Communist Party of China Central Committee and Minister of Foreign Affairs of the People’s Republic of China',
    });
  });
});

describe('people named after their title, without an honorific', () => {
  it('reads upper-cased or known Japanese officeholders as Japan, others by adjective or "of" country', () => {
    expect(
      brief(
        'On May 3, Prime Minister KISHIDA Fumio held a summit meeting with President Joseph R. Biden of the United States.',
      ),
    ).toEqual([
      ['japan', 'KISHIDA Fumio', 'JP'],
      ['counterpart', 'Joseph R. Biden', 'US'],
    ]);
    expect(
      brief('On May 3, Foreign Minister Kamikawa met with Australian Foreign Minister Penny Wong in Tokyo.'),
    ).toEqual([
      ['japan', 'Kamikawa', 'JP'],
      ['counterpart', 'Penny Wong', 'AU'],
    ]);
  });
});

describe('countries written with typographic apostrophes', () => {
  it('tells North Korea and Laos apart from look-alikes', () => {
    expect(
      brief(
        'Mr. X met with H.E. Mr. Y, Minister of Foreign Affairs of the Democratic People’s Republic of Korea.',
      )[1],
    ).toEqual(['counterpart', 'Y', 'KP']);
    expect(
      brief(
        'Mr. X met with H.E. Mr. Saleumxay Kommasith, Minister of Foreign Affairs of the Lao People’s Democratic Republic.',
      )[1],
    ).toEqual(['counterpart', 'Saleumxay Kommasith', 'LA']);
  });

  it('reads directors-general of both ministries by the country their ministry belongs to', () => {
    expect(
      brief(
        'On May 3, Mr. NAMAZU Hiroyuki, Director-General of the Asian and Oceanian Affairs Bureau, Ministry of Foreign Affairs of Japan, held a consultation with Mr. Liu Jinsong, Director-General of the Department of Asian Affairs, Ministry of Foreign Affairs of the People’s Republic of China.',
      ),
    ).toEqual([
      ['japan', 'NAMAZU Hiroyuki', 'JP'],
      ['counterpart', 'Liu Jinsong', 'CN'],
    ]);
  });
});

describe('sides that depend on the rest of the sentence', () => {
  it('makes an untitled first visitor the counterpart when a Japanese official follows', () => {
    expect(
      brief(
        'On May 3, H.E. Mr. Tran Van Ba, who is visiting Japan, paid a courtesy call on Mr. KISHIDA Fumio, Prime Minister of Japan.',
        'VN',
      ),
    ).toEqual([
      ['counterpart', 'Tran Van Ba', 'VN'],
      ['japan', 'KISHIDA Fumio', 'JP'],
    ]);
  });

  it('does not take the head of an international organisation for a Japanese director-general', () => {
    expect(
      brief(
        'On May 3, Mr. KISHIDA Fumio, Prime Minister of Japan, received a courtesy call from H.E. Dr. Ngozi Okonjo-Iweala, Director-General of the World Trade Organization (WTO).',
      )[1]?.[0],
    ).toBe('counterpart');
    expect(
      brief(
        'Mr. NAMAZU Hiroyuki, Director-General of the Asian and Oceanian Affairs Bureau, held talks with Mr. Y.',
      )[0],
    ).toEqual(['japan', 'NAMAZU Hiroyuki', 'JP']);
  });
});

describe('Japanese-only titles before a name', () => {
  it('reads "State Minister Tsuge" as Japan', () => {
    expect(
      brief('On May 3, State Minister Tsuge met with H.E. Mr. A B, Minister of Foreign Affairs of Peru.'),
    ).toEqual([
      ['counterpart', 'A B', 'PE'],
      ['japan', 'Tsuge', 'JP'],
    ]);
  });
});

describe('spouses', () => {
  it('puts an untitled spouse on the side of the titled partner', () => {
    expect(
      brief(
        'On May 3, Mr. KISHIDA Fumio, Prime Minister of Japan, and Mrs. KISHIDA Yuko hosted a dinner for H.E. Mr. Joseph R. Biden, President of the United States of America, and Dr. Jill Biden.',
      ),
    ).toEqual([
      ['japan', 'KISHIDA Fumio', 'JP'],
      ['japan', 'KISHIDA Yuko', 'JP'],
      ['counterpart', 'Joseph R. Biden', 'US'],
      ['counterpart', 'Jill Biden', 'US'],
    ]);
  });
});

describe('a lead that lists the counterparts before the verb', () => {
  it('ends the Japanese title at ", with" (a four-way telephone meeting)', () => {
    const people = englishParticipants(
      'On February 18, from 9:00 p.m. to 10:30 p.m., Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs, with Senator the Hon Marise Payne, Minister for Foreign Affairs of the Commonwealth of Australia, and The Honorable Antony Blinken, Secretary of State of the United States, held a telephone meeting.',
      null,
    );
    expect(people.map((p) => [p.side, p.name, p.title, p.country])).toEqual([
      ['japan', 'MOTEGI Toshimitsu', 'Minister for Foreign Affairs', 'JP'],
      ['counterpart', 'Marise Payne', 'Minister for Foreign Affairs of the Commonwealth of Australia', 'AU'],
      ['counterpart', 'Antony Blinken', 'Secretary of State of the United States', 'US'],
    ]);
  });
});

describe('a suffix after the name', () => {
  it('keeps "Jr." out of the title ("Joseph R. Biden, Jr., President of …")', () => {
    const people = englishParticipants(
      'On September 20, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with the Honorable Joseph R. Biden, Jr., President of the United States of America.',
      null,
    );
    expect(people.find((p) => p.side === 'counterpart')?.title).toBe(
      'President of the United States of America',
    );
  });
});

describe('royal honorifics and a country after the name', () => {
  it('reads "H.R.H. Prince Faisal bin Farhan Al Saud, Minister of Foreign Affairs of …"', () => {
    const people = englishParticipants(
      'On May 3, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.R.H. Prince Faisal bin Farhan Al Saud, Minister of Foreign Affairs of the Kingdom of Saudi Arabia.',
      null,
    );
    expect(people.map((p) => [p.side, p.name, p.country])).toEqual([
      ['japan', 'HAYASHI Yoshimasa', 'JP'],
      ['counterpart', 'Prince Faisal bin Farhan Al Saud', 'SA'],
    ]);
  });

  it('takes the country from "of the Kingdom of Tonga" right after an untitled name', () => {
    const people = englishParticipants(
      'On May 3, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with His Majesty King Tupou VI of the Kingdom of Tonga.',
      null,
    );
    expect(people.find((p) => p.side === 'counterpart')?.country).toBe('TO');
  });
});

describe('officials who sat in', () => {
  it('puts "The dinner was attended by Mr. X, …, Ministry of Foreign Affairs." on the Japan side', () => {
    const people = englishParticipants(
      'On February 3, commencing at 7 p.m. for approximately two hours, Mr. FUJII Hisayuki, State Minister for Foreign Affairs, held a working dinner with H.E. Mr. Philemon YANG, President of the 79th session of the United Nations General Assembly, who is visiting Japan. The overview of the dinner is as follows. The dinner was attended by Mr. MARUYAMA Norio, Ambassador for Tokyo International Conference on African Development (TICAD) and others, Ministry of Foreign Affairs.',
      null,
    );
    expect(people.map((p) => [p.side, p.name])).toEqual([
      ['japan', 'FUJII Hisayuki'],
      ['counterpart', 'Philemon YANG'],
      ['japan', 'MARUYAMA Norio'],
    ]);
  });
});

describe('an office written without a comma after the name', () => {
  it('reads "His Excellency Nana Addo Dankwa AKUFO-ADDO President of the Republic of Ghana"', () => {
    const people = englishParticipants(
      'On December 11, commencing at 4:00 p.m. for approximately 15 minutes, Mr. Taro Kono, Minister for Foreign Affairs of Japan, paid a courtesy call on His Excellency Nana Addo Dankwa AKUFO-ADDO President of the Republic of Ghana, who is paying a visit to Japan.',
      null,
    );
    expect(people.find((p) => p.side === 'counterpart')).toMatchObject({
      name: 'Nana Addo Dankwa AKUFO-ADDO',
      title: 'President of the Republic of Ghana',
      country: 'GH',
    });
  });
});

describe('a counterpart whose title names no country', () => {
  it('puts the person "with" introduces after a Japanese principal on the other side ("2+2")', () => {
    const people = englishParticipants(
      'On December 9, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, and Mr. KIHARA Minoru, Minister of Defense, held the 11th Japan-Australia Foreign and Defence Ministerial Consultations with Senator the Hon Penny Wong, Minister for Foreign Affairs, and the Hon Richard Marles MP, Deputy Prime Minister and Minister for Defence of Australia.',
      'AU',
    );
    expect(people.map((p) => [p.side, p.name, p.country])).toEqual([
      ['japan', 'KAMIKAWA Yoko', 'JP'],
      ['japan', 'KIHARA Minoru', 'JP'],
      ['counterpart', 'Penny Wong', 'AU'],
      ['counterpart', 'Richard Marles', 'AU'],
    ]);
  });
});
