/**
 * Deterministic synthetic corpora for benchmarks: articles of about 5 KB made from templates, with
 * recurring people, places and events in varied spellings (so cross-references and events are
 * realistic), boilerplate around the body, and relative dates that need the publication date.
 * The same seed always gives the same corpus.
 */

export interface GeneratedArticle {
  file: string;
  text: string;
  /** The event the article reports, for checking clustering. */
  eventId: number;
}

/** mulberry32: a tiny seeded PRNG, so corpora are reproducible without a dependency. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** People with the spelling variants outlets use for them (transliteration, diacritics). */
const PEOPLE: Array<{ variants: string[]; role: string }> = [
  { variants: ['Oleksandr Hrytsenko', 'Aleksandr Gritsenko', 'Oleksandr Hrytsenko'], role: 'Foreign Minister' },
  { variants: ['Dmitry Sokolov', 'Dmitri Sokolov', 'Dmytro Sokolov'], role: 'deputy prime minister' },
  { variants: ['Maria Zhukova', 'Mariya Zhukova', 'Maria Schukowa'], role: 'ministry spokesperson' },
  { variants: ['Andriy Melnyk', 'Andrii Melnyk', 'Andrej Melnyk'], role: 'head of the delegation' },
  { variants: ['Recep Yilmaz', 'Recep Yılmaz'], role: 'Turkish mediator' },
  { variants: ['Helena Bauer', 'Helena Bauer'], role: 'Chancellor' },
  { variants: ['Jonathan Price', 'Jonathan Price'], role: 'Secretary of State' },
  { variants: ['Sergiy Kovalenko', 'Sergei Kovalenko', 'Serhiy Kovalenko'], role: 'Defence Minister' },
  { variants: ['Ines Moreau', 'Inès Moreau'], role: 'EU envoy' },
  { variants: ['Yuri Petrenko', 'Yuriy Petrenko', 'Iurii Petrenko'], role: 'presidential aide' },
  { variants: ['Amira Haddad', 'Amira Hadad'], role: 'UN coordinator' },
  { variants: ['Viktor Lysenko', 'Wiktor Lyssenko', 'Viktor Lysenko'], role: 'army chief' },
];

const PLACES: string[][] = [
  ['Kyiv', 'Kiev'], ['Odesa', 'Odessa'], ['Istanbul'], ['Geneva', 'Genève'], ['Kharkiv', 'Kharkov'],
  ['Ankara'], ['Berlin'], ['Warsaw'], ['Vienna'], ['Lviv', 'Lvov'], ['Doha'], ['Brussels'],
];

const ORGANISATIONS = ['the United Nations', 'NATO', 'the European Union', 'the Red Cross', 'the Defence Ministry', 'the Foreign Ministry'];
const OUTLETS = ['Global Wire', 'Daily Courier', 'Morning Ledger', 'Eastern Post', 'The Dispatch', 'News24 Europe', 'Harbour Times', 'Civic Radio'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const ACTIONS = [
  { noun: 'talks', verb: 'held talks', headline: 'hold talks' },
  { noun: 'phone call', verb: 'spoke by phone', headline: 'speak by phone' },
  { noun: 'prisoner exchange', verb: 'exchanged prisoners', headline: 'swap prisoners' },
  { noun: 'drone attack', verb: 'came under a drone attack', headline: 'hit by drones' },
  { noun: 'agreement', verb: 'signed an agreement', headline: 'sign agreement' },
  { noun: 'summit', verb: 'met at a summit', headline: 'meet at summit' },
];

const FILLER = [
  'Officials on both sides said the process would take time and that more meetings were needed.',
  'Analysts said the outcome would depend on pressure from allies and on the situation on the ground.',
  'The talks were closed to the press, and only brief statements were released afterwards.',
  'Diplomats described the atmosphere as businesslike but tense, with little progress on the main issues.',
  'Earlier rounds had produced limited results, and critics questioned whether a breakthrough was possible.',
  'Humanitarian groups urged both sides to protect civilians and to allow aid convoys to pass.',
  'Markets reacted cautiously to the news, with regional currencies little changed by the afternoon.',
  'The ministry did not respond to a request for comment on the details of the proposal.',
];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

function isoDay(base: Date, offsetDays: number): Date {
  return new Date(base.getTime() + offsetDays * 86_400_000);
}

function longDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

interface PlannedEvent {
  id: number;
  action: (typeof ACTIONS)[number];
  people: number[];
  place: number;
  date: Date;
  figure: number;
}

/** Generates `count` articles reporting about `count / 8` events, each in several outlets' words. */
export function generateCorpus(count: number, seed = 1): GeneratedArticle[] {
  const next = random(seed);
  const eventCount = Math.max(1, Math.round(count / 8));
  const start = Date.UTC(2025, 0, 6);
  const events: PlannedEvent[] = Array.from({ length: eventCount }, (_, id) => ({
    id,
    action: pick(next, ACTIONS),
    people: [Math.floor(next() * PEOPLE.length), Math.floor(next() * PEOPLE.length)],
    place: Math.floor(next() * PLACES.length),
    date: new Date(start + Math.floor(next() * 600) * 86_400_000),
    figure: (1 + Math.floor(next() * 20)) * 50,
  }));
  return Array.from({ length: count }, (_, index) => {
    const event = events[index % eventCount];
    return { file: `article-${String(index).padStart(5, '0')}.txt`, text: writeArticle(next, event, events), eventId: event.id };
  });
}

function writeArticle(next: () => number, event: PlannedEvent, events: readonly PlannedEvent[]): string {
  const person = (i: number) => pick(next, PEOPLE[i].variants);
  const surname = (full: string) => full.split(' ').slice(-1)[0];
  const [first, second] = event.people.map(person);
  const place = pick(next, PLACES[event.place]);
  const daysAfter = Math.floor(next() * 3);
  const published = isoDay(event.date, daysAfter);
  const when = daysAfter === 0 ? `on ${WEEKDAYS[event.date.getUTCDay()]}` : daysAfter === 1 ? 'yesterday' : `on ${event.date.getUTCDate()} ${MONTHS[event.date.getUTCMonth()]}`;
  // Outlets disagree on figures now and then, as real ones do.
  const figure = next() < 0.2 ? event.figure + 50 : event.figure;
  const outlet = pick(next, OUTLETS);
  const lines: string[] = [
    'Home | World | Politics | Business | Sport | Opinion',
    `${place}: ${surname(first)} and ${surname(second)} ${event.action.headline}`,
    `Published On ${longDate(published)}`,
    '',
    `${PEOPLE[event.people[0]].role[0].toUpperCase()}${PEOPLE[event.people[0]].role.slice(1)} ${first} and ${PEOPLE[event.people[1]].role} ${second} ${event.action.verb} in ${place} ${when}, officials said.`,
    `“We have made progress, but there is a long way to go,” ${surname(first)} told reporters after the ${event.action.noun}.`,
    `The ${event.action.noun} involved ${figure.toLocaleString('en-US')} people, according to ${pick(next, ORGANISATIONS)}.`,
    `${second} said the talks in ${place} were “difficult but necessary” and that another meeting could follow next week.`,
  ];
  let body = lines.join('\n\n');
  while (body.length < 4300) {
    const other = pick(next, events);
    const sentence = next() < 0.3
      ? `The ${other.action.noun} in ${PLACES[other.place][0]} on ${longDate(other.date)} was mentioned by ${person(other.people[0])} as a precedent.`
      : pick(next, FILLER);
    body += `\n\n${sentence}`;
  }
  return `${body}\n\nSource: ${outlet}\n\nRelated articles\nMarkets steady as talks resume · 2 hours ago\nWeather warning for the coast · 5 hours ago\nSubscribe to our newsletter\n`;
}
