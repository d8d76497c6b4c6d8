// Cities where MOFA meetings take place (capitals, summit and conference venues), with their country.
// One row per city: English name (aliases after ";") | ISO country | Japanese names.

export const CITY_ROWS = `
Tokyo|JP|東京;東京都
Osaka|JP|大阪
Kyoto|JP|京都
Yokohama|JP|横浜
Nagoya|JP|名古屋
Kobe|JP|神戸
Hiroshima|JP|広島
Nagasaki|JP|長崎
Fukuoka|JP|福岡
Sapporo|JP|札幌
Sendai|JP|仙台
Okinawa;Naha|JP|沖縄;那覇
Ise-Shima|JP|伊勢志摩
Karuizawa|JP|軽井沢
Niigata|JP|新潟
Kanazawa|JP|金沢
Washington D.C.;Washington, D.C.;Washington DC;Washington|US|ワシントンD.C.;ワシントンDC;ワシントン
New York|US|ニューヨーク
San Francisco|US|サンフランシスコ
Los Angeles|US|ロサンゼルス
Honolulu|US|ホノルル
Chicago|US|シカゴ
London|GB|ロンドン
Paris|FR|パリ
Berlin|DE|ベルリン
Munich|DE|ミュンヘン
Rome|IT|ローマ
Fiuggi|IT|フィウッジ
Capri|IT|カプリ
Ottawa|CA|オタワ
Brussels|BE|ブリュッセル
Canberra|AU|キャンベラ
Sydney|AU|シドニー
Melbourne|AU|メルボルン
Perth|AU|パース
Adelaide|AU|アデレード
Wellington|NZ|ウェリントン
Auckland|NZ|オークランド
Beijing|CN|北京
Shanghai|CN|上海
Chengdu|CN|成都
Seoul|KR|ソウル
Busan|KR|釜山
Pyongyang|KP|平壌
Ulaanbaatar;Ulan Bator|MN|ウランバートル
New Delhi;Delhi|IN|ニューデリー;デリー
Mumbai|IN|ムンバイ
Islamabad|PK|イスラマバード
Dhaka|BD|ダッカ
Colombo|LK|コロンボ
Kathmandu|NP|カトマンズ
Jakarta|ID|ジャカルタ
Bali|ID|バリ
Manila|PH|マニラ
Hanoi|VN|ハノイ
Ho Chi Minh City|VN|ホーチミン
Da Nang|VN|ダナン
Bangkok|TH|バンコク
Kuala Lumpur|MY|クアラルンプール
Phnom Penh|KH|プノンペン
Vientiane|LA|ビエンチャン
Naypyidaw;Nay Pyi Taw|MM|ネピドー
Yangon|MM|ヤンゴン
Bandar Seri Begawan|BN|バンダルスリブガワン
Dili|TL|ディリ
Astana;Nur-Sultan|KZ|アスタナ;ヌルスルタン
Almaty|KZ|アルマティ
Tashkent|UZ|タシケント
Samarkand|UZ|サマルカンド
Bishkek|KG|ビシュケク
Dushanbe|TJ|ドゥシャンベ
Ashgabat|TM|アシガバット
Moscow|RU|モスクワ
Vladivostok|RU|ウラジオストク
Kyiv;Kiev|UA|キーウ;キエフ
Tbilisi|GE|トビリシ
Baku|AZ|バクー
Yerevan|AM|エレバン
Ankara|TR|アンカラ
Istanbul|TR|イスタンブール
Tehran|IR|テヘラン
Baghdad|IQ|バグダッド
Riyadh|SA|リヤド
Jeddah|SA|ジッダ
Abu Dhabi|AE|アブダビ
Dubai|AE|ドバイ
Doha|QA|ドーハ
Kuwait City|KW|クウェート市
Manama|BH|マナーマ
Muscat|OM|マスカット
Amman|JO|アンマン
Jerusalem|IL|エルサレム
Tel Aviv|IL|テルアビブ
Ramallah|PS|ラマッラ
Beirut|LB|ベイルート
Damascus|SY|ダマスカス
Cairo|EG|カイロ
Sharm el-Sheikh|EG|シャルム・エル・シェイク
Tripoli|LY|トリポリ
Tunis|TN|チュニス
Algiers|DZ|アルジェ
Rabat|MA|ラバト
Khartoum|SD|ハルツーム
Addis Ababa|ET|アディスアベバ
Nairobi|KE|ナイロビ
Kampala|UG|カンパラ
Dar es Salaam|TZ|ダルエスサラーム
Kigali|RW|キガリ
Kinshasa|CD|キンシャサ
Abuja|NG|アブジャ
Lagos|NG|ラゴス
Accra|GH|アクラ
Abidjan|CI|アビジャン
Dakar|SN|ダカール
Luanda|AO|ルアンダ
Lusaka|ZM|ルサカ
Harare|ZW|ハラレ
Maputo|MZ|マプト
Windhoek|NA|ウィントフック
Gaborone|BW|ハボローネ
Pretoria|ZA|プレトリア
Johannesburg|ZA|ヨハネスブルグ
Cape Town|ZA|ケープタウン
Antananarivo|MG|アンタナナリボ
Malabo|GQ|マラボ
Mexico City|MX|メキシコシティ;メキシコ市
Guatemala City|GT|グアテマラシティ
San Salvador|SV|サンサルバドル
Tegucigalpa|HN|テグシガルパ
Managua|NI|マナグア
San José|CR|サンホセ
Panama City|PA|パナマシティ;パナマ市
Havana|CU|ハバナ
Santo Domingo|DO|サントドミンゴ
Kingston|JM|キングストン
Bogotá;Bogota|CO|ボゴタ
Caracas|VE|カラカス
Quito|EC|キト
Lima|PE|リマ
La Paz|BO|ラパス
Brasília;Brasilia|BR|ブラジリア
São Paulo;Sao Paulo|BR|サンパウロ
Rio de Janeiro|BR|リオデジャネイロ
Asunción;Asuncion|PY|アスンシオン
Montevideo|UY|モンテビデオ
Buenos Aires|AR|ブエノスアイレス
Santiago|CL|サンティアゴ
Suva|FJ|スバ
Nadi|FJ|ナンディ
Port Moresby|PG|ポートモレスビー
Honiara|SB|ホニアラ
Port Vila|VU|ポートビラ
Apia|WS|アピア
Nuku'alofa|TO|ヌクアロファ
Madrid|ES|マドリード
Lisbon|PT|リスボン
Amsterdam|NL|アムステルダム
The Hague|NL|ハーグ
Luxembourg|LU|ルクセンブルク市
Dublin|IE|ダブリン
Geneva|CH|ジュネーブ
Bern|CH|ベルン
Davos|CH|ダボス
Vienna|AT|ウィーン
Copenhagen|DK|コペンハーゲン
Oslo|NO|オスロ
Stockholm|SE|ストックホルム
Helsinki|FI|ヘルシンキ
Reykjavik|IS|レイキャビク
Tallinn|EE|タリン
Riga|LV|リガ
Vilnius|LT|ビリニュス
Warsaw|PL|ワルシャワ
Prague|CZ|プラハ
Bratislava|SK|ブラチスラバ
Budapest|HU|ブダペスト
Bucharest|RO|ブカレスト
Sofia|BG|ソフィア
Athens|GR|アテネ
Nicosia|CY|ニコシア
Ljubljana|SI|リュブリャナ
Zagreb|HR|ザグレブ
Belgrade|RS|ベオグラード
Sarajevo|BA|サラエボ
Valletta|MT|バレッタ
Vatican City|VA|バチカン市国
Antalya|TR|アンタルヤ
Hamburg|DE|ハンブルク
Elmau;Schloss Elmau|DE|エルマウ
Heiligendamm|DE|ハイリゲンダム
Hangzhou|CN|杭州
Biarritz|FR|ビアリッツ
Cannes|FR|カンヌ
Deauville|FR|ドーヴィル
Evian|FR|エビアン
Taormina|IT|タオルミーナ
Apulia;Puglia|IT|プーリア
Charlevoix|CA|シャルルボワ
Kananaskis|CA|カナナスキス
Carbis Bay;Cornwall|GB|カービスベイ;コーンウォール
Brisbane|AU|ブリスベン
Los Cabos|MX|ロスカボス
Toyako|JP|洞爺湖
Saint Petersburg;St. Petersburg|RU|サンクトペテルブルク
`;
