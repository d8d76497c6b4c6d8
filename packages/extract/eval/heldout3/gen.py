#!/usr/bin/env python3
"""Builds the third held-out set: real MOFA page text (as found in stored public copies) wrapped in
markup reconstructed in the dev set's current/plain/legacy styles, plus hand labels (labels.jsonl).
Run from this directory: python3 gen.py"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from mofa_pages import CP, JPN, write_set  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
P = []


def add(**k):
    P.append(k)


# ---------------------------------------------------------------- English readouts
add(url="https://www.mofa.go.jp/na/na1/us/page3e_001142.html", lang="en", tpl="current",
    section="Japan-United States of America Relations", title=None, dateline="December 21, 2019",
    body=[("p", "On December 21, commencing at around 10:30 p.m. for approximately 75 minutes, Mr. Shinzo Abe, Prime Minister of Japan, held a summit telephone talk with the Honorable Donald J. Trump, President of the United States of America, up the request from the President. The overview of the talk is as follows."),
          ("ol", ["Prime Minister Abe and President Trump exchanged views on the latest developments relating to North Korea and closely coordinated their policies with regard to the issue of North Korea. Prime Minister Abe stated that he fully supports the U.S.-North Korea process, and that Japan would once again urge North Korea to take steps for the complete denuclearization of the Korean Peninsula through peaceful dialogue, not through dangerous provocative actions. In addition, the two leaders completely shared the view that Japan and the United States will continue to cooperate more closely and work together towards the resolution of the abductions, nuclear, and missile issues.",
                  "Prime Minister Abe stated that he would visit China from December 23 and hold a meeting with President Xi Jinping, as well as attend the Japan-China-ROK (the Republic of Korea) Trilateral Summit Meeting, where the Prime Minister intended to fully coordinate with China and ROK for peace and stability in this region.",
                  "Prime Minister Abe took this opportunity to explain the outcomes of the visit to Japan by President Hassan Rouhani of the Islamic Republic of Iran. Prime Minister Abe stated that Japan would continue to make diplomatic efforts toward easing tensions and stabilizing the situation in the Middle East, while closely cooperating with the United States."])],
    back="Back to Japan-United States of America Relations",
    labels=dict(title=None, date="2019-12-21", startTime="22:30", durationMinutes=75, format="telephone",
                japanParticipants=[JPN("Shinzo Abe", "Prime Minister of Japan")],
                counterparts=[CP("Donald J. Trump", "President of the United States of America", "United States")],
                location=None, pointCount=3, truncated=False,
                notes="No headline in the stored text (section label, then date). 'held a summit telephone talk ... up the request from the President' (sic). Points name third parties with titles (President Xi Jinping, President Hassan Rouhani of Iran): not participants. A future visit to China (December 23) is not the location."))

add(url="https://www.mofa.go.jp/region/n-america/us/fmv0704/summary.html", lang="en", tpl="legacy", section=None,
    title="Japan-U.S. Foreign Ministerial Meeting (Summary)", dateline="April 30, 2007",
    body=[("p", "Foreign Minister Taro Aso held talks with Secretary of State Rice for about 45 minutes beginning at 4:00 P.M. on April 30."),
          ("h3p", [("1. Prime Minister's Visit to the United States", "Both welcomed the fact that during the visit of Prime Minister Abe to the U.S., the to leaders confirmed that the Japan-U.S. alliance was the foundation of the peace and stability of East Asia and was an \"irreplaceable and invaluable alliance,\" which they stressed to domestic and international audiences, and that the two leaders had struck out a strong individual relationship of trust. Secretary of State Rice, who was present at the Japan-U.S. summit meeting, said that the two leaders got along well with each other."),
                   ("2. Climate Change", "The two agreed that the issuance of a joint statement on climate change during the Japan-U.S. summit meeting was a significant achievement. The two confirmed that this issuance of the joint statement would broaden the Japan-U.S. alliance and agreed that Japan and the U.S. should follow up on this, keeping in mind the Japan- U.S. cooperation at G8."),
                   ("3. The Situation in Asia", "(1) On the nuclear issue with North Korea, the two agreed that North Korea should implement the \"initial actions\" at the earliest date possible, and that Japan and the U.S. would work in close consultation to advance the process of de-nuclearization. They further shared the view that patience was not unlimited, and that pressure should be increased as necessary. With regard to the abduction issue, Secretary Rice made it clear that there was no change in U.S. support for the position of the Japanese Government.")])],
    back=None,
    labels=dict(title="Japan-U.S. Foreign Ministerial Meeting (Summary)", date="2007-04-30", startTime="16:00", durationMinutes=45, format="meeting",
                japanParticipants=[JPN("Taro Aso", "Foreign Minister")],
                counterparts=[CP("Rice", "Secretary of State", "United States")],
                location=None, pointCount=None, truncated=True,
                notes="2007 page. Title before name on both sides ('Foreign Minister Taro Aso', 'Secretary of State Rice' - counterpart named by family name only). 'for about 45 minutes beginning at 4:00 P.M. on April 30' (capital P.M., date after time). Place (Washington) not stated in the stored text -> location null. Prime Minister Abe (an earlier summit) is not a participant. Stored text stops in section 3."))

add(url="http://www.mofa.go.jp/announce/announce/2007/2/0213-2.html", lang="en", tpl="legacy", section=None,
    title="Talks between Mr. Taro Aso, Minister for Foreign Affairs, and Mr. Luis Amado, Minister of State and Foreign Affairs of Portugal", dateline="February 13, 2007",
    body=[("p", "On 7 February, Mr. Taro Aso, Minister for Foreign Affairs of Japan, met with Mr. Luis Amado, Minister of State and Foreign Affairs of Portugal, at Iikura House for two hours from 18:30. They signed a memorandum on political consultations, and held foreign-ministerial talks followed by a working dinner."),
          ("ol", ["After welcoming Mr. Amado's visit to Japan, Mr. Aso told him that \"Portugal is a partner that shares basic values, and we would like to further promote bilateral relations and expand a dialogue and cooperation between Japan and the EU with Portugal who will hold the EU's presidency later this year.\" Mr. Amado, in response, said, \"taking into account the long-term amicable relations between the two countries and also taking the opportunity of this visit, we would like to continue high-level dialogues as well as expand economic relations with Japan.\"",
                  "Mr. Aso also explained that development in China offers a good opportunity and relations between Japan and China has been improving under the Abe Administration. Mr. Amado said, \"China is now an important trade partner for the EU, and it is important to prepare an appropriate framework in the future.\" Both agreed to continue paying attention to the situation in China.",
                  "Mr. Amado explained that Portugal, together with Germany and Slovenia as a Troika, drew up an 18-month task plan and stated that \"although the EU plays an increasingly important role in the international community, it is getting more and more difficult to reach a consensus as the EU expands its membership.\" Moreover, Mr. Amado said that Portugal, like Japan, attaches importance to its relations with the US and it is crucial to maintain friendly relations between European countries and the US in tackling various international issues.",
                  "On NATO, both Ministers agreed on the importance of its global"])],
    back=None,
    labels=dict(title="Talks between Mr. Taro Aso, Minister for Foreign Affairs, and Mr. Luis Amado, Minister of State and Foreign Affairs of Portugal",
                date="2007-02-07", startTime="18:30", durationMinutes=120, format="meeting",
                japanParticipants=[JPN("Taro Aso", "Minister for Foreign Affairs of Japan")],
                counterparts=[CP("Luis Amado", "Minister of State and Foreign Affairs", "PT")],
                location={"city": "Tokyo", "country": "Japan", "venue": "Iikura House"}, pointCount=None, truncated=True,
                notes="Day-first date 'On 7 February' six days BEFORE the dateline (February 13) -> meeting date 2007-02-07. 'for two hours from 18:30' (24 h clock, duration first). Talks followed by a working dinner -> meeting (as 'Meeting and Working Lunch' elsewhere). Iikura House is in Tokyo (city not written; only the country is scored). Portugal written as ISO PT (not in the scorer's table)."))

add(url="https://www.mofa.go.jp/announce/announce/2013/2/0218_02.html", lang="en", tpl="legacy", section=None,
    title="Courtesy Call by Mr. Louis Schweitzer, Special Representative of the Minister of Foreign Affairs of the French Republic for France-Japan Partnership, on Mr. Fumio Kishida, Minister for Foreign Affairs",
    dateline="February 18, 2013", pre_after_date="Japanese",
    body=[("p", "On February 18, from 7:40 p.m. for approximately 20 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, received a courtesy call from Mr. Louis Schweitzer, Special Representative of the Minister of Foreign Affairs of the French Republic for France-Japan Partnership, who is visiting Japan from France. The overview of the meeting is as follows."),
          ("ol", ["Minister Kishida welcomed Special Representative Schweitzer to Japan and expressed gratitude for his contributions so far for Japan-France relations. Furthermore, Minister Kishida said that he was pleased to see recent developments in Japan-France Relations, explaining that Mr. Minoru Kiuchi, Parliamentary Vice-Minister for Foreign Affairs, would be dispatched to New Caledonia on February 23 in order to advance Japan-France cooperation in the South Pacific Ocean, and noting that the ban of French beef imports had been lifted on February 1 and that the new measures authorising imports of Japanese beef to the EU had been proposed by the European Commission and were recently endorsed by Member States.",
                  "In response, Special Representative Schweitzer communicated a message from H.E. Mr. Laurent Fabius, Minister of Foreign Affairs of the French Republic, stating that the Minister hoped to visit Japan in the spring and hold discussions with Minister Kishida toward a visit to Japan by Mr. François Hollande, President of the French Republic. Special Representative Schweitzer also expressed the desire to continue to further solidify Japan-France cooperation in various fields.",
                  "In addition, the two had an exchange of opinions on situations in East Asia and the strengthening of Japan-EU and Japan-France economic relations, and finally confirmed that both sides would continue to cooperate close"])],
    back=None,
    labels=dict(title="Courtesy Call by Mr. Louis Schweitzer, Special Representative of the Minister of Foreign Affairs of the French Republic for France-Japan Partnership, on Mr. Fumio Kishida, Minister for Foreign Affairs",
                date="2013-02-18", startTime="19:40", durationMinutes=20, format="courtesy-call",
                japanParticipants=[JPN("Fumio Kishida", "Minister for Foreign Affairs")],
                counterparts=[CP("Louis Schweitzer", "Special Representative of the Minister of Foreign Affairs of the French Republic for France-Japan Partnership", "France")],
                location={"city": None, "country": "Japan"}, pointCount=None, truncated=True,
                notes="'received a courtesy call from' a special representative 'who is visiting Japan from France' -> in Japan. Points name a Japanese official to be dispatched (Minoru Kiuchi, Parliamentary Vice-Minister) and French leaders (Fabius, Hollande) who are not participants. Stored text stops in item 3."))

add(url="https://www.mofa.go.jp/press/release/press3e_000172.html", lang="en", tpl="current", section="Press Releases",
    title="Japan-Australia-India-U.S. Foreign Ministers’ Telephone Meeting", dateline="February 18, 2021",
    captions=["Japan-Australia-India-U.S. Foreign Ministers’ Telephone Meeting"],
    body=[("p", "On February 18, from 9:00 p.m. to 10:30 p.m., Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs, with Senator the Hon Marise Payne, Minister for Foreign Affairs of the Commonwealth of Australia, H.E. Dr. Subrahmanyam Jaishankar, External Affairs Minister of India, and The Honorable Antony Blinken, Secretary of State of the United States, held a telephone meeting. The overview of the meeting is as follows:"),
          ("ol", ["The four Ministers welcomed the fact that this meeting was realized in the early days of the Biden administration of the U.S.",
                  "The four Ministers welcomed the continued progress in practical discussion and cooperation among the four countries since the second ministers' meeting. In addition, they shared the recognition that the existing international order has been under challenge in various fields including unilateral attempts to change the status quo and that the four countries, which share basic values and are deeply committed to reinforcing a free and open global order based on the rule of law, are playing increasingly important role under such situations.",
                  "The four Ministers confirmed the importance of promoting the vision of a \"Free and Open Indo-Pacific\" together with more countries for the realization of the vision. They also shared the view in further deepening engagement and cooperation with ASEAN, the Pacific Island, and European countries. In this regard, the four Ministers reaffirmed their strong support for the \"ASEAN Outlook on Indo-Pacific\", which is ASEAN's proactive efforts, and ASEAN's unity and centrality as well as the ASEAN-led regional architecture. They also welcomed proactive efforts by other countries including those in Europe toward a \"Free and Open Indo-Pacific.\"",
                  "The four Ministers concurred on further advancing practical cooperation in various areas t"])],
    back=None,
    labels=dict(title="Japan-Australia-India-U.S. Foreign Ministers’ Telephone Meeting", date="2021-02-18", startTime="21:00", durationMinutes=90, format="telephone",
                japanParticipants=[JPN("MOTEGI Toshimitsu", "Minister for Foreign Affairs")],
                counterparts=[CP("Marise Payne", "Minister for Foreign Affairs", "Australia"),
                              CP("Subrahmanyam Jaishankar", "External Affairs Minister", "India"),
                              CP("Antony Blinken", "Secretary of State", "United States")],
                location=None, pointCount=None, truncated=True,
                notes="Time as a range 'from 9:00 p.m. to 10:30 p.m.' -> 21:00, 90 minutes. Four-way telephone meeting; the verb ('held a telephone meeting') comes after all the counterparts ('Mr. MOTEGI ..., with Senator the Hon Marise Payne ..., H.E. Dr. ..., and The Honorable ...'). Honorific 'Senator the Hon'. Stored text stops in item 4."))

add(url="https://www.mofa.go.jp/af/af1/page4e_001064.html", lang="en", tpl="current", section=None, title=None, dateline="August 27, 2019",
    body=[("numpar", ["1. On August 27 from around 19:45, Mr. Taro Kono, Foreign Minister of Japan hosted a dinner in Yokohama, in the honor of Ministers who will participate in TICAD 7.",
                      "2. This dinner was held in a relaxed atmosphere. In order to promote Japanese food culture to African countries, Japanese dishes, in full sense of season with seasonal vegetables and seafood, including those of Kanagawa Prefecture, the home town of Minister Kono, were served as well as Sake and Japanese wine."]),
          ("p", "(Reference) Menu (PDF)Open a New Window")],
    back="Back to TICAD",
    labels=dict(title=None, date="2019-08-27", startTime="19:45", durationMinutes=None, format="meal",
                japanParticipants=[JPN("Taro Kono", "Foreign Minister of Japan")],
                counterparts=[{"name": None, "title": "Ministers who will participate in TICAD 7", "country": None}],
                location={"city": "Yokohama", "country": "Japan"}, pointCount=2, truncated=False,
                notes="No headline and no section label in the stored text: it opens with the date. 'from around 19:45' (24 h clock), no duration. 'hosted a dinner in Yokohama, in the honor of Ministers ...' -> meal; the guests are an unnamed group (not scored). The lead is item 1 (counted). '(Reference) Menu' is not a point."))

add(url="https://www.zawya.com/en/press-release/africa-press-releases/working-dinner-between-state-minister-for-foreign-affairs-fujii-and-he-mr-philemon-yang-president-of-the-79th-w33neyi4",
    fname="mirror-working-dinner-fujii-philemon-yang-2025-02-03.html", lang="en", tpl="plain", section=None, title=None, dateline=None,
    body=[("p", "date 2025-02-03"),
          ("p", "On February 3, commencing at 7 p.m. for approximately two hours, Mr. FUJII Hisayuki, State Minister for Foreign Affairs, held a working dinner with H.E. Mr. Philemon YANG, President of the 79th session of the United Nations General Assembly, who is visiting Japan upon the invitation of the Ministry of Foreign Affairs of Japan. The overview of the dinner is as follows. The dinner was attended by Mr. MARUYAMA Norio, Ambassador for Tokyo International Conference on African Development (TICAD) and Ambassador, Special Envoy for UN Security Council Reform and UN Security Council Election Affairs and others, Ministry of Foreign Affairs."),
          ("ul", ["At the outset, State Minister FUJII welcomed President YANG’s visit to Japan and stressed the need for solving international issues through cooperation and dialogue among countries in light of the current severe international situation. He further stated that strengthening multilateralism with the UN at its core upholding the principles of the UN Charter is a priority. In response, President YANG expressed his gratitude for Japan’s commitment to multilateralism and stated that he would like to continue to cooperate with Japan.",
                  "They also exchanged their views on Africa, where a more robust development and the maintenance and promotion of peace are crucial. State Minister FUJII explained about the upcoming TICAD 9 to be held in Yokohama this August. In response, President YANG expressed his appreciation for Japan’s initiatives in the Africa region, including TICAD process to date.",
                  "They also discussed the Security Council reform. They reaffirmed their intention to strengthen their cooperation, considering this year marks the 80th anniversary of the founding of the United Nations."])],
    back=None,
    labels=dict(title=None, date="2025-02-03", startTime="19:00", durationMinutes=120, format="meal",
                japanParticipants=[JPN("FUJII Hisayuki", "State Minister for Foreign Affairs")],
                counterparts=[{"name": "Philemon YANG", "title": "President of the 79th session of the United Nations General Assembly"}],
                location={"city": None, "country": "Japan"}, pointCount=3, truncated=False,
                notes="MIRROR (zawya.com press release of MOFA text); no headline in the stored text, only a 'date 2025-02-03' line. 'commencing at 7 p.m. for approximately two hours' (duration in words). 'held a working dinner' -> meal. Counterpart heads an international body (no country). 'The dinner was attended by Mr. MARUYAMA Norio ...' is a Japanese official attending, not a principal. 'TICAD 9 to be held in Yokohama' is a future event, not the location; 'visiting Japan' -> Japan."))

add(url="https://www.japan.go.jp/newspaper/20151207/Foreign_Affairs.html", fname="mirror-japangov-japan-israel-summit-2015-11-30.html",
    lang="en", tpl="plain", section="Foreign Affairs", pre="[Ministry of Foreign Affairs of Japan] [Tuesday, Dec 1, 2015]",
    title="Japan-Israel Summit Meeting", dateline=None,
    body=[("p", "On November 30, commencing at 1:15 p.m. (France time) for approximately 40 minutes, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with H.E. Mr. Benjamin Netanyahu, Prime Minister of the State of Israel. The overview is as follows."),
          ("raw", ["1. Bilateral relations", "(1) Overall",
                   "Prime Minister Abe stated that Japan-Israel bilateral relations had steadily developed since Prime Minister Netanyahu’s visit to Japan last year and his own visit to Israel in January of this year, and expressed his intention to continue to strengthen bilateral relations with Prime Minister Netanyahu.",
                   "In response, Prime Minister Netanyahu expressed his view that he welcomed the progress made in bilateral relations that had become more active following both their visits.",
                   "(2) Politics and security",
                   "Both leaders welcomed the continued dialogue between the two countries’ defense authorities and cyber-related officials. Prime Minister Abe explained that Japan’s “legislation for peace and security” will enable the country to contribute further to the peace and security of the international community. Prime Minister Netanyahu described this legislation as an historic achievement and expressed his congratulations and support for its establishment.",
                   "(3) Economic relations",
                   "With regard to the bilateral economic relations that have developed significantly since the summit meeting held last year, both leaders affirmed the progress being made in research and development cooperation in the industrial field as well as in the negotiations toward a Japan-Israel investment agreement. Both leaders also welcomed the opening of the Israel Trade office in Osaka and affirmed that they would continue to support further development of bilateral economic relations.",
                   "2. Regional situations", "Both leaders exchanged o"])],
    back=None,
    labels=dict(title="Japan-Israel Summit Meeting", date="2015-11-30", startTime="13:15", durationMinutes=40, format="summit",
                japanParticipants=[JPN("Shinzo Abe", "Prime Minister of Japan")],
                counterparts=[CP("Benjamin Netanyahu", "Prime Minister of the State of Israel", "IL")],
                location={"city": None, "country": "France"}, pointCount=None, truncated=True,
                notes="MIRROR (JapanGov Weekly, japan.go.jp, crediting the Ministry of Foreign Affairs of Japan). The only date line is the publication date '[Tuesday, Dec 1, 2015]' BEFORE the headline; meeting on November 30. '1:15 p.m. (France time)' -> local time given, meeting in France (Paris/COP21 not written; only country scored). Israel as ISO IL. Osaka (trade office) is not the location."))

add(url="https://japan.kantei.go.jp/101_kishida/diplomatic/202305/20india.html", fname="mirror-kantei-japan-india-summit-2023-05-20.html",
    lang="en", tpl="plain", section=None, title="Japan-India Summit Meeting (Summary)", dateline="May 20, 2023",
    body=[("p", "[Provisional translation]"),
          ("p", "On May 20, commencing at 7:35 a.m. for approximately 40 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a Japan-India Summit Meeting with H.E. Mr. Narendra Modi, Prime Minister of India, who was on his visit to Japan to attend the G7 Hiroshima Summit. The summary of the meeting is as follows."),
          ("ul", ["At the outset, Prime Minister Kishida welcomed the visit to Hiroshima by Prime Minister Modi, Chair of the G20 Summit, and reiterated his appreciation for the hospitality extended by Prime Minister Modi during his visit to India in March. Prime Minister Kishida also explained that a botanical garden in Hiroshima will grow the sapling of the Bodhi tree that Prime Minister Modi presented to him during his visit to India, wishing that the tree will grow large just like the Japan-India relations. In response, having expressed appreciation for the invitation to the G7 Summit, Prime Minister Modi conveyed his gratitude for growing the tree in Hiroshima, and stated that convening the G7 Summit in Hiroshima has great significance.",
                  "Prime Minister Kishida outlined how the G7 Summit would proceed, and then emphasized the points such as the importance of upholding the principles of the UN Charter including sovereignty and territorial integrity, that unilateral change of the status quo by force must not be tolerated anywhere in the world, and the importance of maintaining a free and open international order based on the rule of law. Both leaders concurred to cooperate towards achieving peace. They also shared a recognition of the importance of a cooperation among wide range of partners in addressing the challenges facing the international community. The two leaders confirmed that both countries will continue to work closely together as the G7 and G20 Presidencies.",
                  "The two leaders also discussed bilateral relations. They shared a recognition on the importance of a “Free and Open Indo-Pacific,” and"])],
    back=None,
    labels=dict(title="Japan-India Summit Meeting (Summary)", date="2023-05-20", startTime="07:35", durationMinutes=40, format="summit",
                japanParticipants=[JPN("KISHIDA Fumio", "Prime Minister of Japan")],
                counterparts=[CP("Narendra Modi", "Prime Minister of India", "India")],
                location={"city": "Hiroshima", "country": "Japan"}, pointCount=None, truncated=True,
                notes="MIRROR (Prime Minister's Office of Japan, same readout text as MOFA's). '[Provisional translation]' line after the date. Counterpart 'who was on his visit to Japan to attend the G7 Hiroshima Summit' -> Japan (Hiroshima). A past visit to India in March is not the location. Stored text stops in bullet 3."))

# ---------------------------------------------------------------- Japanese readouts
add(url="https://www.mofa.go.jp/mofaj/press/release/press4_004764.html", lang="ja", tpl="current", section="報道発表",
    title="岸田外務大臣とメレドフ・トルクメニスタン副首相兼外務大臣との昼食会", dateline="平成29年6月26日", pre_after_date="英語版 (English)",
    captions=["岸田外務大臣とメレドフ・トルクメニスタン副首相兼外務大臣との昼食会1", "岸田外務大臣とメレドフ・トルクメニスタン副首相兼外務大臣との昼食会2"],
    body=[("p", "本26日午後0時30分頃から約1時間15分,岸田文雄外務大臣は,ラシッド・メレドフ・トルクメニスタン副首相兼外務大臣(H.E.Mr.Rashid MEREDOV,Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Turkmenistan)と昼食会を行ったところ,概要は以下のとおりです。"),
          ("jnum", ["1 岸田大臣から,5月1日の「中央アジア+日本」対話・外相会合開催のためのトルクメニスタン訪問に言及し,その際のベルディムハメドフ大統領メレドフ副首相兼外務大臣からの温かいおもてなし,議長として外相会合を成功に導いたメレドフ副首相兼外務大臣の尽力に謝意を表した上で,先月に続いて日・トルクメニスタン外相間で意見交換を行う機会を得られたことは喜ばしい旨述べました。",
                    "2 これに対し,メレドフ副首相兼外務大臣より,岸田大臣によるあたたかいおもてなしに感謝するとともに,首脳間・外相間外交を含むこれまでの日・トルクメニスタン関係の発展の成果について説明の上,エネルギー関連プロジェクトをはじめとする首脳間合意(PDF)別ウィンドウで開くの実現が重要である旨述べました。",
                    "3 また,双方は,経済・経済協力分野や人材育成における二国間協力案件の他,安保理改革等の国際場裡における協力につき意見交換を行いました。更に,メレドフ副首相兼外務大臣からは,北朝鮮問題に関する日本の立場に対する支持が改め"])],
    back=None,
    labels=dict(title="岸田外務大臣とメレドフ・トルクメニスタン副首相兼外務大臣との昼食会", date="2017-06-26", startTime="12:30", durationMinutes=75, format="meal",
                japanParticipants=[JPN("岸田文雄", "外務大臣")],
                counterparts=[CP("ラシッド・メレドフ", "トルクメニスタン副首相兼外務大臣", "TM", "Rashid MEREDOV")],
                location=None, pointCount=None, truncated=True,
                notes="'本26日午後0時30分頃から約1時間15分' (noon written 午後0時; duration 1 h 15 min = 75). '昼食会を行った' -> meal. Counterpart title joins two posts (副首相兼外務大臣). Place not written (Tokyo implied) -> null. A past visit to Turkmenistan (5月1日) and President Berdimuhamedov are not this event. Turkmenistan as ISO TM."))

add(url="https://www.mofa.go.jp/mofaj/kaidan/g_aso/mongolia_07/gaiyo.html", lang="ja", tpl="legacy", section=None,
    title="日本・モンゴル外相会談", dateline="平成19年3月1日",
    body=[("p", "3月1日(木曜日)17時35分頃から約30分間、麻生外務大臣はエンフバヤル大統領(公式実務賓客)の公式随員として来日中のエンフボルド・モンゴル国外務大臣と会談を行ったところ、概要以下のとおり。"),
          ("ul", ["冒頭、エンフボルド外務大臣より、日本を中国・ロシアと並ぶ「第三の隣国」として重視しており、今回の大統領訪日の最大の政治的意義は、両国首脳が2月26日に「共同声明」及び「今後10年間の日本・モンゴル基本行動計画」に署名されたことにある旨発言した。双方はこれらに盛り込まれた協力の実現に向けて努力していくことで意見の一致をみた。",
                  "麻生大臣より、2008年の安保理非常任理事国選挙に関して示されたモンゴル国の厚意に改めて感謝する、今回の協力実現にはエンフボルド外務大臣の果たされた役割が極めて大きかったと聞いており、エンフボルド外務大臣にも感謝する旨発言した。",
                  "麻生大臣より、南ゴビ地域の鉱物資源に関して、日本として開発に協力するため官民合同の協議会が立ち上げられることは大変意義深い旨発言した。",
                  "エンフボルド外務大臣より、モンゴル国の経済は過渡期を過ぎ、持続的発展のスタート地点にいることから、今後モンゴル国として、法的整備等を通じて外資系民間企業の市場参入を支援していく旨発言した。これに対し麻生大臣より、両国の経済関係の発展にともに努力していきたい旨発言した。",
                  "麻生大臣より、協力関係推進のために日モンゴル外相間の緊密な対話が重要であり、平成19年度内にエンフボルド外務大臣を我が国に招待したい旨述べた。これに対し、エンフボルド外務"])],
    back=None,
    labels=dict(title="日本・モンゴル外相会談", date="2007-03-01", startTime="17:35", durationMinutes=30, format="meeting",
                japanParticipants=[JPN("麻生", "外務大臣", "Taro Aso")],
                counterparts=[CP("エンフボルド", "モンゴル国外務大臣", "Mongolia")],
                location={"city": None, "country": "Japan"}, pointCount=None, truncated=True,
                notes="2007 page. 24 h clock with 頃 ('17時35分頃から約30分間'); weekday in brackets. Japanese minister by family name only (麻生外務大臣). The counterpart is described as accompanying his president ('エンフバヤル大統領(公式実務賓客)の公式随員として来日中の'): the president is not a participant. 来日中 -> Japan. Old style '概要以下のとおり。' and '-' bullets. Stored text stops in bullet 5."))

add(url="https://www.gov-base.info/2018/12/13/17304", fname="mirror-govbase-2018-12-13-17304.html", lang="ja", tpl="plain", section=None, title=None, dateline=None,
    body=[("p", "本13日,午後0時40分から約80分間,河野太郎外務大臣は,訪日中のダムディン・ツォグトバータル・モンゴル国外務大臣(H.E. Mr. Damdin Tsogtbaatar, Minister for Foreign Affairs of Mongolia)との間で会談(ワーキング・ランチを含む)を行ったところ,概要は以下のとおりです。"),
          ("raw", ["1 冒頭",
                   "(1)河野大臣から,二度目となるツォグトバータル大臣との会談開催を歓迎しつつ,7月の西日本における豪雨に対するモンゴル政府及び各界からの見舞い及び義援金に感謝を述べました。その上で,日本は,自由,民主主義,人権,法の支配等の普遍的価値を共有するモンゴルを,戦略的パートナーとして一貫して重視している旨述べました。",
                   "(2)これに対し,ツォグトバータル大臣からは,フレルスフ首相の今般の公式訪問の実現に当たっての河野大臣の御尽力に感謝する旨発言がありました。その上で,とりわけ1990年の民主化以降,日本が一貫してモンゴルの発展に多くの支援を行ってきたことに深い謝意を述べるとともに,自由,民主主義,法の支配等の普遍的価値を共有する日本と共に「戦略的パートナーシップ」に基づき,引き続き様々な分野で両国関係を発展させていきたい旨述べました。",
                   "2 二国間関係",
                   "両大臣は,昨年3月に策定した戦略的パートナーシップのための日本・モンゴル中期行動計画(2017-2021年)(PDF)別ウィンドウで開く」の下,広範な分野で関係が強化されており,引き続き真に互恵的な「戦略的パートナーシップ」の発展のために,双方が取り組んでいくことで一致しました。",
                   "3 地域・国際情勢",
                   "両大臣は,北朝鮮問題をはじめとする地域・国際情勢についても意見交換し,協力を一層深めていくことで"])],
    back=None,
    labels=dict(title=None, date="2018-12-13", startTime="12:40", durationMinutes=80, format="meeting",
                japanParticipants=[JPN("河野太郎", "外務大臣")],
                counterparts=[CP("ダムディン・ツォグトバータル", "モンゴル国外務大臣", "Mongolia", "Damdin Tsogtbaatar")],
                location={"city": None, "country": "Japan"}, pointCount=None, truncated=True,
                notes="MIRROR (gov-base.info copy of a MOFA press release). No headline and no date line in the stored text: only '本13日'; year and month come from the mirror's URL path (/2018/12/13/). '会談(ワーキング・ランチを含む)' -> meeting (a meeting including a working lunch). 訪日中 -> Japan. Prime Minister Khurelsukh (フレルスフ首相) is mentioned, not a participant. Numbered section headings ('1 冒頭') with (1)(2) sub-points."))

add(url="https://www.mofa.go.jp/mofaj/a_o/c_m1/mn/page3_000885.html", lang="ja", tpl="current", section="岸田外務大臣",
    title="日・モンゴル外相会談(概要)", dateline="平成26年8月10日",
    body=[("p", "8月10日、ASEAN関連外相会議出席のためミャンマー・ネーピードーを訪問中の岸田文雄外務大臣は、午後1時30分過ぎから約25分間、ボルド・モンゴル外務大臣との間で外相会談を行ったところ、概要は以下のとおり。"),
          ("ul", ["冒頭、ボルド外務大臣より、日モンゴル関係は非常に良い時期を迎えているとした上で、先般のエルベクドルジ大統領の訪日および同時期に開催された日モンゴルビジネスフォーラムへの日本政府の協力に対する謝意が示され、日モンゴルEPAの大筋合意により、両国関係が更に高いレベルへ引き上げられることを期待していること、安倍総理のモンゴルに対する個人的な関心とご尽力に改めて感謝申し上げたい旨の発言があった。",
                  "これに対し岸田大臣から、日モンゴルEPAが大筋合意に至ったことは両国関係の大きな進展であり、モンゴルがEPAを足がかりに地域や世界の市場と結びつくことを期待している旨伝えた。また、日本とモンゴルが、地域枠組み等で協力することは、地域の平和と安定に有意義であり、今後も連携を強化したい旨述べた。",
                  "両大臣は、この他、地域情勢や国際場裏における協力についても意見交換を行った。この中で、ボルド大臣より,日朝間の対話の進展を歓迎する旨の発言があり、岸田大臣からは、拉致問題へのモンゴルの理解と協力に感謝する旨応じた。"])],
    back=None,
    labels=dict(title="日・モンゴル外相会談(概要)", date="2014-08-10", startTime="13:30", durationMinutes=25, format="meeting",
                japanParticipants=[JPN("岸田文雄", "外務大臣")],
                counterparts=[CP("ボルド", "モンゴル外務大臣", "Mongolia")],
                location={"city": "Nay Pyi Taw", "country": "MM"}, pointCount=3, truncated=False,
                notes="Section label is the minister's name (岸田外務大臣). The place and purpose come BEFORE the name ('ASEAN関連外相会議出席のためミャンマー・ネーピードーを訪問中の岸田文雄外務大臣は') -> Myanmar (ISO MM), Nay Pyi Taw; the time comes after the name ('午後1時30分過ぎから' -> 13:30). Counterpart by family name only. President Elbegdorj and Prime Minister Abe are mentioned, not participants. Three '-' bullets, text complete."))

add(url="https://www.mofa.go.jp/mofaj/me_a/me2/qa/page1_000727.html", lang="ja", tpl="current", section="カタール国",
    title="日・カタール外相会談", dateline="平成30年12月15日",
    body=[("p", "12月15日(土曜日)午後4時45分(現地時間;日本時間同日午後10時45分)から約15分間,河野太郎外務大臣は,訪問中のカタールにおいて,ムハンマド・ビン・アブドルラフマン・アール・サーニー・カタール国外務大臣(H.E. Sheikh Mohammed bin Abdulrahman Al-Thani, Minister of Foreign Affairs of the State of Qatar)との間で会談を行ったところ,概要は以下のとおりです。"),
          ("ul", ["冒頭,ムハンマド外務大臣から,河野大臣のカタール訪問に歓迎の意が示されたのに対し,河野大臣から,カタールは日本にとって最も信頼のおけるLNG供給国であり,両国関係をエネルギー分野に限らずより広範に強化していきたいと述べました。",
                  "また,河野大臣より,シリアで拘束された邦人ジャーナリストの解放に係るカタールの協力に感謝を述べたところ,ムハンマド外務大臣から,そのような協力は何でもない,友人として当然の務めである,との発言がありました。",
                  "さらに,両大臣は,東アジア情勢及び中東情勢について意見交換を行いました。"])],
    back="カタール国へ戻る",
    labels=dict(title="日・カタール外相会談", date="2018-12-15", startTime="16:45", durationMinutes=15, format="meeting",
                japanParticipants=[JPN("河野太郎", "外務大臣")],
                counterparts=[CP("ムハンマド・ビン・アブドルラフマン・アール・サーニー", "カタール国外務大臣", "QA", "Mohammed bin Abdulrahman Al-Thani")],
                location={"city": None, "country": "QA"}, pointCount=3, truncated=False,
                notes="Local and Japan time in one bracket with a semicolon: '午後4時45分(現地時間;日本時間同日午後10時45分)' -> 16:45 local. '訪問中のカタールにおいて' -> Qatar (ISO QA). Counterpart's English gloss opens with 'H.E. Sheikh'. Syria (in a point) is not the location."))

add(url="https://www.mofa.go.jp/mofaj/ms/po/page4_005542.html", lang="ja", tpl="current", section="駐日外国公館",
    title="安倍総理大臣と日本語を話す駐日各国大使との昼食会", dateline="令和2年1月8日", captions=["(写真提供:内閣広報室)"],
    body=[("p", "1 1月8日午前11時30分頃から約1時間半,安倍晋三内閣総理大臣は,日本語を話す駐日各国大使及び次期駐日大使19名を招き,総理公邸において昼食会を主催しました。"),
          ("caps", ["挨拶する安倍総理大臣\n(写真提供:内閣広報室)", "挨拶する安倍総理大臣\n(写真提供:内閣広報室)", "挨拶する安倍総理大臣\n(写真提供:内閣広報室)"]),
          ("raw", ["2 今回の昼食会は,日本語が堪能な駐日各国大使が日本語で日本について率直な意見を述べ,安倍総理大臣と意見交換を行うため開催されたもので,今回が5回目となります。",
                   "3 出席した各大使からは,東京オリンピック・パラリンピックは,日本の文化や組織力,おもてなし,最新技術を世界に示す大きな機会である,これを機に多くの外国人が訪日することが期待されるとの発言がありました。また,ホストタウン構想は,日本の地方と世界を繋ぐ良いアイデアであるとの発言も多くの大使からなされました。安倍総理からは,多くの外国人に日本を訪れていただけるよう,各大使にも活発に活動していただきたいとの発言がありました。",
                   "〔参考〕参加した駐日各国大使(信任状捧呈順)及び次期駐日大使(注)(信任状捧呈未了の大使)",
                   "サンマリノ,ベネズエラ,ミクロネシア,アルメニア,アラブ首長国連邦,カザフスタン,ルーマニア,ハンガリー,アフガニスタン,",
                   "ラトビア,ブルキナファソ,ロシア,モンゴル,タジキスタン,コロンビア,中国,パキスタン,コスタリカ,シンガポール(注)"])],
    back="駐日外国公館へ戻る",
    labels=dict(title="安倍総理大臣と日本語を話す駐日各国大使との昼食会", date="2020-01-08", startTime="11:30", durationMinutes=90, format="meal",
                japanParticipants=[JPN("安倍晋三", "内閣総理大臣")],
                counterparts=[{"name": None, "title": "日本語を話す駐日各国大使及び次期駐日大使19名", "country": None}],
                location={"city": "Tokyo", "country": "Japan", "venue": "総理公邸"}, pointCount=3, truncated=False,
                notes="Duration '約1時間半' (= 90). The PM hosts a lunch for 19 ambassadors in Japan (an unnamed group, not scored); venue 総理公邸 (Tokyo, not written). The lead is point 1 (counted). The trailing 〔参考〕 list of 19 countries names no counterpart country and is not a point. Photo captions sit between points 1 and 2."))

add(url="https://www.gov-base.info/2021/10/15/133867", fname="mirror-govbase-2021-10-15-133867.html", lang="ja", tpl="plain", section="外務省・新着情報", title=None, dateline="令和3年10月14日",
    body=[("p", "10月14日、午後4時35分から約30分間、茂木敏充外務大臣は、マリズ・ペイン・オーストラリア連邦外務大臣(Senator the Hon. Marise Payne, Minister for Foreign Affairs of the Commonwealth of Australia)と電話会談を行ったところ、概要は以下のとおりです。"),
          ("ol", ["冒頭、ペイン外務大臣から、再任の祝意が表明されました。これに対し、茂木外務大臣から、「自由で開かれたインド太平洋」の実現に向け、引き続き、ペイン外務大臣と緊密に連携したいと述べました。",
                  "両大臣は、地域の平和と安定のため、米国を含む同盟国・同志国間の結束を維持・強化することが肝要であり、日豪間で緊密に連携していくことを確認しました。",
                  "また、両大臣は、ミャンマー情勢についても意見交換を行い、引き続き連携していくことで一致しました。"]),
          ("p", "発信元サイトへ")],
    back=None,
    labels=dict(title=None, date="2021-10-14", startTime="16:35", durationMinutes=30, format="telephone",
                japanParticipants=[JPN("茂木敏充", "外務大臣")],
                counterparts=[CP("マリズ・ペイン", "オーストラリア連邦外務大臣", "Australia", "Marise Payne")],
                location=None, pointCount=3, truncated=False,
                notes="MIRROR (gov-base.info copy of a MOFA press release): the mirror's section label and the date, no headline. Comma style 、 (not ,). English gloss opens with 'Senator the Hon.'. Myanmar (a topic) is not the location. '発信元サイトへ' is the mirror's link to the source."))

add(url="https://gov-base.info/2024/01/24/213537", fname="mirror-govbase-2024-01-24-213537.html", lang="ja", tpl="plain", section="外務省・新着情報", title=None, dateline="令和6年1月23日",
    body=[("p", "1月23日、午後5時35分から約35分間、上川陽子外務大臣は、趙兌烈(チョ・テヨル)韓国外交部長官との間で、日韓外相電話会談を実施したところ、概要は以下のとおりです。"),
          ("ol", ["上川大臣から、趙長官の就任に祝意を表明し、日韓関係の良い流れを確固たるものとすべく、大局的な観点から共に取り組みたい旨述べました。両外相は、最近の日韓関係や国際場裡での協力について意見を交わすとともに、引き続き緊密に意思疎通していくことを確認しました。",
                  "両外相は、北朝鮮の一連の挑発活動について深刻な懸念を共有し、日韓・日米韓で一層緊密に連携していくことで一致しました。上川大臣は、拉致問題に関する韓国政府からの支持に改めて謝意を表明しました。",
                  "上川大臣は、能登半島地震に関し、尹錫悦(ユン・ソンニョル)大統領による書簡を始めとする韓国側からの温かい御見舞いのメッセージ及び支援の提供について、心からの謝意を改めて表明しました。"]),
          ("p", "発信元サイトへ")],
    back=None,
    labels=dict(title=None, date="2024-01-23", startTime="17:35", durationMinutes=35, format="telephone",
                japanParticipants=[JPN("上川陽子", "外務大臣")],
                counterparts=[CP("趙兌烈", "韓国外交部長官", "Republic of Korea", "Cho Tae-yul")],
                location=None, pointCount=3, truncated=False,
                notes="MIRROR (gov-base.info copy of a MOFA press release), no headline. Counterpart written in Chinese characters with a katakana reading in brackets ('趙兌烈(チョ・テヨル)韓国外交部長官') - title AFTER the name without ・. '実施した' instead of '行った'. President Yoon Suk Yeol (尹錫悦(ユン・ソンニョル)大統領) in point 3 is not a participant."))

add(url="https://www.mofa.go.jp/mofaj/a_o/ocn/fm/press3_000334.html", lang="ja", tpl="current", section="報道発表",
    title="河野外務大臣とクリスチャン・ミクロネシア連邦大統領との懇談及び夕食会", dateline="平成29年10月23日",
    captions=["河野外務大臣とミクロネシア連邦大統領1", "河野外務大臣とミクロネシア連邦大統領2", "河野外務大臣とミクロネシア連邦大統領3"],
    body=[("p", "本23日,河野太郎外務大臣は,実務訪問賓客として訪日中のピーター・マーティン・クリスチャン・ミクロネシア連邦大統領(H.E. Peter Martin Christian, President of the Federated States of Micronesia)及びローリン・S・ロバート・ミクロネシア連邦外務大臣(Hon. Lorin S. Robert, Secretary of Department of Foreign Affairs of the Federated States of Micronesia)と神奈川県大磯町の旧吉田茂邸において,懇談及び夕食会を実施したところ,概要は以下のとおりです。"),
          ("ol", ["冒頭,河野大臣から,歓迎の意を表明するとともに,クリスチャン大統領とロバート外務大臣をおもてなしするため,これまで歴史的な舞台ともなってきた,吉田茂元総理大臣の旧邸宅での夕食会を特別に準備した,忌憚のない意見交換を行いたい旨述べました。これに対し,クリスチャン大統領から,手厚いもてなしに謝意が示されました。",
                  "その後,夕食会において,河野大臣,クリスチャン大統領及びロバート外務大臣は,日本とミクロネシアの二国間関係の更なる強化や地域情勢,国際場裡での協力に関して意見交換を行いました。"]),
          ("raw", ["[参考]旧吉田茂邸", "旧吉田茂邸は吉田茂元総理大臣が1945年からその生涯を閉じる1967年までを過ごした邸宅。吉田元総理大臣の存命中に,今上天皇皇后両陛下やアデナウアー西ドイツ首相(当時)など国内外の要人が多く訪れた。吉田元総理大臣没後の1979年には,大平総理大臣(当時)とカーター米大統領が日米首脳会談"])],
    back=None,
    labels=dict(title="河野外務大臣とクリスチャン・ミクロネシア連邦大統領との懇談及び夕食会", date="2017-10-23", startTime=None, durationMinutes=None, format="meal",
                japanParticipants=[JPN("河野太郎", "外務大臣")],
                counterparts=[CP("ピーター・マーティン・クリスチャン", "ミクロネシア連邦大統領", "FM", "Peter Martin Christian"),
                              CP("ローリン・S・ロバート", "ミクロネシア連邦外務大臣", "FM", "Lorin S. Robert")],
                location={"city": "Oiso", "country": "Japan", "venue": "旧吉田茂邸"}, pointCount=None, truncated=True,
                notes="No time or duration ('本23日' only). '懇談及び夕食会' -> meal (the talk is part of the dinner). Two counterparts joined by 及び, each with an English gloss (the second opening with 'Hon.'). Venue 神奈川県大磯町の旧吉田茂邸 -> Oiso, Japan. The [参考] note names historical figures (Yoshida, Adenauer, Ohira, Carter) who are not participants. Micronesia as ISO FM. Stored text stops in the [参考] note."))

# ---------------------------------------------------------------- not readouts
NR = [
    ("https://www.mofa.go.jp/press/kaiken/kaiken4e_000776.html", "en", "current", "Press Conferences", "Press Conference by Foreign Minister MOTEGI Toshimitsu",
     ["Friday, April 3, 2020, 5:46 p.m. Ministry of Foreign Affairs", "Japanese", "Opening Remarks", "(1) Japan-Poland Foreign Ministers’ Telephone Talk",
      "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs: Following the meeting of the Committee on Foreign Affairs of the House of Representatives this morning and the meeting of the Committee on Security this afternoon, I held a telephone talk with Foreign Minister Czaputowicz of Poland from 5 p.m. for about 20 minutes.",
      "I expressed gratitude to Foreign Minister Czaputowicz that about 150 Japanese nationals were repatriated to Japan aboard a special chartered flight from LOT Polish Airlines.",
      "I highly appreciated this as cooperation symbolizing the deeply amicable relations between Japan and Poland, which marked the 100th anniversary of the establishment of diplomatic relations last year.",
      "International cooperation is extremely important for preventing the spread of the novel coronavirus, and Japan and Poland have shared recognition regarding four points. The first is for the international community to share lessons learned and expertise regarding the novel coronavirus. The second is cooperation among related countries on border enforcement measures."],
     "Foreign Minister's press conference (2020-04-03) whose opening remarks report a telephone talk in the first person ('I held a telephone talk with Foreign Minister Czaputowicz of Poland from 5 p.m. for about 20 minutes') - hard negative."),
    ("https://www.mofa.go.jp/press/kaiken/kaiken4e_000853.html", "en", "plain", "Press Conferences", "Extraordinary Press Conference by Foreign Minister MOTEGI Toshimitsu",
     ["Tuesday, October 6, 2020, 7:13 p.m. Iikura Guest House", "This is a provisional translation by an external company for reference purpose only.", "Opening Remarks",
      "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs: For about two hours so far, we have been holding the Second Japan-Australia-India-U.S. Foreign Ministers’ Meeting. We have covered most of the topics. The four of us actually wanted to finish all of the topics before dinner, but as some remain we will discuss them over the working dinner after this.",
      "This was the first ministerial-level international conference held in Japan since the outbreak and spread of COVID-19. We were able to hold face-to-face in-depth discussions regarding the response to various challenges which have come to the fore with the outbreak and spread of COVID-19, tangible implementation of the “Free and Open Indo-Pacific” vision, and regional affairs."],
     "Extraordinary press conference at Iikura Guest House during the Quad FMM (2020-10-06) - hard negative (meeting narrative, 'working dinner')."),
    ("https://www.mofa.go.jp/announce/event/2007/4/1173222_846.html", "en", "legacy", None, "Mr. Taro Aso, Minister for Foreign Affairs, to Visit the United States of America, Russia and Egypt",
     ["April 27, 2007",
      "1. Mr. Taro Aso, Minister for Foreign Affairs, will visit the United States of America, Russia and Egypt from April 28 (Sat) to May 6 (Sun) upon receiving Cabinet approval.",
      "2. In the US, Foreign Minister Aso will have Japan-US Foreign Ministerial Talks with Secretary of State Condoleezza Rice to discuss bilateral relations and international issues such as the situation in East Asia and the Middle East.  Mr. Aso will also attend the Security Consultative Committee (2+2) meeting and the “US-Japan Strategic Leadership Program” hosted by the Center for Strategic and International Studies (CSIS) to discuss cooperation in the restructuring of the US Forces in Japan, the ballistic missile defense and so on.",
      "3. The Foreign Minister’s visit to Russia was agreed in February this year when Prime Minister M. E. Fradkov visited Japan.  Foreign Minister Aso will have consultations with Foreign Minister Sergey Lavrov on bilateral relations including the Northern Territorial issues, and on pressing international issues, in order to further deepen political dialogues with Russia, an important neighbor of Japan, and reinforce the relationships between the two countries.",
      "4. In Egypt, Foreign Minister Aso will attend “the Expanded Ministerial Meeting of Iraq’s Neighboring Countries on Stabilization of Iraq” to participate in consultations aimed at the stabilization of Iraq, and widely call the international community’s attention to Japan’s assistance for Iraq.",
      "Back to Index"],
     "Announcement of an UPCOMING visit (2007) with talks 'will have' with named counterparts - hard negative."),
    ("https://www.mofa.go.jp/mofaj/press/kaiken/kaiken4_000441.html", "ja", "current", "記者会見", "岸田外務大臣臨時会見記録",
     ["(平成29年1月5日(木曜日)11時15分 於:羽田空港)", "冒頭発言",
      "【岸田外務大臣】今年の最初の訪問先としまして,欧州3か国,フランス,チェコ,アイルランドを訪問いたします。国際社会が法の支配に基づく国際秩序に対する挑戦,あるいは保護主義の台頭に対する懸念,こうしたものに直面する中にあって,法の支配をはじめとする基本的な価値を共有する国々との連携はより一層,重要になっていくと考えます。そして欧州諸国の中でも,特に,基本的な価値に対する強いコミットメントを有するフランス,チェコ,アイルランド,こうした国々との間において,政治・安全保障における連携の強化ですとか,自由主義の旗をしっかり掲げていくということ,そして国際社会の平和や安定に対してしっかりと連携を強化していくということ,こういったことを確認したいと考えています。フランスにおきましては,稲田大臣とともに日仏「2+2」を開催いたします。",
      "質疑応答",
      "【記者】大臣,今日で,外務大臣としての就任期間が大平正芳元首相に次ぎまして2位ということなんですけれども,これに関して振り返ってみてと今後の抱負をお願いします。"],
     "Japanese extraordinary press conference record (Haneda Airport, 2017-01-05) announcing a visit - not a readout."),
]
for url, lang, tpl, sec, title, paras, notes in NR:
    add(url=url, lang=lang, tpl=tpl, section=sec, title=title, dateline=None, body=[("p", x) for x in paras], back=None, kind="not-readout",
        labels=dict(title=title, date=None, startTime=None, durationMinutes=None, format=None, japanParticipants=None, counterparts=None,
                    location=None, pointCount=None, topics=None, truncated=None, notes=notes))


if __name__ == "__main__":
    print(write_set(OUT, P))
