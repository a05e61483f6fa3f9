import { foldText, slavicStem, slavicStems } from '../text/fold';

/**
 * Gazetteer of places: countries (with the names other languages and older spellings give them,
 * and their demonyms), capitals and major cities, regions, continents and seas. General
 * knowledge only. One line per place: `Canonical|alias,alias|Demonym,Demonym`; the canonical name
 * is the usual modern English one (Kyiv, not Kiev), and every alias resolves to it.
 */

const COUNTRIES = `
Afghanistan|Afghanistan,Afganistan,Afeganistão,Афганістан,Афганистан|Afghan,Afghans
Albania|Albanien,Albânia,Албанія|Albanian,Albanians
Algeria|Algerien,Algeria,Argélia,Aljazair,Алжир|Algerian,Algerians
Andorra||Andorran
Angola||Angolan
Argentina|Argentinien,Argentine|Argentine,Argentinian,Argentinians
Armenia|Armenien,Armênia,Arménia,Вірменія,Армения|Armenian,Armenians
Australia|Australien,Austrália,Австралія|Australian,Australians
Austria|Österreich,Áustria,Австрія|Austrian,Austrians
Azerbaijan|Aserbaidschan,Azerbaigian,Azerbaijão,Azerbaijan,Азербайджан|Azerbaijani,Azerbaijanis,Azeri,Azeris
Bahrain|Bahrein,Бахрейн|Bahraini,Bahrainis
Bangladesh|Bangladesch,Бангладеш|Bangladeshi,Bangladeshis
Belarus|Weißrussland,Belarus,Bielorussia,Bielorrússia,Belarusia,Білорусь,Беларусь|Belarusian,Belarusians,Belarussian
Belgium|Belgien,Belgio,Bélgica,Belgia,Бельгія|Belgian,Belgians
Benin||Beninese
Bhutan||Bhutanese
Bolivia|Bolivien,Bolívia|Bolivian,Bolivians
Bosnia and Herzegovina|Bosnia,Bosnien,Bosnia-Herzegovina|Bosnian,Bosnians
Botswana||Motswana
Brazil|Brasilien,Brasile,Brasil,Бразилія|Brazilian,Brazilians
Brunei||Bruneian
Bulgaria|Bulgarien,Bulgária,Болгарія|Bulgarian,Bulgarians
Burkina Faso||Burkinabe
Burundi||Burundian
Cambodia|Kambodscha,Cambogia,Camboja,Kamboja|Cambodian,Cambodians
Cameroon|Kamerun,Camerun,Camarões|Cameroonian
Canada|Kanada,Canadá,Канада|Canadian,Canadians
Central African Republic||
Chad|Tschad,Ciad,Chade|Chadian
Chile|Cile|Chilean,Chileans
China|Cina,Chine,Tiongkok,Китай|Chinese
Colombia|Kolumbien,Colômbia,Kolombia|Colombian,Colombians
Congo|Kongo,Democratic Republic of the Congo,DR Congo,DRC|Congolese
Costa Rica||Costa Rican
Croatia|Kroatien,Croazia,Croácia,Kroasia,Хорватія|Croatian,Croatians,Croat,Croats
Cuba|Kuba,Куба|Cuban,Cubans
Cyprus|Zypern,Cipro,Chipre,Siprus,Кіпр|Cypriot,Cypriots
Czech Republic|Czechia,Tschechien,Repubblica Ceca,Chéquia,Ceko,Чехія|Czech,Czechs
Denmark|Dänemark,Danimarca,Dinamarca,Denmark,Данія|Danish,Danes
Djibouti||Djiboutian
Dominican Republic||Dominican
Ecuador|Equador,Ekuador|Ecuadorian
Egypt|Ägypten,Egitto,Egito,Mesir,Єгипет,Египет|Egyptian,Egyptians
El Salvador||Salvadoran
Eritrea||Eritrean,Eritreans
Estonia|Estland,Estônia,Естонія|Estonian,Estonians
Eswatini|Swaziland|Swazi
Ethiopia|Äthiopien,Etiopia,Etiópia,Ефіопія|Ethiopian,Ethiopians
Fiji||Fijian
Finland|Finnland,Finlandia,Finlândia,Фінляндія|Finnish,Finn,Finns
France|Frankreich,Francia,França,Prancis,Франція,Франция|French
Gabon||Gabonese
Gambia|The Gambia|Gambian
Georgia|Georgien,Geórgia,Грузія,Грузия|Georgian,Georgians
Germany|Deutschland,Germania,Alemanha,Jerman,Німеччина,Германия|German,Germans
Ghana||Ghanaian,Ghanaians
Greece|Griechenland,Grecia,Grécia,Yunani,Греція|Greek,Greeks
Guatemala||Guatemalan
Guinea||Guinean
Guyana||Guyanese
Haiti|Haïti|Haitian,Haitians
Honduras||Honduran
Hungary|Ungarn,Ungheria,Hungria,Hungaria,Угорщина|Hungarian,Hungarians
Iceland|Island,Islanda,Islândia|Icelandic,Icelanders
India|Indien,Índia,Індія|Indian,Indians
Indonesia|Indonesien,Indonésia,Індонезія|Indonesian,Indonesians
Iran|Irã,Irão,Іран|Iranian,Iranians,Persian
Iraq|Irak,Iraque,Ірак|Iraqi,Iraqis
Ireland|Irland,Irlanda,Irlandia,Ірландія|Irish
Israel|Israele,Israël,Ізраїль,Израиль|Israeli,Israelis
Italy|Italien,Italia,Itália,Італія|Italian,Italians
Ivory Coast|Côte d'Ivoire,Cote d'Ivoire|Ivorian
Jamaica||Jamaican,Jamaicans
Japan|Giappone,Japão,Jepang,Японія|Japanese
Jordan|Jordanien,Giordania,Jordânia,Yordania|Jordanian,Jordanians
Kazakhstan|Kasachstan,Kazakistan,Cazaquistão,Kazakhstan,Казахстан|Kazakh,Kazakhs
Kenya|Kenia,Quênia|Kenyan,Kenyans
Kosovo||Kosovar,Kosovars
Kuwait||Kuwaiti,Kuwaitis
Kyrgyzstan|Kirgisistan,Kyrgyzstan|Kyrgyz
Laos||Laotian
Latvia|Lettland,Lettonia,Letônia,Латвія|Latvian,Latvians
Lebanon|Libanon,Libano,Líbano,Ліван|Lebanese
Liberia||Liberian
Libya|Libyen,Libia,Líbia,Лівія|Libyan,Libyans
Liechtenstein||
Lithuania|Litauen,Lituania,Lituânia,Литва|Lithuanian,Lithuanians
Luxembourg|Luxemburg,Lussemburgo,Luxemburgo|Luxembourgish
Madagascar||Malagasy
Malawi||Malawian
Malaysia|Malaysia,Malásia|Malaysian,Malaysians
Maldives||Maldivian
Mali||Malian
Malta||Maltese
Mauritania||Mauritanian
Mauritius||Mauritian
Mexico|Mexiko,Messico,México,Meksiko,Мексика|Mexican,Mexicans
Moldova|Moldawien,Moldavia,Moldávia,Молдова|Moldovan,Moldovans
Monaco||Monegasque
Mongolia|Mongolei|Mongolian
Montenegro||Montenegrin
Morocco|Marokko,Marocco,Marrocos,Maroko|Moroccan,Moroccans
Mozambique|Mosambik,Moçambique|Mozambican
Myanmar|Burma|Burmese
Namibia||Namibian
Nepal||Nepali,Nepalese
Netherlands|Holland,Niederlande,Paesi Bassi,Países Baixos,Belanda,Нідерланди|Dutch
New Zealand|Neuseeland,Nuova Zelanda,Nova Zelândia|New Zealander
Nicaragua||Nicaraguan
Niger||Nigerien
Nigeria||Nigerian,Nigerians
North Korea|Nordkorea,Corea del Nord,Coreia do Norte,Korea Utara,КНДР|North Korean,North Koreans
North Macedonia|Macedonia,Nordmazedonien|Macedonian
Norway|Norwegen,Norvegia,Noruega,Norwegia,Норвегія|Norwegian,Norwegians
Oman||Omani
Pakistan|Пакистан|Pakistani,Pakistanis
Palestine|Palästina,Palestina,Палестина|Palestinian,Palestinians
Panama|Panamá|Panamanian
Papua New Guinea||
Paraguay||Paraguayan
Peru|Perù|Peruvian,Peruvians
Philippines|Philippinen,Filippine,Filipinas,Filipina|Filipino,Filipinos,Philippine
Poland|Polen,Polonia,Polônia,Polónia,Polandia,Польща,Польша|Polish,Pole,Poles
Portugal|Portogallo|Portuguese
Qatar|Katar,Catar|Qatari,Qataris
Romania|Rumänien,Romênia,Roménia,Rumania,Румунія|Romanian,Romanians
Russia|Russland,Rússia,Rusia,Russie,Russian Federation,Росія,Россия|Russian,Russians
Rwanda|Ruanda|Rwandan,Rwandans
Saudi Arabia|Saudi-Arabien,Arabia Saudita,Arábia Saudita,Arab Saudi,Саудівська Аравія|Saudi,Saudis
Senegal|Senegal|Senegalese
Serbia|Serbien,Sérvia,Сербія|Serbian,Serbians,Serb,Serbs
Sierra Leone||Sierra Leonean
Singapore|Singapur,Singapura|Singaporean
Slovakia|Slowakei,Slovacchia,Eslováquia,Словаччина|Slovak,Slovaks
Slovenia|Slowenien,Eslovênia|Slovenian,Slovene
Somalia||Somali,Somalis
South Africa|Südafrika,Sudafrica,África do Sul,Afrika Selatan|South African,South Africans
South Korea|Südkorea,Corea del Sud,Coreia do Sul,Korea Selatan,Korea|South Korean,South Koreans,Korean,Koreans
South Sudan||South Sudanese
Spain|Spanien,Spagna,Espanha,Spanyol,España,Іспанія|Spanish,Spaniard,Spaniards
Sri Lanka||Sri Lankan
Sudan||Sudanese
Sweden|Schweden,Svezia,Suécia,Swedia,Швеція|Swedish,Swede,Swedes
Switzerland|Schweiz,Svizzera,Suíça,Swiss|Swiss
Syria|Syrien,Siria,Síria,Suriah,Сирія|Syrian,Syrians
Taiwan|Тайвань|Taiwanese
Tajikistan|Tadschikistan|Tajik
Tanzania|Tansania|Tanzanian
Thailand|Tailandia,Tailândia,Thailandia|Thai
Togo||Togolese
Tunisia|Tunesien,Tunísia|Tunisian,Tunisians
Turkey|Türkiye,Turkiye,Türkei,Turchia,Turquia,Turki,Turquie,Туреччина,Турция|Turkish,Turk,Turks
Turkmenistan||Turkmen
Uganda||Ugandan
Ukraine|Ucraina,Ucrânia,Ukraina,Ucrania,Україна,Украина|Ukrainian,Ukrainians
United Arab Emirates|UAE,Emirates,Vereinigte Arabische Emirate,Emirati Arabi Uniti,Emirados Árabes Unidos,Uni Emirat Arab|Emirati,Emiratis
United Kingdom|UK,U.K.,Britain,Great Britain,Vereinigtes Königreich,Großbritannien,Regno Unito,Reino Unido,Inggris,Британія,Великобританія|British,Briton,Britons
United States|US,U.S.,USA,U.S.A.,America,United States of America,Vereinigte Staaten,Stati Uniti,Estados Unidos,Amerika Serikat,США|American,Americans
Uruguay||Uruguayan
Uzbekistan|Usbekistan|Uzbek,Uzbeks
Venezuela||Venezuelan,Venezuelans
Vietnam|Viet Nam|Vietnamese
Yemen|Jemen,Iémen,Iêmen|Yemeni,Yemenis
Zambia|Sambia|Zambian
Zimbabwe|Simbabwe|Zimbabwean
England||English
Scotland|Schottland,Scozia,Escócia|Scottish,Scot,Scots
Wales|Galles|Welsh
Northern Ireland|Nordirland|
Vatican|Vatican City,Holy See,Vatikan,Vaticano|
`;

/** Capitals and major world cities, with exonyms and other languages' names. */
const CITIES = `
Kyiv|Kiev,Kiew,Kijów,Kyjiw,Київ,Києва,Києві,Киев
Moscow|Moskau,Mosca,Moscou,Moskwa,Moskva,Москва,Москви,Москві
Istanbul|Stambul,Constantinople,Стамбул
Ankara||
Odesa|Odessa,Одеса,Одесса
Kharkiv|Kharkov,Charkiw,Харків,Харкова,Харьков
Lviv|Lvov,Lwów,Lemberg,Leopoli,Львів,Львова
Dnipro|Dnipropetrovsk,Дніпро
Zaporizhzhia|Zaporizhzhya,Zaporozhye,Saporischschja,Запоріжжя
Kherson|Cherson,Херсон
Mykolaiv|Nikolaev,Mykolajiw,Миколаїв
Donetsk|Donezk,Донецьк
Luhansk|Lugansk,Luhansk,Луганськ
Mariupol|Маріуполь
Bakhmut|Бахмут
Sumy|Суми
Chernihiv|Chernigov,Tschernihiw,Чернігів
Zhytomyr|Schytomyr,Житомир
Poltava|Полтава
Vinnytsia|Winnyzja,Вінниця
Kramatorsk|Краматорськ
Pokrovsk|Покровськ
Avdiivka|Авдіївка
Sevastopol|Sewastopol,Севастополь
Simferopol|Сімферополь
Chernobyl|Chornobyl,Tschernobyl,Чорнобиль
Belgorod|Bilhorod,Бєлгород
Kursk|Курськ
St Petersburg|St. Petersburg,Saint Petersburg,Sankt Petersburg,San Pietroburgo,São Petersburgo,Санкт-Петербург
Minsk|Мінськ
Washington|Washington DC,Washington D.C.,Вашингтон
New York|New York City,Nova Iorque,Нью-Йорк
Los Angeles||
Chicago||
San Francisco||
Miami||
Boston||
Houston||
Seattle||
Atlanta||
Philadelphia||
Dallas||
Detroit||
Las Vegas||
London|Londra,Londres,Лондон
Paris|Parigi,Парижі,Париж
Berlin|Berlino,Berlim,Берлін
Rome|Rom,Roma,Рим
Madrid|Мадрид
Lisbon|Lissabon,Lisbona,Lisboa
Brussels|Brüssel,Bruxelles,Bruxelas,Brussel,Брюссель
Amsterdam||
The Hague|Den Haag,L'Aia,Haia,Гаага
Vienna|Wien,Viena,Відень
Geneva|Genf,Ginevra,Genebra,Genève,Женева
Zurich|Zürich
Bern|Berne
Warsaw|Warschau,Varsavia,Varsóvia,Warszawa,Варшава
Prague|Prag,Praga,Praha,Прага
Budapest|Будапешт
Bucharest|Bukarest,Bucarest,București,Бухарест
Sofia|Софія
Belgrade|Belgrad,Belgrado,Beograd,Белград
Zagreb||
Sarajevo||
Ljubljana||
Bratislava||
Skopje||
Tirana||
Podgorica||
Pristina|Prishtina
Chisinau|Chișinău,Kishinev,Кишинів
Vilnius|Вільнюс
Riga|Рига
Tallinn|Таллінн
Helsinki|Гельсінкі
Stockholm|Стокгольм
Oslo||
Copenhagen|Kopenhagen,Copenaghen,Copenhague,København
Reykjavik||
Dublin||
Edinburgh||
Manchester||
Birmingham||
Glasgow||
Belfast||
Cardiff||
Athens|Athen,Atene,Atenas,Афіни
Nicosia||
Valletta||
Milan|Mailand,Milano,Milão
Naples|Neapel,Napoli,Nápoles
Turin|Turin,Torino
Florence|Florenz,Firenze,Florença
Venice|Venedig,Venezia,Veneza
Munich|München,Monaco di Baviera,Munique,Мюнхен
Hamburg|Amburgo,Hamburgo
Frankfurt|Frankfurt am Main,Francoforte
Cologne|Köln,Colonia,Colônia
Stuttgart||
Dusseldorf|Düsseldorf
Dresden||
Leipzig||
Barcelona|Barcellona
Seville|Sevilla,Siviglia
Valencia||
Porto|Oporto
Marseille|Marseilles,Marsiglia
Lyon|Lione
Strasbourg|Straßburg,Strasburgo,Estrasburgo
Geneva||
Krakow|Kraków,Cracow,Krakau,Cracovia
Gdansk|Gdańsk,Danzig
Tbilisi|Tiflis,Тбілісі
Yerevan|Eriwan,Єреван
Baku|Баку
Tehran|Teheran,Teerã,Тегеран
Baghdad|Bagdad,Багдад
Damascus|Damaskus,Damasco,Damaskus,Дамаск
Beirut|Beirute,Бейрут
Amman||
Jerusalem|Gerusalemme,Jerusalém,Yerusalem,Єрусалим
Tel Aviv|Тель-Авів
Gaza City|
Ramallah||
Rafah||
Khan Younis|Khan Yunis
Jenin||
Hebron||
Cairo|Kairo,Il Cairo,Cairo,Kairo,Каїр
Alexandria||
Riyadh|Riad,Riade,Ер-Ріяд
Jeddah|Jidda,Dschidda
Doha|Доха
Dubai||
Abu Dhabi||
Muscat||
Sanaa|Sana'a,Sana
Aden||
Kabul|Кабул
Islamabad||
Karachi||
Lahore||
New Delhi|Delhi,Neu-Delhi,Nuova Delhi,Нью-Делі
Mumbai|Bombay
Kolkata|Calcutta
Chennai|Madras
Bangalore|Bengaluru
Dhaka|Dacca
Kathmandu||
Colombo||
Beijing|Peking,Pechino,Pequim,Пекін
Shanghai|Xangai
Hong Kong|Hongkong
Shenzhen||
Guangzhou|Canton
Wuhan||
Taipei||
Tokyo|Tokio,Tóquio,Токіо
Osaka||
Hiroshima||
Seoul|Seul,Сеул
Pyongyang|Pjöngjang,Пхеньян
Manila||
Hanoi||
Ho Chi Minh City|Saigon
Bangkok||
Jakarta|Джакарта
Surabaya||
Bandung||
Kuala Lumpur||
Singapore||
Sydney||
Melbourne||
Canberra||
Wellington||
Auckland||
Ottawa||
Toronto||
Montreal|Montréal
Vancouver||
Mexico City|Ciudad de México,Città del Messico,Cidade do México
Havana|Havanna,L'Avana,Havana
Caracas||
Bogota|Bogotá
Lima||
Santiago||
Buenos Aires||
Montevideo||
Brasilia|Brasília
Sao Paulo|São Paulo,San Paolo
Rio de Janeiro||
Quito||
La Paz||
Nairobi||
Addis Ababa|Addis Abeba
Khartoum|Khartum,Cartum
Lagos||
Abuja||
Accra||
Dakar||
Kinshasa||
Johannesburg|Joanesburgo
Cape Town|Kapstadt,Città del Capo,Cidade do Cabo
Pretoria||
Tripoli|Tripolis,Trípoli
Tunis|Túnis
Algiers|Algier,Algeri,Argel
Rabat||
Casablanca||
Mogadishu|Mogadischu
Kampala||
Kigali||
Dar es Salaam||
Harare||
Luanda||
Maputo||
Bamako||
Niamey||
Astana|Nur-Sultan
Almaty|Alma-Ata
Tashkent|Taschkent
Bishkek||
Dushanbe||
Ashgabat||
Ulaanbaatar|Ulan Bator
Mecca|Makkah,Mekka
Medina||
Mosul||
Basra||
Erbil||
Aleppo|Alep
Homs||
Idlib||
Tyre||
Sidon||
Davos||
Munich||
Sochi|Сочі
Vladivostok||
Novosibirsk||
Yekaterinburg|Jekaterinburg
Kazan||
Kaliningrad|Königsberg
Murmansk||
Grozny|Grosny
Rostov-on-Don|Rostow am Don
Volgograd|Stalingrad
Bali||
Yogyakarta|Jogjakarta
Medan||
Makassar||
Lisbon||
Brasilia||
Salvador||
Belo Horizonte||
Recife||
Porto Alegre||
Fortaleza||
Curitiba||
Manaus||
`;

/** Regions, provinces, territories, continents, seas and well-known landmarks. */
const REGIONS = `
Europe|Europa,Європа,Европа
Asia|Asien,Ásia,Азія
Africa|Afrika,África,Африка
North America|Nordamerika,Nord America,América do Norte
South America|Südamerika,Sud America,América do Sul
Latin America|Lateinamerika,America Latina,América Latina
Middle East|Nahost,Naher Osten,Medio Oriente,Oriente Médio,Timur Tengah,Близький Схід
Near East||
Far East||
Central Asia||
Southeast Asia||
East Asia||
South Asia||
Eastern Europe|Osteuropa
Western Europe|Westeuropa
Central Europe|Mitteleuropa
Balkans|Balcani,Bálcãs
Caucasus|Kaukasus,Caucaso,Cáucaso,Кавказ
Scandinavia|Skandinavien
Baltics|Baltic states,Baltikum
Arctic|Arktis,Artico,Ártico,Арктика
Antarctica|Antarktis
Sahel||
Maghreb||
Horn of Africa||
Levant||
Persian Gulf||
Mediterranean|Mittelmeer,Mediterraneo,Mediterrâneo
Black Sea|Schwarzes Meer,Mar Nero,Mar Negro,Чорне море
Baltic Sea|Ostsee,Mar Baltico
Red Sea|Rotes Meer,Mar Rosso,Mar Vermelho
Caspian Sea|Kaspisches Meer
Sea of Azov|Azov Sea,Asowsches Meer,Азовське море
North Sea|Nordsee
South China Sea||
East China Sea||
Atlantic|Atlantic Ocean,Atlantik,Atlantico
Pacific|Pacific Ocean,Pazifik,Pacifico
Indian Ocean||
Taiwan Strait||
Strait of Hormuz|Hormuz
Bosphorus|Bosporus,Bosforo
Suez Canal|Suezkanal
Panama Canal||
Crimea|Krim,Crimeia,Krimea,Крим
Donbas|Donbass,Донбас
Kursk region||
Gaza|Gaza Strip,Gazastreifen,Striscia di Gaza,Faixa de Gaza,Jalur Gaza,Газа
West Bank|Westjordanland,Cisgiordania,Cisjordânia,Tepi Barat
Golan Heights|Golan
Sinai||
Kashmir||
Tibet||
Xinjiang||
Hong Kong||
Kurdistan||
Siberia|Sibirien,Siberia,Sibéria,Сибір
Chechnya|Tschetschenien,Cecenia,Chechênia,Чечня
Dagestan||
Transnistria|Transnistrien
Abkhazia|Abchasien
South Ossetia||
Nagorno-Karabakh|Karabakh,Bergkarabach
Catalonia|Katalonien,Catalogna,Catalunha,Catalunya
Basque Country||
Bavaria|Bayern,Baviera
Saxony|Sachsen
Brandenburg||
Sicily|Sizilien,Sicilia
Sardinia|Sardinien,Sardegna
Lombardy|Lombardei,Lombardia
Corsica|Korsika
Flanders|Flandern
Wallonia||
Greenland|Grönland,Groenlandia,Groenlândia
Kaliningrad region||
Alaska||
Hawaii||
California|Kalifornien,Califórnia
Texas||
Florida||
Arizona||
Nevada||
Ohio||
Michigan||
Pennsylvania||
Wisconsin||
Minnesota||
Iowa||
Virginia||
North Carolina||
South Carolina||
New Jersey||
Illinois||
Massachusetts||
Oregon||
Colorado||
Louisiana||
Kentucky||
Tennessee||
Alabama||
Mississippi||
Missouri||
Kansas||
Nebraska||
Oklahoma||
Utah||
Idaho||
Montana||
Wyoming||
Maryland||
Connecticut||
Vermont||
Maine||
Puerto Rico||
Quebec|Québec
Ontario||
Punjab||
Java|Jawa
Sumatra|Sumatera
Borneo||
Sulawesi||
Papua||
Mindanao||
Okinawa||
Hokkaido||
Darfur||
Tigray||
Kherson region||
Zaporizhzhia region||
Acre||
Alagoas||
Amapá|Amapa
Amazonas||
Bahia||
Ceará|Ceara
Espírito Santo|Espirito Santo
Goiás|Goias
Maranhão|Maranhao
Mato Grosso||
Mato Grosso do Sul||
Minas Gerais||
Pará|Para
Paraíba|Paraiba
Paraná|Parana
Pernambuco||
Piauí|Piaui
Rio Grande do Norte||
Rio Grande do Sul||
Rondônia|Rondonia
Roraima||
Santa Catarina||
Sergipe||
Tocantins||
Amazon rainforest|Amazônia,Amazonia
Piedmont|Piemonte
Aosta Valley|Valle d'Aosta
Liguria||
Veneto||
Friuli Venezia Giulia|Friuli
Trentino-Alto Adige|Trentino,South Tyrol,Alto Adige,Südtirol
Emilia-Romagna|Emilia Romagna
Romagna||
Tuscany|Toscana
Umbria||
Marche||
Lazio||
Abruzzo||
Molise||
Campania||
Apulia|Puglia
Basilicata||
Calabria||
Andalusia|Andalucía,Andalucia,Andalusien
Aragon|Aragón
Asturias||
Balearic Islands|Baleares,Illes Balears
Canary Islands|Canarias,Islas Canarias
Cantabria||
Castile and León|Castilla y León
Castilla-La Mancha|Castile-La Mancha
Extremadura||
Galicia||
La Rioja||
Murcia||
Navarre|Navarra
Valencian Community|Comunidad Valenciana
Baden-Württemberg|Baden-Wurttemberg
Hesse|Hessen
Lower Saxony|Niedersachsen
Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern
North Rhine-Westphalia|Nordrhein-Westfalen,NRW
Rhineland-Palatinate|Rheinland-Pfalz
Saarland||
Saxony-Anhalt|Sachsen-Anhalt
Schleswig-Holstein||
Thuringia|Thüringen
Île-de-France|Ile-de-France
Normandy|Normandie
Brittany|Bretagne
Provence||
Alsace||
Ontario||
British Columbia||
Alberta||
Manitoba||
Saskatchewan||
Nova Scotia||
New South Wales||
Victoria||
Queensland||
Tasmania||
Maharashtra||
Uttar Pradesh||
Tamil Nadu||
Kerala||
Karnataka||
Gujarat||
Rajasthan||
West Bengal||
Bihar||
Assam||
Manipur||
Guangdong||
Sichuan||
Hubei||
Henan||
Yunnan||
Fujian||
Zhejiang||
Jiangsu||
Shandong||
Inner Mongolia||
Oval Office||
Red Square|Roter Platz,Piazza Rossa,Praça Vermelha,Червона площа
Capitol Hill||
Capitol||
Wall Street||
Downing Street||
Tiananmen Square|Tiananmen
Silicon Valley||
Hollywood||
`;

export interface PlaceEntry {
  /** The usual modern English name. */
  canonical: string;
  kind: 'country' | 'city' | 'region';
}

const CYRILLIC = /[\u0400-\u04ff]/;

interface Gazetteer {
  /** Folded-name → place, for every canonical name and alias. */
  placesByFoldedName: Map<string, PlaceEntry>;
  /** Folded demonym → the country it belongs to ("russian" → Russia). */
  demonymsByFoldedName: Map<string, string>;
  /** Folded first words of place names of several words ("united", "new", "sea"). */
  multiwordStarts: Set<string>;
}

let builtGazetteer: Gazetteer | undefined;

/**
 * Folding some three thousand names takes milliseconds that loading the extension (which also
 * happens for plain-text files that are no articles) need not spend: built at the first look-up.
 */
function gazetteer(): Gazetteer {
  if (builtGazetteer) return builtGazetteer;
  const built: Gazetteer = { placesByFoldedName: new Map(), demonymsByFoldedName: new Map(), multiwordStarts: new Set() };
  load(built, COUNTRIES, 'country');
  load(built, CITIES, 'city');
  load(built, REGIONS, 'region');
  for (const adjective of BROAD_ADJECTIVES) built.demonymsByFoldedName.set(foldText(adjective), adjective);
  return (builtGazetteer = built);
}

function load({ placesByFoldedName, demonymsByFoldedName, multiwordStarts }: Gazetteer, block: string, kind: PlaceEntry['kind']): void {
  for (const line of block.split('\n')) {
    if (!line) continue;
    const [canonical, aliases = '', demonyms = ''] = line.split('|');
    const entry: PlaceEntry = { canonical, kind };
    for (const name of [canonical, ...aliases.split(',')]) {
      if (!name) continue;
      const key = foldText(name);
      // The first entry wins: a country named like a city (Singapore) stays a country.
      if (!placesByFoldedName.has(key)) placesByFoldedName.set(key, entry);
      // Ukrainian and Russian place names decline ("України", "Росії"): index their stems too.
      if (CYRILLIC.test(name) && !name.includes(' ') && !placesByFoldedName.has(`~${slavicStem(name)}`)) placesByFoldedName.set(`~${slavicStem(name)}`, entry);
      const words = name.split(/[\s-]+/);
      if (words.length > 1) multiwordStarts.add(foldText(words[0]));
    }
    for (const demonym of demonyms.split(',')) if (demonym) demonymsByFoldedName.set(foldText(demonym), canonical);
  }
}

/** Words that are demonyms in broader senses than one country: "Western allies", "European leaders". */
const BROAD_ADJECTIVES = [
  'Western', 'Eastern', 'Northern', 'Southern', 'European', 'Asian', 'African', 'Arab', 'Arabs', 'Latin', 'Middle Eastern',
  'Soviet', 'Slavic', 'Nordic', 'Baltic', 'Balkan', 'Caucasian', 'Kurdish', 'Kurds', 'Jewish', 'Jews', 'Muslim', 'Muslims',
  'Christian', 'Christians', 'Catholic', 'Orthodox', 'Sunni', 'Shia', 'Shiite', 'Hindu', 'Buddhist', 'Pashtun', 'Tatar', 'Tatars',
  'Crimean', 'Transatlantic', 'Persian', 'Anglo', 'Hispanic', 'Latino', 'Roma',
  'Pro-Russian', 'Pro-Western', 'Anti-Western', 'Euro', 'Eurasian', 'Scandinavian', 'Sub-Saharan', 'Indigenous',
];

/**
 * The place `name` names, by case- and diacritic-insensitive match of a canonical name or alias
 * ("Türkiye", "Turkiye", "Kiev" → Turkey, Turkey, Kyiv), or undefined.
 */
export function lookupPlace(name: string): PlaceEntry | undefined {
  const { placesByFoldedName } = gazetteer();
  const found = placesByFoldedName.get(foldText(name));
  if (found || !CYRILLIC.test(name)) return found;
  for (const stem of slavicStems(name)) {
    const entry = placesByFoldedName.get(`~${stem}`);
    if (entry) return entry;
  }
  return undefined;
}

/**
 * The country a word names or qualifies: "Russian" → Russia, "Russia" → Russia, "Türkiye" →
 * Turkey; undefined for other words. Lets "Russian Foreign Ministry" and "Russia’s Foreign
 * Ministry" compare equal.
 */
export function countryOfWord(word: string): string | undefined {
  const { placesByFoldedName, demonymsByFoldedName } = gazetteer();
  const folded = foldText(word);
  const place = placesByFoldedName.get(folded);
  return place?.kind === 'country' ? place.canonical : demonymsByFoldedName.get(folded);
}

/** True for nationality adjectives and demonyms ("Russian", "Ukrainians", "Western"): not places. */
export function isDemonym(word: string): boolean {
  return gazetteer().demonymsByFoldedName.has(foldText(word));
}

/** True when `word` begins some place name of several words ("United" States, "Sea" of Azov). */
export function startsMultiwordPlace(word: string): boolean {
  return gazetteer().multiwordStarts.has(foldText(word));
}

/**
 * Place-name endings that mark an unknown single word as a place (Donetsk, Yekaterinburg,
 * Kazakhstan, Sevastopol, Pokrovka, Islamabad), for words the gazetteer does not list.
 */
export const PLACE_WORD_ENDINGS = /(?:stan|burg|bourg|grad|gorod|pol|polis|sk|ivka|ovka|ivske|abad|pur|pura|ville|hafen|heim|dorf|shire)$/i;

/** Head words that make a capitalised phrase a place: "Ciragan Palace", "Litani River", "Sumy Oblast". */
export const PLACE_HEADS = new Set(
  `palace square street avenue road boulevard bridge river lake sea ocean gulf bay strait island islands peninsula mountains
  mountain mount valley desert canal airport harbour harbor port oblast region province county district prefecture governorate
  krai raion territory territories heights hill hills park stadium cathedral mosque plaza coast highlands forest dam station
  camp crossing border checkpoint village town city platz straße strasse piazza via palazzo praça rua jalan pulau sungai gunung
  teluk kota provinsi kabupaten oblast' plain plains basin delta falls reef corridor parkway freeway highway motorway hall`.split(/\s+/).filter(Boolean),
);

/** Words that, before a capitalised name, make it a place: "Mount Everest", "Lake Geneva", "Gulf of Aden". */
export const PLACE_PREFIXES = new Set([
  'mount', 'lake', 'gulf', 'sea', 'bay', 'strait', 'cape', 'isle', 'port', 'fort', 'saint', 'st', 'san', 'santa', 'são', 'sankt',
  'east', 'west', 'north', 'south', 'upper', 'lower',
  'lago', 'monte', 'isola', 'piazza', 'palazzo', 'ilha', 'praça', 'rua', 'avenida', 'calle', 'plaza', 'río', 'rio', 'sierra', 'lac', 'mont', 'île', 'place',
  'pulau', 'gunung', 'kota', 'sungai', 'kampung', 'desa', 'jalan', 'danau', 'selat', 'kabupaten', 'provinsi', 'kecamatan', 'kelurahan', 'bendung', 'teluk',
]);

/**
 * Lower-case nouns that, right before a name (or before "of"/"di"/"de" and a name), make it a
 * place: "the river Savio", "il fiume Savio", "the city of Cesena", "le province di Ravenna".
 */
export const PLACE_NOUNS = new Set(
  `river rivers city cities town towns village villages province provinces region regions county counties state district
  island lake valley capital port municipality suburb neighbourhood neighborhood
  fiume città paese provincia province regione regioni comune lago valle isola capoluogo
  río ciudad pueblo provincia provincias región regiones comunidad valle isla
  rio cidade cidades estado estados município municípios região regiões ilha vale
  rivière fleuve ville villes village région département commune île vallée
  fluss stadt dorf region bundesland landkreis kreis insel tal
  sungai kota desa provinsi kabupaten kecamatan kampung pulau
  місто міста село області область район річка`.split(/\s+/).filter(Boolean),
);
