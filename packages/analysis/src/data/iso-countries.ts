// ISO 3166-1 codes of the countries the extractor recognises: alpha-2 (what a Readout stores) to
// alpha-3 (what COLT, GDELT and ChinaVisits join on) and an English short name.
// One row per code: ALPHA2|ALPHA3|English short name. EU has no ISO alpha-3 code (its alpha-2 is
// "exceptionally reserved"), so its alpha-3 is empty; XK (Kosovo) uses the common user-assigned XKX.
export const ISO_ROWS = `
JP|JPN|Japan
US|USA|United States
GB|GBR|United Kingdom
FR|FRA|France
DE|DEU|Germany
IT|ITA|Italy
CA|CAN|Canada
EU||European Union
AU|AUS|Australia
NZ|NZL|New Zealand
CN|CHN|China
KR|KOR|Republic of Korea
KP|PRK|North Korea
TW|TWN|Taiwan
HK|HKG|Hong Kong
MO|MAC|Macao
MN|MNG|Mongolia
IN|IND|India
PK|PAK|Pakistan
BD|BGD|Bangladesh
LK|LKA|Sri Lanka
NP|NPL|Nepal
BT|BTN|Bhutan
MV|MDV|Maldives
AF|AFG|Afghanistan
ID|IDN|Indonesia
PH|PHL|Philippines
VN|VNM|Viet Nam
TH|THA|Thailand
MY|MYS|Malaysia
SG|SGP|Singapore
BN|BRN|Brunei
KH|KHM|Cambodia
LA|LAO|Laos
MM|MMR|Myanmar
TL|TLS|Timor-Leste
KZ|KAZ|Kazakhstan
UZ|UZB|Uzbekistan
KG|KGZ|Kyrgyz Republic
TJ|TJK|Tajikistan
TM|TKM|Turkmenistan
RU|RUS|Russia
UA|UKR|Ukraine
BY|BLR|Belarus
MD|MDA|Moldova
GE|GEO|Georgia
AM|ARM|Armenia
AZ|AZE|Azerbaijan
TR|TUR|Türkiye
IR|IRN|Iran
IQ|IRQ|Iraq
SA|SAU|Saudi Arabia
AE|ARE|United Arab Emirates
QA|QAT|Qatar
KW|KWT|Kuwait
BH|BHR|Bahrain
OM|OMN|Oman
YE|YEM|Yemen
JO|JOR|Jordan
IL|ISR|Israel
PS|PSE|Palestine
LB|LBN|Lebanon
SY|SYR|Syria
EG|EGY|Egypt
LY|LBY|Libya
TN|TUN|Tunisia
DZ|DZA|Algeria
MA|MAR|Morocco
SD|SDN|Sudan
SS|SSD|South Sudan
ET|ETH|Ethiopia
ER|ERI|Eritrea
DJ|DJI|Djibouti
SO|SOM|Somalia
KE|KEN|Kenya
UG|UGA|Uganda
TZ|TZA|Tanzania
RW|RWA|Rwanda
BI|BDI|Burundi
CD|COD|Democratic Republic of the Congo
CG|COG|Republic of the Congo
NG|NGA|Nigeria
GH|GHA|Ghana
CI|CIV|Côte d'Ivoire
SN|SEN|Senegal
ML|MLI|Mali
BF|BFA|Burkina Faso
NE|NER|Niger
TD|TCD|Chad
CM|CMR|Cameroon
GA|GAB|Gabon
GQ|GNQ|Equatorial Guinea
GN|GIN|Guinea
GW|GNB|Guinea-Bissau
SL|SLE|Sierra Leone
LR|LBR|Liberia
TG|TGO|Togo
BJ|BEN|Benin
MR|MRT|Mauritania
GM|GMB|Gambia
CV|CPV|Cabo Verde
AO|AGO|Angola
ZM|ZMB|Zambia
ZW|ZWE|Zimbabwe
MW|MWI|Malawi
MZ|MOZ|Mozambique
NA|NAM|Namibia
BW|BWA|Botswana
ZA|ZAF|South Africa
LS|LSO|Lesotho
SZ|SWZ|Eswatini
MG|MDG|Madagascar
MU|MUS|Mauritius
SC|SYC|Seychelles
KM|COM|Comoros
CF|CAF|Central African Republic
ST|STP|Sao Tome and Principe
MX|MEX|Mexico
GT|GTM|Guatemala
BZ|BLZ|Belize
SV|SLV|El Salvador
HN|HND|Honduras
NI|NIC|Nicaragua
CR|CRI|Costa Rica
PA|PAN|Panama
CU|CUB|Cuba
DO|DOM|Dominican Republic
HT|HTI|Haiti
JM|JAM|Jamaica
TT|TTO|Trinidad and Tobago
BB|BRB|Barbados
BS|BHS|Bahamas
DM|DMA|Dominica
GD|GRD|Grenada
LC|LCA|Saint Lucia
VC|VCT|Saint Vincent and the Grenadines
KN|KNA|Saint Kitts and Nevis
AG|ATG|Antigua and Barbuda
GY|GUY|Guyana
SR|SUR|Suriname
CO|COL|Colombia
VE|VEN|Venezuela
EC|ECU|Ecuador
PE|PER|Peru
BO|BOL|Bolivia
BR|BRA|Brazil
PY|PRY|Paraguay
UY|URY|Uruguay
AR|ARG|Argentina
CL|CHL|Chile
FJ|FJI|Fiji
PG|PNG|Papua New Guinea
SB|SLB|Solomon Islands
VU|VUT|Vanuatu
WS|WSM|Samoa
TO|TON|Tonga
TV|TUV|Tuvalu
KI|KIR|Kiribati
NR|NRU|Nauru
MH|MHL|Marshall Islands
FM|FSM|Micronesia
PW|PLW|Palau
CK|COK|Cook Islands
NU|NIU|Niue
ES|ESP|Spain
PT|PRT|Portugal
NL|NLD|Netherlands
BE|BEL|Belgium
LU|LUX|Luxembourg
IE|IRL|Ireland
CH|CHE|Switzerland
AT|AUT|Austria
LI|LIE|Liechtenstein
MC|MCO|Monaco
VA|VAT|Holy See
SM|SMR|San Marino
AD|AND|Andorra
MT|MLT|Malta
DK|DNK|Denmark
NO|NOR|Norway
SE|SWE|Sweden
FI|FIN|Finland
IS|ISL|Iceland
EE|EST|Estonia
LV|LVA|Latvia
LT|LTU|Lithuania
PL|POL|Poland
CZ|CZE|Czechia
SK|SVK|Slovakia
HU|HUN|Hungary
RO|ROU|Romania
BG|BGR|Bulgaria
GR|GRC|Greece
CY|CYP|Cyprus
SI|SVN|Slovenia
HR|HRV|Croatia
BA|BIH|Bosnia and Herzegovina
RS|SRB|Serbia
ME|MNE|Montenegro
MK|MKD|North Macedonia
AL|ALB|Albania
XK|XKX|Kosovo
`;
