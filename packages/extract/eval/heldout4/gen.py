#!/usr/bin/env python3
"""Builds the fourth held-out set: real MOFA page text (as found in stored public copies) wrapped in
markup reconstructed in the dev set's current/plain/legacy styles, plus hand labels (labels.jsonl).
Run from this directory: python3 gen.py"""
import html, json, os

OUT = os.path.dirname(os.path.abspath(__file__))
P = []


def add(**k):
    P.append(k)


def fname(url):
    path = url.split('mofa.go.jp/', 1)[1] if 'mofa.go.jp/' in url else url.split('://', 1)[1]
    return path.replace('/', '-')


def JPN(n, t=None, latin=None):
    d = {"name": n, "title": t}
    if latin:
        d["nameLatin"] = latin
    return d


def CP(n, t, c, latin=None):
    d = {"name": n, "title": t, "country": c}
    if latin:
        d["nameLatin"] = latin
    return d


# ---------------------------------------------------------------- English readouts
add(url="http://japan.go.jp/newspaper/20150612/index.html", fname="mirror-japangov-japan-germany-summit-2015-06-07.html",
    lang="en", tpl="plain", section="JapanGov Weekly", pre="[Ministry of Foreign Affairs of Japan] [Monday, Jun 8, 2015]",
    title="Japan-Germany Summit Meeting", dateline=None,
    body=[("p", "On Sunday, June 7, commencing at 6:00 p.m. (local time) for approximately 20 minutes, Mr. Shinzo Abe, Prime Minister of Japan, who was visiting Elmau (Germany) to attend the G7 Summit, held a summit meeting with H.E. Dr. Angela Merkel, Federal Chancellor of the Federal Republic of Germany. The overview of the meeting is as follows."),
          ("raw", ["1. Opening Remarks",
                   "Chancellor Merkel stated that she was delighted to meet with Prime Minister Abe again and praised his meaningful contribution to the first session of the G7 Summit. In response, Prime Minister Abe stated that he was also delighted to meet Chancellor Merkel again in such a splendid venue and would like to praise her accomplishments as the chair of the G7 Summit, and that Japan, which will serve as the chair country after Germany next year, intends to cooperate even more closely with Germany, including to taking over the outcome of this year.",
                   "2. Situations in Ukraine and Russia",
                   "Prime Minister Abe expressed his visit to the Ukraine, which was made for the first time in the history as a Prime Minister of Japan, shows Japan’s active approach and intention toward resolving the situation in Ukraine as the next G7 chair country. On the other hand, Prime Minister Abe also gave an explanation on the relationship with Russia that there remains the Northern Territories issue between Japan and Russia, which has been unsolved for 70 years after WWII and it is necessary to hold direct dialogues between the leaders for the resolution of the issue. Chancellor Merkel stated that she was very grateful for Prime Minister Abe’s visit to Ukraine and thanked him for Japan’s tremendous support for that country."])],
    back=None,
    labels=dict(title="Japan-Germany Summit Meeting", date="2015-06-07", startTime="18:00", durationMinutes=20, format="summit",
                japanParticipants=[JPN("Shinzo Abe", "Prime Minister of Japan")],
                counterparts=[CP("Angela Merkel", "Federal Chancellor of the Federal Republic of Germany", "Germany")],
                location={"city": "Elmau", "country": "Germany"}, pointCount=None, truncated=True,
                notes="MIRROR (JapanGov Weekly, japan.go.jp, reposting the MOFA readout): the mirror's bracket '[Ministry of Foreign Affairs of Japan] [Monday, Jun 8, 2015]' is the only year; the meeting is 'On Sunday, June 7' (weekday before the month), the day BEFORE that bracket date. '(local time)' bracket. Place in a participial clause: 'who was visiting Elmau (Germany) to attend the G7 Summit'. Ukraine and Russia are topics. Stored text stops in section 2."))

add(url="https://www.japan.go.jp/newspaper/20151120/index.html", fname="mirror-japangov-japan-eu-summit-2015-11-15.html",
    lang="en", tpl="plain", section="JapanGov Weekly", pre="[Ministry of Foreign Affairs of Japan] [Sunday, Nov 15, 2015]",
    title="Japan-EU Summit Meeting", dateline=None,
    body=[("p", "On November 15, commencing at 11:30 a.m. (local time) for approximately 30 minutes, Mr. Shinzo Abe, Prime Minister of Japan, who is currently visiting Antalya, held a meeting with H.E. Jean-Claude Juncker, President of the European Commission, at a site of the G20 Antalya Summit. The overview of the meeting is as follows."),
          ("raw", ["1. At the beginning, Prime Minister Abe welcomed his second meeting with President Juncker this year following the Japan- EU Summit held in Tokyo in May. Prime Minister Abe expressed the view that the acts of terrorism in Paris are an assault against the common values that Japan and the EU share and uphold, and that the international community should unite in resolutely denouncing them. Prime Minister Abe explained that Japan intends to work closely with the EU on counterterrorism measures as well as to cooperate with the EU, its strategic partner, for the peace and stability of the international community.",
                   "In response, President Juncker welcomed the second meeting between the two leaders this year. President Juncker expressed the view that due to the terrorist attacks in Paris the atmosphere at this G20 summit differs from G20 summits thus far, and stated that the recent acts of terrorism represent an attack not only on the people of France, but on common values, and democracy needs to be firmly maintained.",
                   "2. With regard to Japan-EU relations, President Juncker explained that he attaches importance to the negotiations on the Strategic Partnership Agreement (SPA) (http://www.mofa.go.jp/erp/ep/page22e_000707.html) and the Economic Partnership Agreement (EPA) (http://www.mofa.go.jp/policy/economy/page6e_000013.html) with Japan, a strategic partner for the EU, and that there is a need to accelerate the negotiations."])],
    back=None,
    labels=dict(title="Japan-EU Summit Meeting", date="2015-11-15", startTime="11:30", durationMinutes=30, format="summit",
                japanParticipants=[JPN("Shinzo Abe", "Prime Minister of Japan")],
                counterparts=[CP("Jean-Claude Juncker", "President of the European Commission", "European Union")],
                location={"city": "Antalya", "country": "TR"}, pointCount=None, truncated=True,
                notes="MIRROR (JapanGov Weekly). Headline says Summit Meeting, the lead says 'held a meeting with' -> summit (leaders' meeting). Counterpart is 'H.E. Jean-Claude Juncker' (H.E. without Mr.), of the EU. Place from 'who is currently visiting Antalya' and 'at a site of the G20 Antalya Summit' (Turkey, not named; written as ISO TR). 'the Japan- EU Summit held in Tokyo in May' is an earlier meeting, Paris a topic. Stored text stops in point 2."))

add(url="https://www.japan.go.jp/newspaper/20151009/index.html", fname="mirror-japangov-japan-sri-lanka-summit-2015-10-06.html",
    lang="en", tpl="plain", section="JapanGov Weekly", pre="[Ministry of Foreign Affairs of Japan] [Tuesday, Oct 6, 2015]",
    title="Japan-Sri Lanka Summit Meeting", dateline=None,
    body=[("p", "On October 6, commencing at 6:00 p.m. for approximately 45 minutes, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with Hon. Mr. Ranil Wickremesinghe, Prime Minister of the Democratic Socialist Republic of Sri Lanka, who paid an Official Visit to Japan. The overview of the meeting is as follows."),
          ("p", "Following the summit meeting, the two leaders announced a “Joint Declaration on Comprehensive Partnership between Japan and Sri Lanka.” (English (PDF http://www.mofa.go.jp/files/000103273.pdf)) (Japanese (PDF http://www.mofa.go.jp/files/000103258.pdf)) Additionally, a signing ceremony was held under the presence of the two leaders for the “Bandaranaike International Airport Development Project (Phase 2)” yen loan (45,428,000,000 yen)."),
          ("raw", ["1. Opening Remarks",
                   "(1) Prime Minister Abe welcomed this first visit to Japan in approximately 7 years, and offered his congratulations on the emergence of the new administration on the results of Sri Lanka’s free and fair democratic presidential election earlier in January and the general election in August . In response, Prime Minister Wickremesinghe offered his gratitude for the invitation to visit, noted that the friendship have been developed by the two countries since World War II, and expressed his hope to strengthen the comprehensive relationship between the two countries in the future by first strengthening the economic relationship through trade and investment, etc.",
                   "(2) The two leaders shared the views that the two countries will elevate to “Comprehensive Partnership” on top of their friendship, and discussed three specific initiatives in (i) Promotion of Investment and Trade, (ii) Cooperation on the National Development Plan in Sri Lanka, and (iii) National Reconciliation and Peacebuilding.",
                   "2. Political, Maritime Cooperation"])],
    back=None,
    labels=dict(title="Japan-Sri Lanka Summit Meeting", date="2015-10-06", startTime="18:00", durationMinutes=45, format="summit",
                japanParticipants=[JPN("Shinzo Abe", "Prime Minister of Japan")],
                counterparts=[CP("Ranil Wickremesinghe", "Prime Minister of the Democratic Socialist Republic of Sri Lanka", "LK")],
                location={"city": None, "country": "Japan"}, pointCount=None, truncated=True,
                notes="MIRROR (JapanGov Weekly). Honorific 'Hon. Mr.' before the counterpart. 'who paid an Official Visit to Japan' -> Japan (city not written). A paragraph about a joint declaration and a signing ceremony sits between the lead and the numbered sections. Sri Lanka written as ISO LK. Stored text stops at the heading of section 2."))

add(url="https://www.gov-online.go.jp/eng/publicity/book/hlj/html/201711/201711_00_en.html", fname="mirror-govonline-japan-us-summit-2017-11-06.html",
    lang="en", tpl="plain", section="Highlighting JAPAN", pre="Home > Highlighting JAPAN > Highlighting Japan November 2017 > Prime Minister's Diary",
    title="Japan-US Working Lunch and Japan-US Summit Meeting", dateline=None,
    body=[("p", "On November 6, Shinzo Abe, Prime Minister of Japan, held a working lunch and summit meeting with the Honorable Donald J. Trump, President of the United States of America. The overview of the meetings is as follows."),
          ("raw", ["Japan-US Working Lunch",
                   "In opening remarks, the Prime Minister said as follows:",
                   "I would like to express my heartfelt condolences and sympathy for your loss and also to those people who lost their lives or were hurt in the shooting incident in Texas.",
                   "I would once again like to wholeheartedly welcome the visit of President Trump and the First Lady to Japan. Yesterday, we enjoyed playing golf and also had a great time over dinner. Today I look forward to having candid discussions to cover the issue of North Korea and other global challenges. The Japan-US alliance is the foundation for peace and prosperity in the Asia-Pacific region and the world. Through the visit of the President to Japan this time, we would like to make the alliance firmer and an unwavering one.",
                   "In response, President Trump said:",
                   "It has been an absolutely great two days. Prime Minister Abe has become my very close friend. To be with Prime Minister and Mrs. Abe was something very special. To have the privilege of playing golf with Prime Minister Abe and [pro golfer] Mr. Hideki Matsuyama was great. The time that we spent together has been very fruitful. From now we will be discussing trade, North Korea, and others. It has been a very special two days. On behalf of the United States of America, I would like to thank the Prime Minister and Japan. We expect for a relationship that is even better than we have ever had before.",
                   "The two leaders then engaged in discussions on matters relating to bilateral security, including North Korea, the regional situation and Okinawa.",
                   "Japan-US Summit Meeting"])],
    back=None,
    labels=dict(title="Japan-US Working Lunch and Japan-US Summit Meeting", date="2017-11-06", startTime=None, durationMinutes=None, format="summit",
                japanParticipants=[JPN("Shinzo Abe", "Prime Minister of Japan")],
                counterparts=[CP("Donald J. Trump", "President of the United States of America", "United States")],
                location={"city": None, "country": "Japan"}, pointCount=None, truncated=True,
                notes="MIRROR (Highlighting Japan, gov-online.go.jp, 'Prime Minister's Diary', reposting the readout). No date line: the year only in the breadcrumb 'Highlighting Japan November 2017'. 'held a working lunch and summit meeting' -> summit (the summit is the main event; the lunch precedes it). No time. 'the visit of President Trump ... to Japan' -> Japan. Quoted opening remarks in the first person; Mr. Hideki Matsuyama (a golfer) and the First Lady are not participants. Stored text stops at the 'Japan-US Summit Meeting' sub-heading."))

add(url="https://www.mofa.go.jp/region/europe/uk/talk0311.html", lang="en", tpl="legacy", section=None,
    title="Foreign Minister Kawaguchi Telephone Talks with British Secretary Straw", dateline="November 4, 2003",
    body=[("p", "Minister for Foreign Affairs Yoriko Kawaguchi held telephone talks with British Foreign Secretary Jack Straw on November 4. The following is a summary of the talks."),
          ("raw", ["1. Iraq",
                   "Foreign Secretary Straw applauded Japan's constructive role on the reconstruction of Iraq, including Japan's pledge at the International Donor's Conference in Madrid. Foreign Minister Kawaguchi expressed Japan's high appreciation of Britain's commitment, and called for further assistance from the European Union as a whole.",
                   "Both Foreign Ministers shared the view that Iraq must not be allowed to become a failed state and that the stability of Iraq is in the interest of the international community as a whole.",
                   "2. Iran",
                   "Minister Kawaguchi congratulated the efforts of Secretary Straw on his visit to Iran with French and German foreign ministers. She welcomed the decision of Iran as positive development and expressed Japan's strong hope that Iran would implement in good faith all the measures called for in the resolution of the Board of Governors of the International Atomic Energy Agency (IAEA) in September. Minister Kawaguchi also explained about the visit to Iran by Deputy Minister Tanaka on November 1 and 2.",
                   "Secretary Straw expressed his gratitude and stated that implementation by Iran was important and that he wanted to maintain close contact with Japan in view of the November meeting of the IAEA Board of Governors.",
                   "3. Middle East Peace Process",
                   "Minister Kawaguchi expressed her hope that the Road Map would again get on track. She explained Japan's efforts including her recent visits to Egypt and Tunisia. Secretary Straw appreciated Japan's efforts and stated that it was important for both the Israeli and Palestinian sides to be constructive.",
                   "4. Myanmar",
                   "Secretary Straw expressed his appreciation to Japan's recent policies toward Myanmar."])],
    back=None,
    labels=dict(title="Foreign Minister Kawaguchi Telephone Talks with British Secretary Straw", date="2003-11-04", startTime=None, durationMinutes=None, format="telephone",
                japanParticipants=[JPN("Yoriko Kawaguchi", "Minister for Foreign Affairs")],
                counterparts=[CP("Jack Straw", "Foreign Secretary", "United Kingdom")],
                location=None, pointCount=None, truncated=True,
                notes="2003 legacy page. Title before name on both sides, the counterpart's nationality as an adjective ('British Foreign Secretary Jack Straw'); no time, no duration. Deputy Minister Tanaka (a visit to Iran) and the French and German foreign ministers are mentioned, not participants. Stored text stops in section 4."))

add(url="https://www.mofa.go.jp/region/europe/france/talks031104.html", lang="en", tpl="legacy", section=None,
    title="Foreign Minister Kawaguchi Telephone Talks with French Foreign Minister De Villepin", dateline="November 4, 2003",
    body=[("p", "The following is an overview of telephone talks that Minister for Foreign Affairs Yoriko Kawaguchi had with French Foreign Minister Dominique de Villepin on November 4."),
          ("raw", ["1. Japan-France Relations",
                   "(1) Foreign Minister Kawaguchi said that she was looking forward to Foreign Minister De Villepin's early visit to Japan. In response, Foreign Minister De Villepin said that although he is currently occupied by consultations regarding the draft constitution of the European Union, he is willing to visit Japan as soon as possible.",
                   "(2) Foreign Minister Kawaguchi then expressed the hope that the social security agreement, which is under negotiation between Japan and France, would be concluded at an early date. She also expressed that she wanted the new document on Japan-France cooperation, which also is currently being negotiated between Japan and France, to have substantial future-oriented content. In response, Foreign Minister De Villepin stated that he wanted the document to have a good content and that the Japan-France Dialogue Forum is also important in terms of promoting cooperation between the two countries.",
                   "2. Iraq",
                   "(1) Foreign Minister Kawaguchi stated that the international community should display unified solidarity against the series of terrorism. Furthermore, she stated that the international community cooperate and collaborate regarding ensuring public order and assisting reconstruction in order to accelerate the political process, and that she looked forward to a positive approach from France.",
                   "(2) In response, Foreign Minister De Villepin stated that the domestic situation in Iraq dose not permit optimism. The Minister also stated that, as it has become increasingly difficult the political process has become increasingly important as theses a limitation to the military process; he stated the necessity of self-governance by the Iraqi people."])],
    back=None,
    labels=dict(title="Foreign Minister Kawaguchi Telephone Talks with French Foreign Minister De Villepin", date="2003-11-04", startTime=None, durationMinutes=None, format="telephone",
                japanParticipants=[JPN("Yoriko Kawaguchi", "Minister for Foreign Affairs")],
                counterparts=[CP("Dominique de Villepin", "Foreign Minister", "France")],
                location=None, pointCount=None, truncated=True,
                notes="2003 legacy page. The lead opens 'The following is an overview of telephone talks that ... had with ... on November 4' (the 'following is' sentence carries the whole event). Counterpart 'French Foreign Minister Dominique de Villepin' (nationality adjective; 'de' particle, later 'De Villepin'). Stored text stops in section 2."))

add(url="https://www.mofa.go.jp/region/n-america/us/fmv0309/china.html", lang="en", tpl="legacy", section=None,
    title="Japan-China Foreign Ministers' Meeting on the Occasion of the General Assembly of the United Nations", dateline="24 September 2003",
    body=[("p", "On the occasion of the General Assembly of the United Nations (in New York), a Japan-China Foreign Ministers' Meeting was held on 24 September 2003 between Minister for Foreign Affairs Yoriko Kawaguchi and Minister of Foreign Affairs Li Zhaoxing for approximately 40 minutes. The following is a summary of the meeting."),
          ("raw", ["1. Opening",
                   "Foreign Minister Li expressed delight to see Foreign Minister Kawaguchi again in New York, and in response to this Foreign Minister Kawaguchi expressed her gratitude to Foreign Minister Li for the congratulatory telegram that she had received on the occasion of her reappointment.",
                   "2. Japan-China Relations", "(1) High-level exchanges", "(Foreign Minister Li)",
                   "I would like to express my gratitude for the hospitality Japan extended to Wu Bangguo, Chairman of the standing Committee of the National People's Congress who successfully visited to Japan in September. Furthermore, the visits to China by Chief Cabinet Secretary Yasuo Fukuda in August and by Minister of State and Director-General of the Defense Agency Shigeru Ishiba in September also were carried out successfully. Also, on the occasion of the ASEAN+3 Summit Meeting in October, a meeting will take place between Premier Wen Jiabao and Prime Minister Junichiro Koizumi. That meeting will be the first meeting between the two prime ministers since the new leadership was established in China. I am certain that this meeting will contribute to the further development of Japan-China relations.",
                   "Both Japan and China should consider each other's respective concerns and advance Japan-China relations in a manner that takes history as a mirror, and looks toward the future.",
                   "(Foreign Minister Kawaguchi)",
                   "Following the visit to Japan by Chairman Wu this month, we should continue to hold such high-level exchanges between the two countries."])],
    back=None,
    labels=dict(title="Japan-China Foreign Ministers' Meeting on the Occasion of the General Assembly of the United Nations", date="2003-09-24", startTime=None, durationMinutes=40, format="meeting",
                japanParticipants=[JPN("Yoriko Kawaguchi", "Minister for Foreign Affairs")],
                counterparts=[CP("Li Zhaoxing", "Minister of Foreign Affairs", "China")],
                location={"city": "New York", "country": "United States"}, pointCount=None, truncated=True,
                notes="2003 legacy page. Passive lead: 'a Japan-China Foreign Ministers' Meeting was held on 24 September 2003 between Minister for Foreign Affairs Yoriko Kawaguchi and Minister of Foreign Affairs Li Zhaoxing for approximately 40 minutes' (day-first date with year; neither side's country written beside the names: the headline gives Japan-China). Place '(in New York)'. Speeches quoted under '(Foreign Minister Li)' headings name third parties (Wu Bangguo, Fukuda, Ishiba, Wen Jiabao, Koizumi): not participants. Stored text stops in section 2."))

add(url="https://www.mofa.go.jp/region/middle_e/iraq/issue2003/announce0414.html", lang="en", tpl="legacy", section=None,
    title="Special Announcement by the Press Secretary",
    sub="(Foreign Minister Yoriko Kawaguchi's meeting with British Foreign Secretary Jack Straw on 11 April and her telephone conversation with European Commissioner Chris Patten on the same day)",
    dateline="April 14, 2003",
    body=[("p", "Japanese Foreign Minister Yoriko KAWAGUCHI met British Foreign Secretary Jack STRAW in London for an hour and a half in the afternoon of 11 April local time. They discussed Iraq, the Middle East peace process, North Korea, and India and Pakistan."),
          ("p", "On Iraq, Minister Kawaguchi explained Japan's stance so far and more than USD 200 million worth of assistance Japan is providing, and also Japan's five principles on humanitarian and reconstruction assistance to Iraq. Minister Straw expressed his appreciation for Japan's support so far and his total agreement with the five principles. As regards security concerns on the ground, Minister Straw stressed that British army with its more than thirty years of experience in Northern Ireland had considerable expertise on police activities. Minister Straw was scheduled to visit Kuwait, Qatar, and Saudi Arabia next week and said he would like to report the outcome of the visit to Minister Kawaguchi after the trip."),
          ("p", "Minister Kawaguchi said that it is very important that the weapons of mass destruction which was the very cause of the military action be discovered. Minister Straw fully agreed."),
          ("p", "Minister Kawaguchi said that as we faced the future of Iraq, it was important for the international community to establish some kind of an overall framework and that since the cost of reconstruction of Iraq was expected to be extremely large, it was particularly important for the members of the international community to unite their efforts to provide extensive cooperation with Iraq. Minister Kawaguchi believed that efforts needed to be made to agree on some kind of UN resolutions.")],
    back=None,
    labels=dict(title="Special Announcement by the Press Secretary", date="2003-04-11", startTime=None, durationMinutes=90, format="meeting",
                japanParticipants=[JPN("Yoriko Kawaguchi", "Foreign Minister")],
                counterparts=[CP("Jack Straw", "Foreign Secretary", "United Kingdom")],
                location={"city": "London", "country": "United Kingdom"}, pointCount=None, truncated=True,
                notes="2003 'Special Announcement by the Press Secretary' that is a readout: a parenthesised subtitle names the meeting and a telephone conversation, the dateline (April 14) is three days AFTER the meeting; the lead gives a day-first date after the time phrase ('in the afternoon of 11 April local time'), a duration in words ('for an hour and a half' = 90) and names in capitals ('Yoriko KAWAGUCHI', 'Jack STRAW'). Only the meeting with Straw is in the stored text; the telephone conversation with Commissioner Chris Patten (named only in the subtitle) is not labelled. Kuwait, Qatar, Saudi Arabia are Straw's next visits, not the location."))

add(url="https://www.mofa.go.jp/a_o/rp/page1e_000732.html", lang="en", tpl="current", section="Japan-ASEAN Relations", title=None, dateline="July 13, 2023",
    captions=["Photo session before the 24th ASEAN Plus Three Foreign Ministers’ Meeting", "Foreign Minister Hayashi makes a remarks at the 24th ASEAN Plus Three Foreign Ministers’ Meeting", "(Photo) The 24th ASEAN Plus Three Foreign Ministers’ Meeting"],
    body=[("p", "On July 13, commencing at 4:05 p.m. local time (6:05 pm, JST) for about 70 minutes, the 24th ASEAN Plus Three Foreign Ministers’ Meeting was held in Jakarta, Indonesia. Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, attended the meeting. The overview of the meeting is as follows."),
          ("raw", ["1. Opening Remarks",
                   "At the outset, Minister Hayashi stressed the importance of upholding and reinforcing the free and open international order based on the rule of law in order for the Indo-Pacific region to remain an Epicentrum of Growth. Minister Hayashi outlined Japan’s following initiatives, expressing support for ASEAN centrality and unity, and highlighting that Japan attaches importance to cooperation in line with the ASEAN Outlook on the Indo-Pacific (AOIP)."]),
          ("ol", ["Efforts for the swift creation of the rapid financing facility and the development of a roadmap for possible financing structures in order to further strengthen the Chiang Mai Initiative Multilateralization (CMIM);",
                  "Provision of 3.3 billion US dollars worth of emergency financial support loans to build back better from the COVID-19 pandemic; and,",
                  "Provision of rice assistance through the ASEAN+3 Emergency Rice Reserve (APTERR) while the importance of food security has been reaffirmed in the wake of the recent spate of natural disasters and the spread of infectious diseases."]),
          ("raw", ["2. ASEAN+3 Cooperation",
                   "1. Minister Hayashi emphasized that Japan would continue to fully support the mainstreaming of the AOIP, and promote concrete cooperation in the four priority areas of the AOIP as follows."])],
    back=None,
    labels=dict(title=None, date="2023-07-13", startTime="16:05", durationMinutes=70, format="meeting",
                japanParticipants=[JPN("HAYASHI Yoshimasa", "Minister for Foreign Affairs of Japan")],
                counterparts=[{"name": None, "title": "ASEAN Plus Three Foreign Ministers", "country": None}],
                location={"city": "Jakarta", "country": "Indonesia"}, pointCount=None, truncated=True,
                notes="Multilateral meeting, no headline in the stored text (section label, date, photo captions). Local time and Japan time in one bracket-less phrase: '4:05 p.m. local time (6:05 pm, JST)' -> 16:05 local. Passive lead ('the ... Meeting was held in Jakarta, Indonesia'), then 'Mr. HAYASHI Yoshimasa ... attended the meeting'. No counterpart is named: an unnamed group (not scored). A numbered list of Japan's initiatives inside section 1 is not the points. Stored text stops in section 2."))

add(url="https://www.mofa.go.jp/announce/jfpu/2011/7/0726_02.html", lang="en", tpl="legacy", section=None,
    title="Japan-ASEAN Foreign Ministers' Meeting", dateline="July 26, 2011",
    body=[("p", "The Japan-ASEAN Foreign Ministers' Meeting was held on July 21 in Bali, the Republic of Indonesia. The following is an overview of the Meeting (chaired by Dr. R. M. Marty M. Natalegawa, Minister for Foreign Affairs of the Republic of Indonesia, a country coordinator for ASEAN's partnership with Japan, which was represented by Minister for Foreign Affairs Takeaki Matsumoto)."),
          ("raw", ["1. Review of Japan-ASEAN Partnership",
                   "(1) Minister Matsumoto began the Meeting by expressing gratitude to the ASEAN foreign ministers for showing solidarity with disaster-stricken Japan and giving words of encouragement for Japan's reconstruction efforts in their Joint Communique announced following their meeting on July 19. He also thanked them for highly appreciating Japan's various forms of cooperation with ASEAN, including connectivity assistance and anti-disaster cooperation. He expressed Japan's determination to achieve \"Recovery open to the rest of the world\" without delay, saying Japan would continue to be \"Open for business and travel.\"",
                   "(2) Minister Matsumoto briefed the Meeting on progress in efforts for closer regional cooperation in the area of disaster management, a Japanese policy proposed during the Special ASEAN- Japan Ministerial Meeting held on April 9 soon after the disaster. His explanation was as follows.",
                   "To begin with, Minister Matsumoto explained that Japan would provide full-scale support to the ASEAN Coordinating Center for Humanitarian Assistance on Disaster Management (AHA Center), including the dispatch of anti-disaster experts who help to manage the center as well as various assistance ranging from the provision of communications equipment and supplies in stock to the dispatch of specialists."])],
    back=None,
    labels=dict(title="Japan-ASEAN Foreign Ministers' Meeting", date="2011-07-21", startTime=None, durationMinutes=None, format="meeting",
                japanParticipants=[JPN("Takeaki Matsumoto", "Minister for Foreign Affairs")],
                counterparts=[CP("R. M. Marty M. Natalegawa", "Minister for Foreign Affairs of the Republic of Indonesia", "Indonesia"),
                              {"name": None, "title": "ASEAN foreign ministers", "country": None}],
                location={"city": "Bali", "country": "Indonesia"}, pointCount=None, truncated=True,
                notes="2011 'jfpu' page. Passive lead, meeting July 21, dateline July 26. The principals are only in a parenthesis: the chair Dr. R. M. Marty M. Natalegawa (Indonesia) and Japan 'represented by Minister for Foreign Affairs Takeaki Matsumoto' (title before name). The ASEAN foreign ministers are an unnamed group. July 19 and April 9 are earlier meetings. Stored text stops in section 1."))

add(url="https://www.mofa.go.jp/press/release/press1e_000267.html", lang="en", tpl="current", section="Press Releases",
    title="Foreign Minister Hayashi’s Meeting with Ambassadors and Representatives of Southeast Asian Countries to Japan", dateline="February 28, 2022",
    captions=["Meeting between Foreign Minister Mr. HAYASHI and Ambassadors and representatives of ASEAN countries to Japan"],
    body=[("p", "On February 28, 2022, commencing at 2:40 p.m. for approximately 30 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with Ambassadors and representatives of Southeast Asian countries to Japan. The overview of the meeting is as follows."),
          ("ol", ["Regarding Japan-ASEAN relations, as 2023 is the 50th Year of ASEAN-Japan Friendship and Cooperation, Minister Hayashi expressed his intention to hold various events in both Japan and ASEAN countries, in addition to the Japan-ASEAN Commemorative Summit, to further deepen the friendly and cooperative relationship. Minister Hayashi expressed his hope for collaboration with the Embassies of ASEAN Member States in Tokyo.",
                  "Furthermore, Minister Hayashi and the Ambassadors and representatives discussed common challenges facing Japan and ASEAN including Russia’s invasion of Ukraine, the most pressing issue at the moment, and agreed to continue close cooperation with each other."])],
    back="Back to Press Releases",
    labels=dict(title="Foreign Minister Hayashi’s Meeting with Ambassadors and Representatives of Southeast Asian Countries to Japan", date="2022-02-28", startTime="14:40", durationMinutes=30, format="meeting",
                japanParticipants=[JPN("HAYASHI Yoshimasa", "Minister for Foreign Affairs of Japan")],
                counterparts=[{"name": None, "title": "Ambassadors and representatives of Southeast Asian countries to Japan", "country": None}],
                location=None, pointCount=2, truncated=False,
                notes="Meeting with an unnamed group of ambassadors in Japan (not scored). The place is not written (Tokyo appears only as where the embassies are) -> location null. Russia and Ukraine are topics. Full text: 2 points."))

add(url="https://www.zawya.com/en/press-release/africa-press-releases/courtesy-call-on-parliamentary-vice-minister-ms-eri-arfiya-by-ms-annelize-schroeder-charge-daffaires-ai-lrsdihl1",
    fname="mirror-courtesy-call-eri-arfiya-schroeder-2025-04-02.html", lang="en", tpl="plain", section=None, title=None, dateline=None,
    body=[("p", "date 2025-04-02"),
          ("p", "On April 2, commencing at 10:10 a.m. for approximately 20 minutes, Ms. ERI Arfiya, Parliamentary Vice-Minister for Foreign Affairs, received a courtesy call from Ms. Annelize Schroeder, Chargé d'Affaires a.i., Embassy of the Republic of South Africa in Japan. The overview is as follows:"),
          ("ul", ["At the outset, Parliamentary Vice-Minister Eri welcomed the successful working visit to Japan in March by the Honourable Mr. Paul Mashatile, Deputy President of the Republic of South Africa, as well as the fact that on this occasion, the two countries confirmed their broad cooperative relations in a wide range of areas including economy and shared the views to continue to work together toward the solution of international challenges via platforms such as the G20 and TICAD. In response, Ms. Schroeder reiterate the success of the visit of Deputy President Mashatire to Japan, and expressed her appreciation for the hospitality extended by Japanese side to the Deputy President and his delegation and stated that she would like to take this opportunity to further develop bilateral relations.",
                  "Both sides concurred that the visit of Deputy President Mashatire, following the Japan-South Africa Foreign Ministers' Meeting in February, will further increase the momentum for deepening bilateral relations and they will further strengthen bilateral cooperation and collaboration in the international arena toward the success of TICAD 9 in August and the G20 Summit in November this year."])],
    back=None,
    labels=dict(title=None, date="2025-04-02", startTime="10:10", durationMinutes=20, format="courtesy-call",
                japanParticipants=[JPN("ERI Arfiya", "Parliamentary Vice-Minister for Foreign Affairs")],
                counterparts=[CP("Annelize Schroeder", "Chargé d'Affaires a.i., Embassy of the Republic of South Africa in Japan", "ZA")],
                location=None, pointCount=2, truncated=False,
                notes="MIRROR (zawya.com repost of a MOFA press release): no headline, numeric date line 'date 2025-04-02'. Parliamentary Vice-Minister receives a courtesy call from a chargé d'affaires whose country is only in 'Embassy of the Republic of South Africa in Japan' (ISO ZA). Place not written -> null. Deputy President Paul Mashatile ('the Honourable Mr.') made an earlier visit: not a participant. 'The overview is as follows:' ends with a colon. Full text: 2 points."))


# ---------------------------------------------------------------- Japanese readouts
add(url="https://www.mofa.go.jp/mofaj/erp/we/page25_000647.html", lang="ja", tpl="current", section="欧州",
    title="滝沢外務大臣政務官のフランス,モナコ及びポルトガル訪問", dateline="平成29年1月17日",
    body=[("p", "1月9日から13日まで、滝沢求外務大臣政務官は、フランス、モナコ及びポルトガルを訪問したところ、概要は以下のとおりです。"),
          ("raw", ["1 フランス(9~10日)"]),
          ("ul", ["ラ・セーヌ・ミュジカル視察", "パリ日本文化会館視察", "ニースのテロ現場での献花"]),
          ("raw", ["1月10日、滝沢政務官は2018年に開催予定のジャポニスム2018の成功へ向けて、パリにおける日本文化の発信拠点であるパリ日本文化会館やジャポニスム2018会場予定地の一つであるラ・セーヌ・ミュジカルを視察するともに、ジャポニスム2018関係者との間でその成功に向けた意見交換を行いました。また、モナコへの経由地ニースにおいて、2016年7月に同地で発生したテロの現場で献花を行いました。",
                   "2 モナコ(10~11日)"]),
          ("ul", ["トネリ外相への表敬", "日本庭園視察", "在モナコ日本国名誉総領事館視察"]),
          ("raw", ["1月10日、滝沢政務官はモナコを訪問し、トネリ外相と会談を行いました。会談においては、環境問題や観光・スポーツ交流分野における協力等の二国間関係や国連安保理改革を含む国際場裡での協力について意見交換を行いました。また、故グレース妃の希望を受けて1994年にモナコ公・レーニエ3世公(当時)が開園した日本庭園、及び在モナコ日本国名誉総領事館を視察しました。",
                   "3 ポルトガル(11~12日)"]),
          ("ul", ["リベイロ外務・国際協力担当副大臣との会談", "サントス日葡友好議員連盟会長との会談"]),
          ("raw", ["1月11日、滝沢政務官はポルトガルを訪問し、リベイロ外務・国際協力担当副大臣と会談しました。"])],
    back=None,
    labels=dict(title="滝沢外務大臣政務官のフランス,モナコ及びポルトガル訪問", date="2017-01-10", startTime=None, durationMinutes=None, format="meeting",
                japanParticipants=[JPN("滝沢求", "外務大臣政務官")],
                counterparts=[CP("トネリ", "外相", "MC"), CP("リベイロ", "外務・国際協力担当副大臣", "PT")],
                location=None, pointCount=None, truncated=True,
                notes="Parliamentary Vice-Minister's (政務官) report of a five-day visit to three countries (1月9日から13日まで), dateline days after. Several meetings; the first talks with a principal are with トネリ外相 on 1月10日 -> date 2017-01-10 (a judgement call: the visit starts on the 9th with site visits only). Counterparts named by family name only (トネリ外相, リベイロ副大臣; Monaco MC and Portugal PT as ISO codes). Three countries -> location null. サントス議員連盟会長 is only a bullet. Stored text stops in section 3."))

add(url="https://blog.goo.ne.jp./jiuhime007/e/0970cfc39c07669215aeeade6a86d581", fname="mirror-goo-japan-india-summit-2017-07-07.html",
    lang="ja", tpl="plain", section=None, title="日印首脳会談", dateline="平成29年7月7日 首相官邸",
    body=[("raw", ["1 安倍総理は,7月7日15時05分から15時40分までの間,G20出席のため訪問中のドイツ・ハンブルクにて,ナレンドラ・モディ・インド首相との間で会談(両首脳間で9回目)を行いました。",
                   "2 冒頭,モディ首相より,国際会議の機会のたびにお会いでき嬉しく思う,2014年以来の日印のパートナーシップは大きく開花しており,安倍総理のインド訪問を心待ちにしていると述べました。これに対し,安倍総理から,昨年日本でお会いして以来,再会できて嬉しい,日印の戦略的な対話は進んでおり,本年のインド訪問を楽しみにしていると述べました。",
                   "3 安倍総理より,モディ首相と共に「日印新時代」を更に大きく飛躍させ,インド太平洋地域と世界の平和と繁栄を主導していきたい,来るインド訪問においては,「自由で開かれたインド太平洋戦略」と「アクト・イースト」政策の連携を具体的に示したい,と述べました。これに対し,モディ首相より,日印両国は民主主義や法の支配の秩序作りの上で大きな役割を果たす、日印の連携を更に一層強化していきたいと述べました。",
                   "4 その後,両首相は,政治・安全保障,高速鉄道,経済・経済協力等の日印間の主要課題,さらに地域情勢について率直な意見交換を行いました。",
                   "(1)安倍総理より,来週の日印米海上共同訓練マラバールは日印防衛協力,日印米協力の象徴であると述べ,モディ首相からも日本との防衛協力,日印米三か国による具体的協力を更に進めていきたいと述べました。"])],
    back=None,
    labels=dict(title="日印首脳会談", date="2017-07-07", startTime="15:05", durationMinutes=35, format="summit",
                japanParticipants=[JPN("安倍", "総理")],
                counterparts=[CP("ナレンドラ・モディ", "インド首相", "India", latin="Narendra Modi")],
                location={"city": "ハンブルク", "country": "Germany"}, pointCount=None, truncated=True,
                notes="MIRROR (a goo blog's copy of the readout, as published by the Prime Minister's Office '首相官邸'; the blog's line breaks inside words are joined). Time as a range '15時05分から15時40分までの間' -> 15:05, 35 minutes. The lead is itself numbered '1'. Place in 'G20出席のため訪問中のドイツ・ハンブルクにて'. Japanese side named only '安倍総理'. Counterpart 'ナレンドラ・モディ・インド首相' (country glued to the title with ・). Stored text stops in (2) of point 4."))

add(url="https://www.gov-base.info/2019/08/09/37665", fname="mirror-govbase-2019-08-09-37665.html", lang="ja", tpl="plain", section=None, title=None, dateline=None,
    body=[("p", "本9日午後3時45分頃から約20分間,河野太郎外務大臣は,日中戦略対話に出席するため訪日中の楽玉成(らく・ぎょくせい)中国外交部筆頭副部長による表敬を受けたところ,概要は以下のとおりです。"),
          ("raw", ["1 冒頭,河野大臣から,楽副部長の訪日を歓迎しつつ,概要以下のとおり述べました。",
                   "(1)本年6月の大阪での日中首脳会談・夕食会において,安倍総理大臣と習近平(しゅう・きんぺい)国家主席は,日中関係の今後について非常に良い意見交換を行った。",
                   "(2)自分(河野大臣)も,先週(8月1日),王毅(おう・き)国務委員兼外交部長との間で会談を行い,来年春の習主席の国賓訪日について話し合った。",
                   "(3)今回の日中戦略対話が,有意義なものになることを期待。",
                   "2 これに対し,楽副部長から,概要以下の発言がありました。",
                   "(1)今回は,秋葉剛男外務事務次官との間で,7年ぶりとなる日中戦略対話を再開するため訪日した。",
                   "(2)大阪において,習主席と安倍総理大臣は,新時代にふさわしい日中関係の構築を進める上で重要な多くの共通認識を達成した。",
                   "(3)今回の対話を通じて,こうした共通認識を実行に移すと共に,両国の間の相互信頼を深めていきたい。",
                   "3 双方は,日中関係の現状や今回の日中戦略対話について意見交換を行い,最後に河野大臣から,再度,今回の対話への期待を表明しました。"])],
    back=None,
    labels=dict(title=None, date="2019-08-09", startTime="15:45", durationMinutes=20, format="courtesy-call",
                japanParticipants=[JPN("河野太郎", "外務大臣")],
                counterparts=[CP("楽玉成", "中国外交部筆頭副部長", "China")],
                location={"city": None, "country": "Japan"}, pointCount=3, truncated=False,
                notes="MIRROR (gov-base.info copy of a MOFA press release): no headline, no date line; only '本9日', so year and month come from the mirror's URL path (/2019/08/09/). Courtesy call RECEIVED ('による表敬を受けた'), '午後3時45分頃から' (頃 = about). Counterpart's reading in brackets '楽玉成(らく・ぎょくせい)', country glued to the title (中国外交部筆頭副部長). 訪日中 -> Japan. Points quote third parties (安倍総理大臣, 習近平, 王毅, 秋葉剛男): not participants. Three numbered points with (1)-(3) sub-points; full text."))

add(url="https://www.mofa.go.jp/mofaj/na/na1/us/page3_002265.html", lang="ja", tpl="current", section="アメリカ合衆国", title=None, dateline="平成29年10月5日",
    captions=["POW岡本外務大臣政務官主催レセプションの開催1", "POW岡本外務大臣政務官主催レセプションの開催2"],
    body=[("ol", ["3日,岡本三成外務大臣政務官は,10月1日から9日まで外務省の招へいプログラムで来日中の米国人元戦争捕虜及びその御家族を歓迎するため,レセプションを開催しました。",
                  "岡本政務官は,一行の訪日を歓迎し,参加者の皆様の滞在が実り多きものになるよう期待する旨挨拶しました。",
                  "また,被招へい者の代表として,元捕虜の娘であるキャロライン・バークハートさんから,父親にゆかりのある地を訪問することは非常に意義深く,本プログラムの参加者全員に感謝の意を表する旨の挨拶が述べられました。",
                  "岡本政務官は,1人1人の参加者に声をかけて懇談し,レセプションは終始和やかな雰囲気で行われました。"])],
    back="アメリカ合衆国へ戻る",
    labels=dict(title=None, date="2017-10-03", startTime=None, durationMinutes=None, format="other",
                japanParticipants=[JPN("岡本三成", "外務大臣政務官")],
                counterparts=[{"name": None, "title": "米国人元戦争捕虜及びその御家族", "country": "United States"}],
                location={"city": None, "country": "Japan"}, pointCount=4, truncated=False,
                notes="No headline in the stored text (section label, date, then photo captions). Parliamentary Vice-Minister (政務官) hosts a reception -> other (not a meal or a meeting). Day only '3日' with dateline 平成29年10月5日 -> 2017-10-03; '10月1日から9日まで' is the guests' stay. Counterpart an unnamed group of US former POWs and families (scored by country only, US); キャロライン・バークハートさん speaks for the group but is not a principal. 来日中 -> Japan. Four numbered points, the first of which carries the event."))

add(url="https://www.mofa.go.jp/mofaj/press/release/pressit_000001_02752.html", lang="ja", tpl="current", section="報道発表",
    title="日米外相電話会談", dateline="令和7年9月19日",
    body=[("p", "9月19日午前11時30分から約20分間、岩屋毅外務大臣は、マルコ・ルビオ米国国務長官(The Honorable Marco Rubio, Secretary of State of the United States of America)と電話会談を行ったところ、概要は以下のとおりです。"),
          ("ul", ["両外相は、現下の中東情勢を中心に意見交換を行いました。",
                  "岩屋大臣から、我が国として「二国家解決」の実現を一貫して支持している点を強調した上で、イスラエルによる一方的行為の継続により、「二国家解決」の前提を崩しかねない事態が生じていることに対する我が国の強い危機感を伝え、米国を含む国際社会から、イスラエルに対して一方的行為の即時停止を強く求めていく必要性を強調しました。また、岩屋大臣から、一刻も早いガザにおける停戦、人質解放の実現及び人道支援の取組を含めた実質的な状況改善に向け、米国と一層緊密に協力していきたい旨述べました。これに対し、ルビオ国務長官から、同長官のイスラエル及びカタール訪問の結果につき説明がありました。",
                  "また、両外相は、イランの核問題についても意見交換を行いました。",
                  "最後に、両外相は、中東の平和と安定のための更なる外交努力の必要性につき一致し、今後も緊密に意思疎通を続けることを確認しました。"])],
    back="報道発表へ戻る",
    labels=dict(title="日米外相電話会談", date="2025-09-19", startTime="11:30", durationMinutes=20, format="telephone",
                japanParticipants=[JPN("岩屋毅", "外務大臣")],
                counterparts=[CP("マルコ・ルビオ", "米国国務長官", "United States", latin="Marco Rubio")],
                location=None, pointCount=4, truncated=False,
                notes="Reiwa-era press release (令和7年 = 2025), comma style 、, points as bullets. '午前11時30分から約20分間'. Counterpart with an English gloss in brackets. Israel, Qatar, Gaza, Iran are topics (Rubio's visit to Israel and Qatar is not the location). Full text: 4 points."))


# ---------------------------------------------------------------- pages that are not readouts
NR = [
    ("https://www.mofa.go.jp/press/kaiken/kaiken1e_000023.html", "en", "current", "Press Conferences", "Extraordinary Press Conference by Foreign Minister MOTEGI Toshimitsu",
     ["Thursday, March 26, 2020, 12:22 a.m. Ministry of Foreign Affairs", "Opening Remarks",
      "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs: The G7 Foreign Ministers’ Meeting has just ended. I participated in the meeting that was held for a little over four hours beginning at 8 p.m. last night, meaning that it took place over two days in terms of Japan time. This was the first time the meeting was held in a teleconference format. Based on the G7 Summit Meeting discussions, we firstly spent a considerable amount of time discussing the response to the novel coronavirus, an urgent issue faced by the international community, and confirmed cooperation at the Foreign Minister level. While explaining Japan’s efforts and experiences, I stated that there are five points that are important for the G7 and international community. The first point is to share lessons learned and expertise of the G7 and the international community. The second point is cooperation among related countries on border enforcement measures. The third point is strengthening private and public sector initiatives as well as international cooperation on medication and vaccine development. The fourth point is ensuring the safety of each countries’ nationals who are in foreign countries, as well as discussions to ensure the minimum transport methods necessary for movement of people and things. The fifth point is demonstrating G7 initiatives to support developing countries for which there are concerns about the spread of the novel coronavirus going forward. The G7 Foreign Ministers also made statements similar to these points, and we established a common recognition. In addition, we actually spent about an hour discussing the novel coronavirus issue, but we also deepened discussions regarding regional situations including the situations in Asia as well as the Middle East."],
     "Extraordinary press conference after midnight (2020-03-26) whose opening remarks narrate the first G7 Foreign Ministers' Meeting by teleconference ('held for a little over four hours beginning at 8 p.m. last night') in the first person - hard negative (video meeting narrative)."),
    ("https://www.mofa.go.jp/press/kaiken/kaiken4e_000772.html", "en", "plain", "Press Conferences", "Extraordinary Press Conference by Foreign Minister MOTEGI Toshimitsu",
     ["Friday, March 20, 2020, 11:42 a.m. Ministry of Foreign Affairs", "This is a provisional translation by an external company for reference purpose only.", "Opening Remarks",
      "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs: I just held a Japan-China-Republic of Korea (ROK) Foreign Ministers’ Meeting concerning the novel coronavirus for 70 minutes staring from 10:30 a.m. I stated that cooperation on the response to the novel coronavirus by our three countries, which have a responsibility for the peace and stability of the region, is extremely important. Each country provided an explanation of their situation, and I received agreement from China and the ROK on the importance of trilateral cooperation.",
      "Furthermore, as I stated during the opening remarks, it is important to have more technical cooperation among the health authorities of our three countries in order to resolve this situation. I proposed that a Health Ministers’ Meeting should be held as quickly as possible, and our three countries all agreed on holding this meeting together soon.",
      "In relation to this, I raised four points as specific cooperation. The first is to further utilize existing information-sharing mechanisms. The second is to share information on circumstances concerning medical supplies and vaccine development. The third is for our three countries to cooperate toward ensuring smooth exports and imports of medical supplies as well as sharing during emergencies. The fourth is to have cooperation not only among our three countries, but rather for international public health measures. I raised these four points, and we agreed that our three countries will further actualize them at the working level going forward."],
     "Extraordinary press conference (2020-03-20) opening with 'I just held a Japan-China-Republic of Korea (ROK) Foreign Ministers’ Meeting ... for 70 minutes staring from 10:30 a.m.' - hard negative (trilateral meeting told in the first person)."),
    ("https://www.mofa.go.jp/announce/jfpu/2011/7/0720.html", "en", "legacy", None, "Japan's Diplomatic Objectives during ASEAN-Related Foreign Ministers' Meetings",
     ["July 20, 2011",
      "Minister for Foreign Affairs Takeaki Matsumoto will represent Japan at a series of annual foreign ministerial meetings related to the Association of Southeast Asian Nations (ASEAN) in Indonesia this week. Below is an overview of key topics and what Japan will seek to address during the meetings that will bring together the foreign ministers of ASEAN's 10 member countries and other participants.",
      "1. Japan's Position", "< Significance of This Year's Meetings >",
      "- The meetings will prepare the countries concerned for ASEAN-related Summit Meetings scheduled for November 2011, setting the general direction of summit discussions.",
      "- Issues related to the regional situation, such as maritime security, North Korea, and Myanmar, will be high on the agenda.",
      "< Key Points of Discussion >", "(1) Important regional issues", "a) Maritime security",
      "Minister Matsumoto told at a press conference on July 15 that if tension rose in the high seas among countries concerned, it would certainly be something to be worried about. Japan hopes that tension will be alleviated rather than heightened, leaving various issues to peaceful solution by the international community. He expressed belief that it is desirable for these issues to be resolved eventually on the basis of international rules, including international law, adding that he would like to make this way of thinking known to other participants in the meetings."],
     "2011 policy preview of UPCOMING multilateral meetings ('will represent Japan', 'will seek to address'), quoting a press conference of July 15 - not a readout."),
    ("https://www.mofa.go.jp/mofaj/kaidan/yojin/arc_04/0403.html", "ja", "legacy", "主な要人の来日日程", "要人来日日程(平成16年3月)",
     ["ハント第58回国連総会議長の来日について", "平成16年3月22日",
      "1. ジュリアン・ハント第58回国連総会議長(セント・ルシア外務大臣)は、3月29日(月)から4月1日(木)まで、外務省の招待により来日する。",
      "2. ハント総会議長は、滞在中、川口順子外務大臣、逢沢一郎外務副大臣ほか、政府の要人、国会議員等と会談を行い、国連改革をはじめとする国連が直面する諸課題について意見交換を行う予定である。",
      "3. 今回のハント総会議長の来日を通じ、わが国と国連との協力関係が、一層強化されることが期待される。",
      "バルコ・コロンビア共和国外務大臣の来日について", "平成16年3月22日",
      "1. カロリーナ・バルコ・イサクソン・コロンビア共和国外務大臣は、3月28日(日)から4月4日(日)まで、外務省賓客として来日する(公式日程は4月2日(金)まで)。",
      "2. バルコ外務大臣は、滞在中、川口順子外務大臣、河野洋平衆議院議長と会談するほか、関係国会議員、政府関係機関や経済界の関係者等と懇談する予定である。",
      "3. わが国は、コロンビアと伝統的に良好な関係を有しており、特に近年は、国際社会とともに、同国の直面するテロ、麻薬等の深刻な問題に対する同国政府の取り組みを支援してきており、今回の来日を通じて、このような友好協力関係を再確認することが期待される。"],
     "2004 monthly list of announcements of UPCOMING visits to Japan (来日する, 会談を行う予定である), with two dated announcements - not a readout."),
]
for url, lang, tpl, sec, title, paras, notes in NR:
    add(url=url, lang=lang, tpl=tpl, section=sec, title=title, dateline=None, body=[("p", x) for x in paras], back=None, kind="not-readout",
        labels=dict(title=title, date=None, startTime=None, durationMinutes=None, format=None, japanParticipants=None, counterparts=None,
                    location=None, pointCount=None, topics=None, truncated=None, notes=notes))

E = html.escape


def caption_html(c):
    return E(c).replace("\n", "<br>")


def body_html(blocks):
    o = []
    for kind, v in blocks:
        if kind == "p":
            o.append(f"<p>{E(v)}</p>")
        elif kind == "ol":
            o.append('<ol class="list-number">' + "".join(f"<li>\n<p>{E(x)}</p>\n</li>" for x in v) + "</ol>")
        elif kind == "ul":
            o.append('<ul class="list-disc">' + "".join(f"<li>{E(x)}</li>" for x in v) + "</ul>")
        elif kind in ("numpar", "jnum", "raw"):
            o.extend(f"<p>{E(x)}</p>" for x in v)
        elif kind == "caps":
            o.extend(f'<div class="photo"><img src="/files/photo.jpg" alt=""><p class="caption">{caption_html(c)}</p></div>' for c in v)
        elif kind == "h3p":
            for h, t in v:
                o.append(f"<h3>{E(h)}</h3>\n<p>{E(t)}</p>")
    return "\n".join(o)


def caps(p):
    return "".join(f'<div class="photo"><img src="/files/photo{i}.jpg" alt=""><p class="caption">{caption_html(c)}</p></div>\n'
                   for i, c in enumerate(p.get("captions") or []))


HOME_EN = '<ul class="gnav"><li><a href="/">Home</a></li><li><a href="/">Foreign Policy</a></li><li><a href="/">Countries &amp; Regions</a></li><li><a href="/">Press Releases</a></li><li><a href="/">Japanese</a></li></ul>'
HOME_JA = '<ul class="gnav"><li><a href="/mofaj/">ホーム</a></li><li><a href="/mofaj/">外交政策</a></li><li><a href="/mofaj/">国・地域</a></li><li><a href="/mofaj/">会見・発表・広報</a></li><li><a href="/">English</a></li></ul>'


def page(p):
    ja = p["lang"] == "ja"
    nav = HOME_JA if ja else HOME_EN
    t = p.get("title") or p.get("section") or ""
    site = "外務省" if ja else "Ministry of Foreign Affairs of Japan"
    realurl = p["url"] if "mofa.go.jp" in p["url"] else None
    meta = ""
    if realurl:
        meta = f'<link rel="canonical" href="{E(realurl)}">'
        if p["tpl"] != "legacy":
            meta = f'<meta property="og:url" content="{E(realurl)}">' + meta
    if p.get("title") and p["tpl"] != "legacy":
        meta = f'<meta property="og:title" content="{E(p["title"])}">' + meta
    sec = f'<p class="section-title">{E(p["section"])}</p>\n' if p.get("section") else ""
    pre = f'<p>{E(p["pre"])}</p>\n' if p.get("pre") else ""
    h1 = f'<h1 class="title1">{E(p["title"])}</h1>\n' if p.get("title") else ""
    sub = f'<p class="subtitle">{E(p["sub"])}</p>\n' if p.get("sub") else ""
    dl = f'<p class="rightalign">{E(p["dateline"])}</p>\n' if p.get("dateline") else ""
    after = f'<p class="lang-link"><a href="#">{E(p["pre_after_date"])}</a></p>\n' if p.get("pre_after_date") else ""
    back = f'<p class="link-back"><a href="./index.html">{E(p["back"])}</a></p>\n' if p.get("back") else ""
    top = '<p class="pagetop"><a href="#header">このページのトップへ戻る</a></p>\n' if ja and p.get("back") else ""
    if p["tpl"] == "legacy":
        return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="{p["lang"]}"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{E(t)} | {site}</title>{meta}</head>
<body><div id="header"><a href="/"><img src="/common/images/logo.gif" alt="{site}"></a>{nav}</div>
<div id="contents"><table width="100%"><tr><td class="left-menu">{nav}</td><td class="main">
{sec}{pre}{h1.replace(' class="title1"', '')}{sub}{dl.replace(' class="rightalign"', ' align="right"')}{after}{caps(p)}{body_html(p["body"])}
{top}{back}</td></tr></table></div>
<div id="footer"><p>Copyright &copy; {site}</p></div></body></html>
'''
    head = f'''<!DOCTYPE html>
<html lang="{p["lang"]}"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(t)} | {site}</title>{meta}
<link rel="stylesheet" href="/common/css/base.css"></head>
<body><a class="skip" href="#maincontents">Skip to main content</a>
'''
    if p["tpl"] == "current":
        return head + f'''<header id="header"><div class="logo"><a href="/">{site}</a></div><nav>{nav}</nav><form class="search"><input type="text" name="q"></form></header>
<div id="breadcrumb"><ol><li><a href="#">Home</a></li><li><a href="#">{E(p.get("section") or "")}</a></li></ol></div>
<div id="maincontents"><div class="main-section section">
{sec}{pre}{h1}{sub}{dl}{after}<div class="social-btn-top"><a href="#">Tweet</a><a href="#">Share</a></div>
{caps(p)}<div class="any-area">
{body_html(p["body"])}
</div>
{top}{back}</div>
<aside class="related"><h2>Related Links</h2><ul><li><a href="#">Countries &amp; Regions</a></li></ul></aside></div>
<footer id="footer"><p>Copyright &copy; {site}</p></footer></body></html>
'''
    return head + f'''<div id="header">{nav}</div>
<div id="maincontents">
{sec}{pre}{h1}{sub}{dl}{after}{caps(p)}<div class="any-area">
{body_html(p["body"])}
</div>
{top}{back}</div>
<div id="footer">Copyright &copy; {site}</div></body></html>
'''


if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith(".html"):
            os.remove(os.path.join(OUT, f))
    with open(os.path.join(OUT, "labels.jsonl"), "w") as L:
        for p in P:
            fn = p.get("fname") or fname(p["url"])
            with open(os.path.join(OUT, fn), "w") as f:
                f.write(page(p))
            lab = p["labels"]
            lab.setdefault("topics", None)
            L.write(json.dumps({"file": fn, "url": p["url"], "lang": p["lang"], "kind": p.get("kind", "readout"),
                                "template": p["tpl"], "labels": lab}, ensure_ascii=False) + "\n")
    print(len(P))
