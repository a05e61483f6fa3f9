import type { Claim, Discrepancy } from '../model';
import { describeIso } from '../lexicon/calendar';
import type { EventMentionDetail, MentionFigure, MentionQuote } from './mentions';
import { clipText } from '../text/clip';

/*
 * Where the sources of one event disagree: its date, a figure of the same unit, its place, who
 * said a quotation and how it was worded. Everything is compared after resolution, so "Monday"
 * and "2 June" of the same day agree, and "at least 13" agrees with "13".
 */

/** A mention with the article it was read from. */
export interface SourcedMention {
  key: string;
  mention: EventMentionDetail;
}

const LOWER_BOUND = /^(?:at least|more than|over|well over|just over|upwards of|as many as|mindestens|mehr als|über|au moins|plus de|almeno|più di|oltre|al menos|más de|pelo menos|mais de|sedikitnya|setidaknya|lebih dari|щонайменше|понад|більше ніж|більше|не менее|по меньшей мере|более|свыше)$/iu;
const UPPER_BOUND = /^(?:at most|less than|fewer than|up to|under|just under|as few as|weniger als|bis zu|moins de|jusqu'à|meno di|fino a|menos de|hasta|até|kurang dari|hingga|менше ніж|менее)$/iu;

/** The values a figure allows: "at least 13" is [13, ∞), "about 30" is [27, 33]. */
function interval(figure: MentionFigure): [number, number] {
  const q = figure.qualifier?.trim() ?? '';
  const v = figure.value;
  if (!q) return [v, v];
  if (LOWER_BOUND.test(q)) return [v, Infinity];
  if (UPPER_BOUND.test(q)) return [-Infinity, v];
  return [v * 0.9, v * 1.1];
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

/** Every difference between the sources of one event, each with the claims on every side. */
export function findDiscrepancies(members: readonly SourcedMention[]): Discrepancy[] {
  const files = new Set(members.map((m) => m.key));
  if (files.size < 2) return [];
  return [...dateDiscrepancies(members), ...figureDiscrepancies(members), ...placeDiscrepancies(members), ...quoteDiscrepancies(members)];
}

/** The first mention of each file that `pick` finds something in, reports before background. */
function firstPerFile<T>(members: readonly SourcedMention[], pick: (m: EventMentionDetail) => T | undefined): Array<{ key: string; mention: EventMentionDetail; item: T }> {
  const ordered = [...members].sort((a, b) => Number(a.mention.background) - Number(b.mention.background) || a.mention.start - b.mention.start);
  const seen = new Map<string, { key: string; mention: EventMentionDetail; item: T }>();
  for (const { key, mention } of ordered) {
    if (seen.has(key)) continue;
    const item = pick(mention);
    if (item !== undefined) seen.set(key, { key, mention, item });
  }
  return [...seen.values()].sort((a, b) => a.key.localeCompare(b.key));
}

function dateDiscrepancies(members: readonly SourcedMention[]): Discrepancy[] {
  const dated = firstPerFile(members, (m) => (m.exact && m.date && m.dateSpan ? m.date : undefined));
  const values = new Set(dated.map((d) => d.item));
  if (values.size < 2) return [];
  const claims: Claim[] = dated.map(({ key, mention, item }) => ({ file: key, start: mention.dateSpan!.start, end: mention.dateSpan!.end, text: mention.dateSpan!.text, value: item }));
  return [{ kind: 'date', summary: [...values].sort().map(describeIso).join(' vs '), claims }];
}

function figureDiscrepancies(members: readonly SourcedMention[]): Discrepancy[] {
  const units = new Set(members.flatMap((m) => m.mention.figures.map((f) => f.unitKey)));
  const found: Discrepancy[] = [];
  for (const unit of [...units].sort()) {
    const claims = firstPerFile(members, (m) => m.figures.find((f) => f.unitKey === unit));
    if (claims.length < 2) continue;
    const disagree = claims.some((a, i) => claims.slice(i + 1).some((b) => !overlaps(interval(a.item), interval(b.item))));
    if (!disagree) continue;
    const written = [...new Set(claims.map((c) => `${c.item.qualifier ? `${c.item.qualifier} ` : ''}${c.item.value.toLocaleString('en-US')}`))];
    found.push({
      kind: 'figure',
      summary: `${written.join(' vs ')} ${unit}`,
      claims: claims.map(({ key, item }) => ({ file: key, start: item.start, end: item.end, text: item.text, value: `${item.qualifier ? `${item.qualifier} ` : ''}${item.value}` })),
    });
  }
  return found;
}

function placeDiscrepancies(members: readonly SourcedMention[]): Discrepancy[] {
  // Only known cities compare: a street or district the gazetteer does not know may lie inside the other place.
  const placed = firstPerFile(members, (m) => (m.placeKey && m.placeSpan && m.placeKind === 'city' ? m.placeKey : undefined));
  const names = new Set(placed.map((p) => p.mention.place));
  if (new Set(placed.map((p) => p.item)).size < 2) return [];
  return [{
    kind: 'place',
    summary: [...names].join(' vs '),
    claims: placed.map(({ key, mention }) => ({ file: key, start: mention.placeSpan!.start, end: mention.placeSpan!.end, text: mention.placeSpan!.text, value: mention.place ?? mention.placeSpan!.text })),
  }];
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
}

/** Share of the shorter quotation's words found in the other: a fragment of a longer quote is the same quotation. */
function sameQuotation(a: Set<string>, b: Set<string>): boolean {
  if (Math.min(a.size, b.size) < 4) return false;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.min(a.size, b.size) >= 0.5;
}

function quoteDiscrepancies(members: readonly SourcedMention[]): Discrepancy[] {
  interface Sourced { key: string; quote: MentionQuote; words: Set<string>; plain: string }
  const all: Sourced[] = [];
  const seen = new Set<string>();
  for (const { key, mention } of members) {
    for (const quote of mention.quotes) {
      const id = `${key}#${quote.start}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const plain = normalise(quote.text);
      all.push({ key, quote, plain, words: new Set(plain.split(' ').filter(Boolean)) });
    }
  }
  // Group quotations that are the same across files, then compare speakers and wording in each group.
  const groups: Sourced[][] = [];
  for (const item of all.sort((a, b) => a.key.localeCompare(b.key) || a.quote.start - b.quote.start)) {
    const group = groups.find((g) => g.some((other) => other.key !== item.key && sameQuotation(other.words, item.words)) && !g.some((other) => other.key === item.key));
    if (group) group.push(item);
    else groups.push([item]);
  }
  const found: Discrepancy[] = [];
  for (const group of groups) {
    if (group.length < 2) continue;
    const speakers = new Map<string, Sourced>();
    for (const item of group) if (item.quote.speakerKey && !speakers.has(item.quote.speakerKey)) speakers.set(item.quote.speakerKey, item);
    const claim = (item: Sourced, value: string): Claim => ({ file: item.key, start: item.quote.start, end: item.quote.end, text: item.quote.text, value });
    if (speakers.size > 1) {
      const attributed = group.filter((item) => item.quote.speaker);
      found.push({ kind: 'speaker', summary: `“${clipText(group[0].quote.text, 60)}” attributed to ${[...new Set(attributed.map((i) => i.quote.speaker))].join(' vs ')}`, claims: attributed.map((i) => claim(i, i.quote.speaker!)) });
    }
    const worded = group.filter((item, i) => group.findIndex((o) => o.plain === item.plain) === i);
    const differs = worded.some((a, i) => worded.slice(i + 1).some((b) => !a.plain.includes(b.plain) && !b.plain.includes(a.plain)));
    if (differs) {
      const who = group.find((i) => i.quote.speaker)?.quote.speaker;
      found.push({ kind: 'quote', summary: `${who ? `${who}'s` : 'The'} quotation worded ${worded.length} ways: “${clipText(worded[0].quote.text, 60)}”`, claims: group.map((i) => claim(i, i.quote.text)) });
    }
  }
  return found;
}

