// Country names as MOFA writes them (short, formal, adjectival, Japanese), keyed by ISO 3166-1 alpha-2.
// One row per country: CODE | English names | adjectives | Japanese names (each list separated by ";").

export const COUNTRY_ROWS = `
JP|Japan|Japanese|日本;日本国;我が国
US|United States;United States of America;the U.S.;U.S.;USA;U.S.A.|American|米国;アメリカ合衆国;アメリカ;米
GB|United Kingdom;United Kingdom of Great Britain and Northern Ireland;U.K.;UK;Britain;Great Britain|British|英国;イギリス;グレートブリテン及び北アイルランド連合王国;英
FR|France;French Republic|French|フランス;フランス共和国;仏
DE|Germany;Federal Republic of Germany|German|ドイツ;ドイツ連邦共和国;独
IT|Italy;Italian Republic|Italian|イタリア;イタリア共和国;伊
CA|Canada|Canadian|カナダ;加
EU|European Union;EU;European Council;European Commission;European Parliament|European|欧州連合;EU;欧州理事会;欧州委員会;欧州議会
AU|Australia;Commonwealth of Australia|Australian|オーストラリア;オーストラリア連邦;豪州;豪
NZ|New Zealand|New Zealand|ニュージーランド
CN|China;People's Republic of China;PRC|Chinese|中国;中華人民共和国
KR|Republic of Korea;ROK;South Korea;Korea|South Korean;Korean|韓国;大韓民国
KP|North Korea;Democratic People's Republic of Korea;DPRK|North Korean|北朝鮮;朝鮮民主主義人民共和国
TW|Taiwan|Taiwanese|台湾
HK|Hong Kong|Hong Konger|香港
MO|Macao;Macau|Macanese|マカオ
MN|Mongolia|Mongolian|モンゴル;モンゴル国
IN|India;Republic of India|Indian|インド;インド共和国;印
PK|Pakistan;Islamic Republic of Pakistan|Pakistani|パキスタン;パキスタン・イスラム共和国
BD|Bangladesh;People's Republic of Bangladesh|Bangladeshi|バングラデシュ;バングラデシュ人民共和国
LK|Sri Lanka;Democratic Socialist Republic of Sri Lanka|Sri Lankan|スリランカ;スリランカ民主社会主義共和国
NP|Nepal;Federal Democratic Republic of Nepal|Nepalese;Nepali|ネパール;ネパール連邦民主共和国
BT|Bhutan;Kingdom of Bhutan|Bhutanese|ブータン;ブータン王国
MV|Maldives;Republic of Maldives|Maldivian|モルディブ;モルディブ共和国
AF|Afghanistan;Islamic Republic of Afghanistan|Afghan|アフガニスタン;アフガニスタン・イスラム共和国
ID|Indonesia;Republic of Indonesia|Indonesian|インドネシア;インドネシア共和国
PH|Philippines;Republic of the Philippines|Philippine;Filipino|フィリピン;フィリピン共和国;比
VN|Viet Nam;Vietnam;Socialist Republic of Viet Nam|Vietnamese|ベトナム;ベトナム社会主義共和国
TH|Thailand;Kingdom of Thailand|Thai|タイ;タイ王国
MY|Malaysia|Malaysian|マレーシア
SG|Singapore;Republic of Singapore|Singaporean|シンガポール;シンガポール共和国
BN|Brunei;Brunei Darussalam|Bruneian|ブルネイ;ブルネイ・ダルサラーム国
KH|Cambodia;Kingdom of Cambodia|Cambodian|カンボジア;カンボジア王国
LA|Laos;Lao PDR;Lao People's Democratic Republic|Lao;Laotian|ラオス;ラオス人民民主共和国
MM|Myanmar;Republic of the Union of Myanmar|Myanmar|ミャンマー;ミャンマー連邦共和国
TL|Timor-Leste;Democratic Republic of Timor-Leste;East Timor|Timorese|東ティモール;東ティモール民主共和国
KZ|Kazakhstan;Republic of Kazakhstan|Kazakh;Kazakhstani|カザフスタン;カザフスタン共和国
UZ|Uzbekistan;Republic of Uzbekistan|Uzbek|ウズベキスタン;ウズベキスタン共和国
KG|Kyrgyz Republic;Kyrgyzstan|Kyrgyz|キルギス;キルギス共和国
TJ|Tajikistan;Republic of Tajikistan|Tajik|タジキスタン;タジキスタン共和国
TM|Turkmenistan|Turkmen|トルクメニスタン
RU|Russia;Russian Federation|Russian|ロシア;ロシア連邦;露
UA|Ukraine|Ukrainian|ウクライナ
BY|Belarus;Republic of Belarus|Belarusian|ベラルーシ;ベラルーシ共和国
MD|Moldova;Republic of Moldova|Moldovan|モルドバ;モルドバ共和国
GE|Georgia|Georgian|ジョージア
AM|Armenia;Republic of Armenia|Armenian|アルメニア;アルメニア共和国
AZ|Azerbaijan;Republic of Azerbaijan|Azerbaijani|アゼルバイジャン;アゼルバイジャン共和国
TR|Türkiye;Turkiye;Turkey;Republic of Türkiye;Republic of Turkey|Turkish|トルコ;トルコ共和国
IR|Iran;Islamic Republic of Iran|Iranian|イラン;イラン・イスラム共和国
IQ|Iraq;Republic of Iraq|Iraqi|イラク;イラク共和国
SA|Saudi Arabia;Kingdom of Saudi Arabia|Saudi Arabian;Saudi|サウジアラビア;サウジアラビア王国
AE|United Arab Emirates;UAE;U.A.E.|Emirati|アラブ首長国連邦;UAE
QA|Qatar;State of Qatar|Qatari|カタール;カタール国
KW|Kuwait;State of Kuwait|Kuwaiti|クウェート;クウェート国
BH|Bahrain;Kingdom of Bahrain|Bahraini|バーレーン;バーレーン王国
OM|Oman;Sultanate of Oman|Omani|オマーン;オマーン国
YE|Yemen;Republic of Yemen|Yemeni|イエメン;イエメン共和国
JO|Jordan;Hashemite Kingdom of Jordan|Jordanian|ヨルダン;ヨルダン・ハシェミット王国
IL|Israel;State of Israel|Israeli|イスラエル;イスラエル国
PS|Palestine;Palestinian Authority;State of Palestine|Palestinian|パレスチナ;パレスチナ自治政府
LB|Lebanon;Lebanese Republic|Lebanese|レバノン;レバノン共和国
SY|Syria;Syrian Arab Republic|Syrian|シリア;シリア・アラブ共和国
EG|Egypt;Arab Republic of Egypt|Egyptian|エジプト;エジプト・アラブ共和国
LY|Libya;State of Libya|Libyan|リビア
TN|Tunisia;Republic of Tunisia;Tunisian Republic|Tunisian|チュニジア;チュニジア共和国
DZ|Algeria;People's Democratic Republic of Algeria|Algerian|アルジェリア;アルジェリア民主人民共和国
MA|Morocco;Kingdom of Morocco|Moroccan|モロッコ;モロッコ王国
SD|Sudan;Republic of the Sudan;the Sudan|Sudanese|スーダン;スーダン共和国
SS|South Sudan;Republic of South Sudan|South Sudanese|南スーダン;南スーダン共和国
ET|Ethiopia;Federal Democratic Republic of Ethiopia|Ethiopian|エチオピア;エチオピア連邦民主共和国
ER|Eritrea;State of Eritrea|Eritrean|エリトリア;エリトリア国
DJ|Djibouti;Republic of Djibouti|Djiboutian|ジブチ;ジブチ共和国
SO|Somalia;Federal Republic of Somalia|Somali|ソマリア;ソマリア連邦共和国
KE|Kenya;Republic of Kenya|Kenyan|ケニア;ケニア共和国
UG|Uganda;Republic of Uganda|Ugandan|ウガンダ;ウガンダ共和国
TZ|Tanzania;United Republic of Tanzania|Tanzanian|タンザニア;タンザニア連合共和国
RW|Rwanda;Republic of Rwanda|Rwandan|ルワンダ;ルワンダ共和国
BI|Burundi;Republic of Burundi|Burundian|ブルンジ;ブルンジ共和国
CD|Democratic Republic of the Congo;DR Congo;DRC|Congolese|コンゴ民主共和国
CG|Republic of the Congo;Congo|Congolese|コンゴ共和国
NG|Nigeria;Federal Republic of Nigeria|Nigerian|ナイジェリア;ナイジェリア連邦共和国
GH|Ghana;Republic of Ghana|Ghanaian|ガーナ;ガーナ共和国
CI|Côte d'Ivoire;Cote d'Ivoire;Republic of Côte d'Ivoire|Ivorian|コートジボワール;コートジボワール共和国
SN|Senegal;Republic of Senegal|Senegalese|セネガル;セネガル共和国
ML|Mali;Republic of Mali|Malian|マリ;マリ共和国
BF|Burkina Faso|Burkinabe|ブルキナファソ
NE|Niger;Republic of Niger|Nigerien|ニジェール;ニジェール共和国
TD|Chad;Republic of Chad|Chadian|チャド;チャド共和国
CM|Cameroon;Republic of Cameroon|Cameroonian|カメルーン;カメルーン共和国
GA|Gabon;Gabonese Republic|Gabonese|ガボン;ガボン共和国
GQ|Equatorial Guinea;Republic of Equatorial Guinea|Equatoguinean|赤道ギニア;赤道ギニア共和国
GN|Guinea;Republic of Guinea|Guinean|ギニア;ギニア共和国
GW|Guinea-Bissau;Republic of Guinea-Bissau|Bissau-Guinean|ギニアビサウ;ギニアビサウ共和国
SL|Sierra Leone;Republic of Sierra Leone|Sierra Leonean|シエラレオネ;シエラレオネ共和国
LR|Liberia;Republic of Liberia|Liberian|リベリア;リベリア共和国
TG|Togo;Togolese Republic|Togolese|トーゴ;トーゴ共和国
BJ|Benin;Republic of Benin|Beninese|ベナン;ベナン共和国
MR|Mauritania;Islamic Republic of Mauritania|Mauritanian|モーリタニア;モーリタニア・イスラム共和国
GM|Gambia;Republic of The Gambia;The Gambia|Gambian|ガンビア;ガンビア共和国
CV|Cabo Verde;Cape Verde;Republic of Cabo Verde|Cabo Verdean|カーボベルデ;カーボベルデ共和国
AO|Angola;Republic of Angola|Angolan|アンゴラ;アンゴラ共和国
ZM|Zambia;Republic of Zambia|Zambian|ザンビア;ザンビア共和国
ZW|Zimbabwe;Republic of Zimbabwe|Zimbabwean|ジンバブエ;ジンバブエ共和国
MW|Malawi;Republic of Malawi|Malawian|マラウイ;マラウイ共和国
MZ|Mozambique;Republic of Mozambique|Mozambican|モザンビーク;モザンビーク共和国
NA|Namibia;Republic of Namibia|Namibian|ナミビア;ナミビア共和国
BW|Botswana;Republic of Botswana|Botswanan|ボツワナ;ボツワナ共和国
ZA|South Africa;Republic of South Africa|South African|南アフリカ;南アフリカ共和国;南ア
LS|Lesotho;Kingdom of Lesotho|Basotho|レソト;レソト王国
SZ|Eswatini;Kingdom of Eswatini|Swazi|エスワティニ;エスワティニ王国
MG|Madagascar;Republic of Madagascar|Malagasy|マダガスカル;マダガスカル共和国
MU|Mauritius;Republic of Mauritius|Mauritian|モーリシャス;モーリシャス共和国
SC|Seychelles;Republic of Seychelles|Seychellois|セーシェル;セーシェル共和国
KM|Comoros;Union of the Comoros|Comorian|コモロ;コモロ連合
CF|Central African Republic|Central African|中央アフリカ;中央アフリカ共和国
ST|Sao Tome and Principe;São Tomé and Príncipe|Santomean|サントメ・プリンシペ;サントメ・プリンシペ民主共和国
MX|Mexico;United Mexican States|Mexican|メキシコ;メキシコ合衆国;墨
GT|Guatemala;Republic of Guatemala|Guatemalan|グアテマラ;グアテマラ共和国
BZ|Belize|Belizean|ベリーズ
SV|El Salvador;Republic of El Salvador|Salvadoran|エルサルバドル;エルサルバドル共和国
HN|Honduras;Republic of Honduras|Honduran|ホンジュラス;ホンジュラス共和国
NI|Nicaragua;Republic of Nicaragua|Nicaraguan|ニカラグア;ニカラグア共和国
CR|Costa Rica;Republic of Costa Rica|Costa Rican|コスタリカ;コスタリカ共和国
PA|Panama;Republic of Panama|Panamanian|パナマ;パナマ共和国
CU|Cuba;Republic of Cuba|Cuban|キューバ;キューバ共和国
DO|Dominican Republic|Dominican|ドミニカ共和国
HT|Haiti;Republic of Haiti|Haitian|ハイチ;ハイチ共和国
JM|Jamaica|Jamaican|ジャマイカ
TT|Trinidad and Tobago;Republic of Trinidad and Tobago|Trinidadian|トリニダード・トバゴ;トリニダード・トバゴ共和国
BB|Barbados|Barbadian|バルバドス
BS|Bahamas;Commonwealth of The Bahamas;The Bahamas|Bahamian|バハマ;バハマ国
DM|Commonwealth of Dominica;Dominica|Dominican|ドミニカ国
GD|Grenada|Grenadian|グレナダ
LC|Saint Lucia|Saint Lucian|セントルシア
VC|Saint Vincent and the Grenadines|Vincentian|セントビンセント及びグレナディーン諸島
KN|Saint Kitts and Nevis;Federation of Saint Kitts and Nevis|Kittitian|セントクリストファー・ネービス
AG|Antigua and Barbuda|Antiguan|アンティグア・バーブーダ
GY|Guyana;Co-operative Republic of Guyana|Guyanese|ガイアナ;ガイアナ共和国
SR|Suriname;Republic of Suriname|Surinamese|スリナム;スリナム共和国
CO|Colombia;Republic of Colombia|Colombian|コロンビア;コロンビア共和国
VE|Venezuela;Bolivarian Republic of Venezuela|Venezuelan|ベネズエラ;ベネズエラ・ボリバル共和国
EC|Ecuador;Republic of Ecuador|Ecuadorian|エクアドル;エクアドル共和国
PE|Peru;Republic of Peru|Peruvian|ペルー;ペルー共和国
BO|Bolivia;Plurinational State of Bolivia|Bolivian|ボリビア;ボリビア多民族国
BR|Brazil;Federative Republic of Brazil|Brazilian|ブラジル;ブラジル連邦共和国;伯
PY|Paraguay;Republic of Paraguay|Paraguayan|パラグアイ;パラグアイ共和国
UY|Uruguay;Oriental Republic of Uruguay|Uruguayan|ウルグアイ;ウルグアイ東方共和国
AR|Argentina;Argentine Republic|Argentine;Argentinian|アルゼンチン;アルゼンチン共和国
CL|Chile;Republic of Chile|Chilean|チリ;チリ共和国
FJ|Fiji;Republic of Fiji|Fijian|フィジー;フィジー共和国
PG|Papua New Guinea;Independent State of Papua New Guinea|Papua New Guinean|パプアニューギニア;パプアニューギニア独立国
SB|Solomon Islands|Solomon Islander|ソロモン諸島
VU|Vanuatu;Republic of Vanuatu|Vanuatuan;Ni-Vanuatu|バヌアツ;バヌアツ共和国
WS|Samoa;Independent State of Samoa|Samoan|サモア;サモア独立国
TO|Tonga;Kingdom of Tonga|Tongan|トンガ;トンガ王国
TV|Tuvalu|Tuvaluan|ツバル
KI|Kiribati;Republic of Kiribati|I-Kiribati|キリバス;キリバス共和国
NR|Nauru;Republic of Nauru|Nauruan|ナウル;ナウル共和国
MH|Marshall Islands;Republic of the Marshall Islands|Marshallese|マーシャル諸島;マーシャル諸島共和国
FM|Micronesia;Federated States of Micronesia|Micronesian|ミクロネシア;ミクロネシア連邦
PW|Palau;Republic of Palau|Palauan|パラオ;パラオ共和国
CK|Cook Islands|Cook Islander|クック諸島
NU|Niue|Niuean|ニウエ
ES|Spain;Kingdom of Spain|Spanish|スペイン;スペイン王国
PT|Portugal;Portuguese Republic|Portuguese|ポルトガル;ポルトガル共和国
NL|Netherlands;Kingdom of the Netherlands|Dutch|オランダ;オランダ王国
BE|Belgium;Kingdom of Belgium|Belgian|ベルギー;ベルギー王国
LU|Luxembourg;Grand Duchy of Luxembourg|Luxembourgish|ルクセンブルク;ルクセンブルク大公国
IE|Ireland|Irish|アイルランド
CH|Switzerland;Swiss Confederation|Swiss|スイス;スイス連邦
AT|Austria;Republic of Austria|Austrian|オーストリア;オーストリア共和国
LI|Liechtenstein;Principality of Liechtenstein|Liechtenstein|リヒテンシュタイン
MC|Monaco;Principality of Monaco|Monegasque|モナコ;モナコ公国
VA|Holy See;Vatican|Vatican|バチカン;ローマ教皇庁
SM|San Marino|Sammarinese|サンマリノ
AD|Andorra|Andorran|アンドラ
MT|Malta;Republic of Malta|Maltese|マルタ;マルタ共和国
DK|Denmark;Kingdom of Denmark|Danish|デンマーク;デンマーク王国
NO|Norway;Kingdom of Norway|Norwegian|ノルウェー;ノルウェー王国
SE|Sweden;Kingdom of Sweden|Swedish|スウェーデン;スウェーデン王国
FI|Finland;Republic of Finland|Finnish|フィンランド;フィンランド共和国
IS|Iceland|Icelandic|アイスランド
EE|Estonia;Republic of Estonia|Estonian|エストニア;エストニア共和国
LV|Latvia;Republic of Latvia|Latvian|ラトビア;ラトビア共和国
LT|Lithuania;Republic of Lithuania|Lithuanian|リトアニア;リトアニア共和国
PL|Poland;Republic of Poland|Polish|ポーランド;ポーランド共和国
CZ|Czech Republic;Czechia|Czech|チェコ;チェコ共和国
SK|Slovakia;Slovak Republic|Slovak|スロバキア;スロバキア共和国
HU|Hungary|Hungarian|ハンガリー
RO|Romania|Romanian|ルーマニア
BG|Bulgaria;Republic of Bulgaria|Bulgarian|ブルガリア;ブルガリア共和国
GR|Greece;Hellenic Republic|Greek|ギリシャ;ギリシャ共和国
CY|Cyprus;Republic of Cyprus|Cypriot|キプロス;キプロス共和国
SI|Slovenia;Republic of Slovenia|Slovenian;Slovene|スロベニア;スロベニア共和国
HR|Croatia;Republic of Croatia|Croatian|クロアチア;クロアチア共和国
BA|Bosnia and Herzegovina|Bosnian|ボスニア・ヘルツェゴビナ
RS|Serbia;Republic of Serbia|Serbian|セルビア;セルビア共和国
ME|Montenegro|Montenegrin|モンテネグロ
MK|North Macedonia;Republic of North Macedonia|Macedonian|北マケドニア;北マケドニア共和国
AL|Albania;Republic of Albania|Albanian|アルバニア;アルバニア共和国
XK|Kosovo;Republic of Kosovo|Kosovar|コソボ;コソボ共和国
`;
