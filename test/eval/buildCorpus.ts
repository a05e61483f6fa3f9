import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RegionKind } from '../../src/core/model';
import type { GoldArticle, GoldDate, GoldEntity, GoldEntityType, GoldFile, GoldQuote, GoldRegion, GoldSpan } from './gold';

/*
 * Builds the written gold corpus: each `test/fixtures/gold/corpus/src/<name>.md` is an article with
 * inline marks, converted to the plain article `corpus/<name>.txt` and its gold `corpus/<name>.gold.json`
 * (the schema of seeds.gold.json). Offsets are computed here, never counted by hand.
 *
 *   node out/test/eval/buildCorpus.js           regenerate the corpus
 *   node out/test/eval/buildCorpus.js --check   exit 1 when a generated file is out of date
 *
 * Source format: a front matter block, then the article with marks.
 *
 *   ---
 *   source: Reuters                      (or "none")
 *   publicationDate: 2025-03-03          (or "none")
 *   publicationDateNote: dateline "KYIV, March 3 (Reuters)"
 *   language: en
 *   style: wire story with a Reuters dateline
 *   ---
 *   <<headline>>…<</headline>>  <<meta>>…<</meta>>  <<byline>>…<</byline>>  <<body>>…<</body>>
 *   <<boilerplate>>…<</boilerplate>>        line-level regions; together they cover all the text
 *   [[surface|person|Canonical Name]]       entity: person, org, place or other; canonical defaults to surface
 *   {{surface|2025-06-02|day}}              date: resolved value ("-" for none) and grain, then optional
 *   {{surface|-|duration|optional}}           flags: "optional", "ref=YYYY-MM-DD", "note=…"; \| is a literal |
 *   <<q speaker="Olaf Scholz">>…<</q>>      quote (the text inside the marks); kind="partial" or
 *                                           kind="scare" (scare quotes are optional and have no speaker);
 *                                           speaker="none" when the text names nobody ("a diplomat said")
 */

const entityTypes: Record<string, GoldEntityType> = { person: 'PERSON', org: 'ORG', place: 'PLACE', other: 'OTHER' };
const regionKinds: readonly RegionKind[] = ['headline', 'meta', 'byline', 'body', 'boilerplate'];
const grainValue: Record<string, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  datetime: /^\d{4}-\d{2}-\d{2}$/,
  time: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  range: /^\d{4}(-\d{2}(-\d{2})?)?\/\d{4}(-\d{2}(-\d{2})?)?$/,
  week: /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/,
  season: /^\d{4}-(SP|SU|AU|WI)$/,
  duration: /^/,
  vague: /^/,
};
const openingMarks = '"“„‟‘‚\'«‹»「';
const closingMarks = '"”“’‘\'»›«」';

/** Conventions of the written corpus: those of seeds.gold.json, spelled out for other languages. */
export const corpusConventions: Record<string, string> = {
  entities:
    'PERSON/ORG/PLACE are scored; OTHER (nationality adjectives and demonyms in any language and case, platforms, products, events, laws) is a do-not-care class. Titles (President, Bürgermeister, ministro) are excluded from PERSON spans; possessive ’s is excluded. Bylines name people, so their names are PERSON.',
  dates:
    'Span excludes the word that governs the date in any language (on/in/at, am/im, le before a day, il/nel, no/na/nesta, pada, у/в) and keeps the words that make the expression ("the past week", "la semaine prochaine", "two days earlier"). grain=day items are used for resolution accuracy; relative expressions resolve against the publication date unless referenceDate says otherwise. optional=true items (durations, vague adverbs) are do-not-care.',
  quotes:
    'Span is the inner text between the quotation marks (marks and the spaces French puts inside guillemets excluded, inner trailing comma/period included). A quotation that runs over several paragraphs is one quote, from its first opening mark to its last closing mark. Scare quotes are optional. speaker = canonical name, or null when the text names nobody (such quotes do not count for speaker accuracy).',
  boilerplate: 'Predictions wholly inside boilerplate regions are not scored (but counted). Nothing inside boilerplate is annotated.',
  language: 'language is the ISO 639-1 code of the article text.',
};

/** The article text and its gold, converted from one annotated source. */
export interface ConvertedArticle {
  text: string;
  gold: GoldArticle;
  style: string;
}

interface OpenTag {
  name: string;
  attributes: Record<string, string>;
  start: number;
}

/**
 * Converts one annotated source into its article text and gold. Throws an Error listing every
 * problem found (unknown marks, unbalanced tags, uncovered text, a weekday or month that disagrees
 * with the resolved date, a quote not between quotation marks, …).
 */
export function convertMarkup(markup: string, file: string): ConvertedArticle {
  const problems: string[] = [];
  const { header, body } = splitFrontMatter(markup, problems);
  let text = '';
  const entities: GoldEntity[] = [];
  const dates: GoldDate[] = [];
  const quotes: GoldQuote[] = [];
  const regions: GoldRegion[] = [];
  const open: OpenTag[] = [];
  const token = /\[\[([^\]]*)\]\]|\{\{([^}]*)\}\}|<<(\/?)([a-z]+)((?:\s+[a-z]+="[^"]*")*)\s*>>/g;
  let last = 0;
  for (const m of body.matchAll(token)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    const where = `${file}: ${JSON.stringify(m[0].slice(0, 60))}`;
    if (m[1] !== undefined) {
      const [surface, type, canonical, ...rest] = fields(m[1]);
      if (!entityTypes[type] || rest.length > 0) problems.push(`${where}: entity needs surface|person/org/place/other|canonical`);
      entities.push({ start: text.length, end: text.length + surface.length, text: surface, type: entityTypes[type] ?? 'OTHER', canonical: canonical || surface });
      text += surface;
    } else if (m[2] !== undefined) {
      const [surface, resolved, grain, ...flags] = fields(m[2]);
      dates.push(makeDate(surface, text.length, resolved, grain, flags, where, problems));
      text += surface;
    } else if (m[3] === '') {
      open.push({ name: m[4], attributes: parseAttributes(m[5]), start: text.length });
    } else {
      const tag = open.pop();
      if (!tag || tag.name !== m[4]) {
        problems.push(`${where}: closes ${m[4]} but ${tag ? `${tag.name} is open` : 'nothing is open'}`);
        continue;
      }
      const span = { start: tag.start, end: text.length };
      if (tag.name === 'q') quotes.push(makeQuote(span, text.slice(span.start, span.end), tag.attributes, where, problems));
      else if ((regionKinds as readonly string[]).includes(tag.name)) regions.push({ ...span, kind: tag.name as RegionKind, preview: text.slice(span.start, span.start + 60) });
      else problems.push(`${where}: unknown tag ${tag.name}`);
    }
  }
  text += body.slice(last);
  for (const tag of open) problems.push(`${file}: ${tag.name} opened at ${tag.start} is never closed`);
  const stray = /\[\[|\]\]|\{\{|\}\}|<<|>>/.exec(text);
  if (stray) problems.push(`${file}: stray mark ${JSON.stringify(text.slice(stray.index - 20, stray.index + 20))}`);

  regions.sort((a, b) => a.start - b.start);
  checkRegions(text, regions, file, problems);
  const bySpan = <T extends { start: number; end: number }>(items: T[]) => items.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const [kind, items] of [['entity', bySpan(entities)], ['date', bySpan(dates)], ['quote', bySpan(quotes)]] as const) {
    checkAnnotations(kind, items, regions, text, file, problems);
  }
  if (header.language === undefined) problems.push(`${file}: front matter needs language`);
  if (problems.length > 0) throw new Error(problems.join('\n'));

  const nullable = (value: string | undefined) => (value === undefined || value === 'none' ? null : value);
  const gold: GoldArticle = {
    file,
    source: nullable(header.source),
    publicationDate: nullable(header.publicationDate),
    ...(header.publicationDateNote ? { publicationDateNote: header.publicationDateNote } : {}),
    language: header.language,
    length: text.length,
    regions,
    boilerplateChars: regions.filter((r) => r.kind === 'boilerplate').reduce((n, r) => n + r.end - r.start, 0),
    entities,
    dates,
    quotes,
  };
  return { text, gold, style: header.style ?? '' };
}

/** The |-separated fields of a mark; `\|` is a literal bar ("4 November 2025 \| 13:45 WIB"). */
function fields(mark: string): string[] {
  return mark.split(/(?<!\\)\|/).map((field) => field.replace(/\\\|/g, '|'));
}

function splitFrontMatter(markup: string, problems: string[]): { header: Record<string, string>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markup.replace(/\r\n/g, '\n'));
  if (!match) {
    problems.push('source must start with a --- front matter block ---');
    return { header: {}, body: markup };
  }
  const header: Record<string, string> = {};
  for (const line of match[1].split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) header[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return { header, body: markup.replace(/\r\n/g, '\n').slice(match[0].length) };
}

function parseAttributes(source: string): Record<string, string> {
  return Object.fromEntries([...source.matchAll(/([a-z]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

function makeDate(surface: string, start: number, resolved: string | undefined, grain: string | undefined, flags: string[], where: string, problems: string[]): GoldDate {
  const value = resolved === undefined || resolved === '-' ? null : resolved;
  if (grain === undefined || !grainValue[grain]) problems.push(`${where}: unknown date grain ${grain}`);
  else if (value !== null && !grainValue[grain].test(value)) problems.push(`${where}: ${value} is not a ${grain} value`);
  const date: GoldDate = { start, end: start + surface.length, text: surface, resolved: value, grain: grain ?? '', optional: grain === 'duration' || grain === 'vague' };
  for (const flag of flags) {
    if (flag === 'optional') date.optional = true;
    else if (flag.startsWith('ref=')) date.referenceDate = flag.slice(4);
    else if (flag.startsWith('note=')) date.note = flag.slice(5);
    else problems.push(`${where}: unknown date flag ${flag}`);
  }
  if (!date.optional && value === null) problems.push(`${where}: a scored date needs a resolved value`);
  if ((grain === 'day' || grain === 'datetime') && value !== null) problems.push(...calendarDisagreements(surface, value).map((p) => `${where}: ${p}`));
  return date;
}

function makeQuote(span: { start: number; end: number }, text: string, attributes: Record<string, string>, where: string, problems: string[]): GoldQuote {
  const kind = (attributes.kind ?? 'direct') as GoldQuote['kind'];
  if (!['direct', 'partial', 'scare'].includes(kind)) problems.push(`${where}: unknown quote kind ${kind}`);
  const optional = kind === 'scare' || attributes.optional === 'true';
  // speaker="none": a real quotation whose speaker the text does not name ("a diplomat said").
  const speaker = attributes.speaker === 'none' ? null : attributes.speaker ?? null;
  if (!optional && attributes.speaker === undefined) problems.push(`${where}: a scored quote needs a speaker (or speaker="none")`);
  if (kind === 'scare' && speaker !== null) problems.push(`${where}: scare quotes have no speaker`);
  return { ...span, text, speaker, kind, optional };
}

/** Regions may not overlap and must cover every non-blank character. */
function checkRegions(text: string, regions: GoldRegion[], file: string, problems: string[]): void {
  let covered = 0;
  for (const region of regions) {
    if (region.start < covered) problems.push(`${file}: region ${region.kind} at ${region.start} overlaps the one before`);
    const gap = text.slice(covered, region.start);
    if (gap.trim() !== '') problems.push(`${file}: text outside any region: ${JSON.stringify(gap.trim().slice(0, 60))}`);
    if (text.slice(region.start, region.end).trim() !== text.slice(region.start, region.end)) problems.push(`${file}: region ${region.kind} at ${region.start} starts or ends with blanks`);
    covered = Math.max(covered, region.end);
  }
  if (text.slice(covered).trim() !== '') problems.push(`${file}: text outside any region at the end: ${JSON.stringify(text.slice(covered).trim().slice(0, 60))}`);
}

/**
 * Annotations of one kind may not overlap one another (quotes may nest), must lie inside one region
 * that is not boilerplate, and must not start or end with blanks; quotes must sit between marks.
 */
function checkAnnotations(kind: string, items: readonly GoldSpan[], regions: GoldRegion[], text: string, file: string, problems: string[]): void {
  items.forEach((item, i) => {
    const where = `${file}: ${kind} ${JSON.stringify(item.text.slice(0, 40))} at ${item.start}`;
    const region = regions.find((r) => r.start <= item.start && item.end <= r.end);
    if (!region) problems.push(`${where} is not inside one region`);
    else if (region.kind === 'boilerplate') problems.push(`${where} is inside boilerplate, which is never annotated`);
    if (item.text === '' || item.text.trim() !== item.text) problems.push(`${where} is empty or starts or ends with blanks`);
    const next = items[i + 1];
    if (kind !== 'quote' && next && next.start < item.end) problems.push(`${where} overlaps the next ${kind}`);
    if (kind === 'quote') {
      const before = text.slice(0, item.start).trimEnd().slice(-1);
      const after = text.slice(item.end).trimStart().slice(0, 1);
      if (!openingMarks.includes(before) || !closingMarks.includes(after)) problems.push(`${where} is not between quotation marks (${JSON.stringify(before)}…${JSON.stringify(after)})`);
    }
  });
}

const weekdays: readonly (readonly string[])[] = [
  // Sunday first, as Date.getUTCDay() counts.
  ['sunday', 'sonntag', 'dimanche', 'domenica', 'domingo', 'minggu', 'неділ'],
  ['monday', 'montag', 'lundi', 'lunedì', 'segunda-feira', 'lunes', 'senin', 'понеділ'],
  ['tuesday', 'dienstag', 'mardi', 'martedì', 'terça-feira', 'martes', 'selasa', 'вівтор'],
  ['wednesday', 'mittwoch', 'mercredi', 'mercoledì', 'quarta-feira', 'miércoles', 'rabu', 'серед'],
  ['thursday', 'donnerstag', 'jeudi', 'giovedì', 'quinta-feira', 'jueves', 'kamis', 'четвер'],
  ['friday', 'freitag', 'vendredi', 'venerdì', 'sexta-feira', 'viernes', 'jumat', "п'ятниц", 'пʼятниц', 'п’ятниц'],
  ['saturday', 'samstag', 'samedi', 'sabato', 'sábado', 'sabtu', 'субот'],
];
const months: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'janvier', 'gennaio', 'janeiro', 'enero', 'januari', 'січ'],
  ['february', 'feb', 'februar', 'février', 'febbraio', 'fevereiro', 'febrero', 'februari', 'лют'],
  ['march', 'mar', 'märz', 'mars', 'marzo', 'março', 'maret', 'берез'],
  ['april', 'apr', 'avril', 'aprile', 'abril', 'квіт'],
  ['may', 'mai', 'maggio', 'maio', 'mayo', 'mei', 'трав'],
  ['june', 'jun', 'juni', 'juin', 'giugno', 'junho', 'junio', 'черв'],
  ['july', 'jul', 'juli', 'juillet', 'luglio', 'julho', 'julio', 'лип'],
  ['august', 'aug', 'août', 'agosto', 'agustus', 'серп'],
  ['september', 'sep', 'sept', 'septembre', 'settembre', 'setembro', 'septiembre', 'верес'],
  ['october', 'oct', 'oktober', 'octobre', 'ottobre', 'outubro', 'octubre', 'жовт'],
  ['november', 'nov', 'novembre', 'novembro', 'noviembre', 'листопад'],
  ['december', 'dec', 'dezember', 'décembre', 'dicembre', 'dezembro', 'diciembre', 'desember', 'груд'],
];

/** A weekday or month named in a date's surface must agree with its resolved day. */
export function calendarDisagreements(surface: string, value: string): string[] {
  const day = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return [`${value} is not a date`];
  const words = surface.toLowerCase().split(/[^\p{L}'ʼ’-]+/u).filter(Boolean);
  const named = (table: readonly (readonly string[])[]) =>
    table.findIndex((names) => words.some((w) => names.some((n) => (n.length <= 4 && /^\p{Script=Latin}+$/u.test(n) ? w === n : w.startsWith(n)))));
  const problems: string[] = [];
  const weekday = named(weekdays);
  if (weekday >= 0 && weekday !== day.getUTCDay()) problems.push(`${value} is not a ${weekdays[weekday][0]}`);
  const month = named(months);
  if (month >= 0 && month !== day.getUTCMonth()) problems.push(`${value} is not in ${months[month][0]}`);
  return problems;
}

/** Serialises a gold file with one annotation per line, so that diffs of the corpus stay readable. */
export function formatGold(gold: GoldFile): string {
  const compact = (key: string, value: unknown): string => {
    if (Array.isArray(value) && ['regions', 'entities', 'dates', 'quotes'].includes(key)) {
      return value.length === 0 ? '[]' : `[\n${value.map((item) => `      ${JSON.stringify(item)}`).join(',\n')}\n    ]`;
    }
    return JSON.stringify(value);
  };
  const article = (a: GoldArticle) =>
    `  {\n${Object.entries(a).map(([key, value]) => `    ${JSON.stringify(key)}: ${compact(key, value)}`).join(',\n')}\n  }`;
  return `{\n "description": ${JSON.stringify(gold.description)},\n "conventions": ${JSON.stringify(gold.conventions, null, 2).replace(/\n/g, '\n ')},\n "files": [\n${gold.files.map(article).join(',\n')}\n ]\n}\n`;
}

/** The generated files of one source: name → content. */
export function generate(name: string, markup: string): Map<string, string> {
  const { text, gold, style } = convertMarkup(markup, `${name}.txt`);
  const description = `Written for Dossier's evaluation (fictional events; ${style || 'no style given'}). Generated by test/eval/buildCorpus.ts from corpus/src/${name}.md: edit the source, not this file. Offsets are UTF-16 code units.`;
  return new Map([
    [`${name}.txt`, text],
    [`${name}.gold.json`, formatGold({ description, conventions: corpusConventions, files: [gold] })],
  ]);
}

/** Generates the whole corpus; returns the files that are (with `check`: would be) rewritten. */
export function buildCorpus(corpusDir: string, check: boolean): string[] {
  const changed: string[] = [];
  const sourceDir = join(corpusDir, 'src');
  for (const source of readdirSync(sourceDir).filter((f) => f.endsWith('.md')).sort()) {
    const outputs = generate(source.slice(0, -3), readFileSync(join(sourceDir, source), 'utf8'));
    for (const [name, content] of outputs) {
      const path = join(corpusDir, name);
      if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
      changed.push(path);
      if (!check) writeFileSync(path, content);
    }
  }
  return changed;
}

/** Where the corpus lives; npm scripts and mocha run from the repository root. */
export const corpusDirectory = resolve('test', 'fixtures', 'gold', 'corpus');

if (require.main === module) {
  const check = process.argv.includes('--check');
  try {
    const changed = buildCorpus(corpusDirectory, check);
    for (const path of changed) console.log(`${check ? 'out of date' : 'wrote'} ${path}`);
    if (changed.length === 0) console.log('corpus up to date');
    process.exitCode = check && changed.length > 0 ? 1 : 0;
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
