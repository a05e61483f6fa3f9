import { foldText } from '../text/fold';

/**
 * Organisations: the head words that make a capitalised phrase an organisation ("Ministry",
 * "Council", "Ministerium", "Kementerian", "Міністерство"), well-known acronyms, and well-known
 * organisations whose names carry no such word (Reuters, Hezbollah, the Kremlin). General
 * knowledge only.
 */

const HEADS = `
ministry ministries department council agency agencies party army forces force bank committee commission court parliament
assembly congress senate union organisation organization association federation foundation institute institution university
college school academy office service services bureau authority authorities administration corporation company corp inc ltd
llc plc gmbh ag sa spa group holdings airlines airways news times post journal tribune herald gazette telegraph press media
radio television tv network broadcasting channel guard police navy brigade battalion regiment division corps front movement
alliance coalition league club church fund programme program initiative centre center watch international cabinet government
directorate secretariat tribunal inspectorate commissariat chamber duma rada knesset bundestag bundesrat reichstag politburo
cartel gang militia command headquarters staff society trust board exchange reserve observatory monitor institute
hospital clinic laboratory labs motors energy oil gas petroleum pharmaceuticals technologies systems industries enterprises
partners capital investments consulting
panel observatory federation confederation syndicate
ministerium bundesministerium gewerkschaft verband konzern amt behörde regierung bundesregierung partei gericht bundesgericht universität hochschule
stiftung verband kommission agentur bank zeitung rundfunk
ministero ministro governo partito agenzia commissione consiglio tribunale università banca fondazione camera
ministério governo partido agência comissão conselho tribunal universidade banco fundação câmara observatório instituto
associação federação confederação sindicato secretaria prefeitura polícia exército empresa companhia grupo
istituto associazione federazione sindacato prefettura questura procura polizia esercito società gruppo compagnia protezione
asociación federación confederación policía ejército empresa grupo compañía protección
institut association fédération confédération syndicat préfecture police armée société groupe compagnie conseil commission
ministerio gobierno agencia comisión consejo universidad
kementerian pemerintah partai badan dewan komisi lembaga mahkamah universitas bank kepolisian polisi tentara angkatan
міністерство міністерства міністерству уряд партія агентство служба рада суд університет банк комітет комісія
збройні сили штаб офіс управління министерство правительство партия агентство служба
`;

/** Acronyms of well-known organisations, matched as written (and Title-cased: "Nato", "Tass"). */
const ACRONYMS = `
NATO EU UN IAEA WHO IMF OSCE OPEC ASEAN AU ICC ICJ UNESCO UNICEF UNHCR UNRWA UNSC UNGA UNDP WTO WFP ECB ECHR ECOWAS OECD
BRICS SCO CSTO G7 G20 FBI CIA NSA DHS DOJ DOD FEMA NASA SEC FCC FDA CDC EPA IRS ICE KGB FSB SVR GRU SBU GUR NABU SAP MI5 MI6
GCHQ BND IDF IRGC PLO PA PKK YPG SDF HTS ISIS ISIL AQAP BBC CNN AP AFP TASS RIA DPA ANSA EFE NHK CCTV DW ZDF ARD RAI NPR
PBS ABC CBS NBC MSNBC CNBC NYT WSJ FT AFP Xinhua KCNA IRNA ISNA UPI TRT BMW VW EDF BP GM IBM HSBC UBS ICRC MSF NGO UNIFIL
UNFICYP AIPAC ANC SPD CDU CSU AfD FDP BSW SNP DUP SDLP LDP PiS KMT DPP BJP INC PTI PDI-P PDIP PKS PKB PAN TNI POLRI KPK DPR
MPR BIN OPM PT PSDB PSOL MDB PL PSD PCI PD M5S FDI UKIP EPP ECR S&D
`;

/**
 * Acronyms and the names they stand for, as news writes them: the first form is the one shown
 * ("EU European Union" shows "European Union"; "*NATO North Atlantic Treaty Organization" shows
 * "NATO").
 */
const EXPANSIONS = `
EU European Union|UN United Nations|AP Associated Press|AFP Agence France-Presse|WHO World Health Organization
IAEA International Atomic Energy Agency|IMF International Monetary Fund|ICC International Criminal Court
ICJ International Court of Justice|ECB European Central Bank|WTO World Trade Organization|WFP World Food Programme
UNHCR UN Refugee Agency|FAA Federal Aviation Administration|FBI Federal Bureau of Investigation|CIA Central Intelligence Agency
IDF Israel Defense Forces|IRGC Islamic Revolutionary Guard Corps|FSB Federal Security Service|SBU Security Service of Ukraine
*NATO North Atlantic Treaty Organization|*OSCE Organization for Security and Co-operation in Europe|*OPEC Organization of the Petroleum Exporting Countries
*ASEAN Association of Southeast Asian Nations|*UNESCO United Nations Educational, Scientific and Cultural Organization|*UNICEF United Nations Children's Fund
*BBC British Broadcasting Corporation|*NASA National Aeronautics and Space Administration|*IPCC Intergovernmental Panel on Climate Change
UE European Union|ЄС European Union|ЕС European Union|ONU United Nations|PBB United Nations|ООН United Nations|UNO United Nations
OTAN NATO|НАТО NATO|МАГАТЕ International Atomic Energy Agency|МАГАТЭ International Atomic Energy Agency
`;

/** Well-known organisations without a head word in their names. */
const KNOWN = `
Kremlin|Pentagon|White House|Downing Street|Elysee|Élysée|Quai d'Orsay|Reuters|Bloomberg|Associated Press|Agence France-Presse
Al Jazeera|Al Arabiya|Interfax|Ukrinform|Ukrainska Pravda|Kyiv Independent|Meduza|Novaya Gazeta|Kommersant|Izvestia|Vedomosti
Hamas|Hezbollah|Hizbollah|Taliban|Houthis|Houthi|Al-Qaeda|Al Qaeda|Islamic State|Gazprom|Rosneft|Lukoil|Rosatom
Naftogaz|Ukrenergo|Energoatom|Europol|Interpol|Frontex|Eurostat|Amnesty International|Human Rights Watch|Red Cross|Red Crescent
Greenpeace|Google|Apple|Microsoft|Amazon|Meta|Facebook|Tesla|SpaceX|Starlink|Boeing|Airbus|Lockheed Martin|Raytheon|Rheinmetall
Siemens|Volkswagen|Toyota|Samsung|Huawei|Alibaba|Tencent|OpenAI|Nvidia|Intel|Netflix|Disney|Goldman Sachs|JPMorgan|BlackRock
House of Commons|House of Lords|House of Representatives|United Nations|European Union|Verkhovna Rada|Rada|State Duma|Duma|Knesset|Bundestag|Bundeswehr|Bundesrat|Congress|Senate|Politburo
Scotland Yard|Kremlin|Mossad|Shin Bet|Stasi|Hamas|Fatah|Kyiv Post|Guardian|Der Spiegel|Spiegel|Bild|Le Monde
Le Figaro|El País|Corriere della Sera|La Repubblica|Folha|Kompas|Ukrinform|Suspilne|RBC-Ukraine|Hromadske
Morgan Stanley|Citigroup|Barclays|Deutsche Bank|Deutsche Bahn|BNP Paribas|Credit Suisse|Wells Fargo|Bank of America|ExxonMobil|Shell|Chevron
New York Times|Washington Post|Wall Street Journal|Financial Times|Politico|Axios|Newsweek|Fed|Fox News|Sky News|Euronews
`;

const headSet = new Set(HEADS.split(/\s+/).filter(Boolean).map(foldText));
/** German compounds end in their head: "Lokführergewerkschaft", "Fahrgastverband", "Bundesgesundheitsministerium". */
const GERMAN_COMPOUND_HEAD = /^.{3,}(?:gewerkschaft|verband|ministerium|partei|behörde|konzern|agentur|kommission|stiftung|institut|universität|gericht|bank|amt)$/;
const acronymSet = new Set(ACRONYMS.split(/\s+/).filter(Boolean));
const titleCasedAcronyms = new Map<string, string>();
for (const acronym of acronymSet) {
  // "Nato", "Tass", "Unesco": newspapers Title-case acronyms they pronounce as words. Two- and
  // three-letter ones ("Who", "Sec", "Ice") are English words when Title-cased, so never.
  if (acronym.length >= 4 && /^[A-Z]+$/.test(acronym)) titleCasedAcronyms.set(acronym[0] + acronym.slice(1).toLowerCase(), acronym);
}
const knownByFoldedName = new Map<string, string>();
const multiwordStarts = new Set<string>();
/** Acronym → the name shown for it. */
const expansionOf = new Map<string, string>();
for (const name of KNOWN.split(/[|\n]/)) {
  if (!name) continue;
  knownByFoldedName.set(foldText(name), name);
  const words = name.split(/[\s-]+/);
  if (words.length > 1) multiwordStarts.add(foldText(words[0]));
}

for (const line of EXPANSIONS.split(/[|\n]/)) {
  const match = /^(\*?)(\S+) (.+)$/.exec(line.trim());
  if (!match) continue;
  const [, acronymFirst, acronym, full] = match;
  const shown = acronymFirst ? acronym : full;
  knownByFoldedName.set(foldText(full), shown);
  expansionOf.set(acronym, shown);
  acronymSet.add(acronym);
  const words = full.split(/[\s-]+/);
  multiwordStarts.add(foldText(words[0]));
}

/** True when `word` begins a well-known organisation's name of several words ("Al" Jazeera). */
export function startsMultiwordOrganization(word: string): boolean {
  return multiwordStarts.has(foldText(word));
}

/** True when `word` makes a capitalised phrase an organisation ("Ministry", "Bank", "Партія"). */
export function isOrganizationHead(word: string): boolean {
  return headSet.has(foldText(word)) || GERMAN_COMPOUND_HEAD.test(word.toLowerCase());
}

/**
 * The well-known organisation `name` names, in its usual spelling ("Tass" → "TASS",
 * "the kremlin" is not matched: callers pass the name without articles), or undefined.
 */
export function lookupOrganization(name: string): string | undefined {
  if (acronymSet.has(name)) return expansionOf.get(name) ?? name;
  const titleCased = titleCasedAcronyms.get(name);
  if (titleCased) return expansionOf.get(titleCased) ?? titleCased;
  return knownByFoldedName.get(foldText(name));
}

/** True for the acronyms above, exactly as written. */
export function isKnownAcronym(word: string): boolean {
  return acronymSet.has(word);
}
