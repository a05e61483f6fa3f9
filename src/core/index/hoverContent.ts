import { describeIso, parseIsoDay, weekdayName, weekdayOfIso } from '../lexicon/calendar';
import type { DateMention, EntityMention, Quote } from '../model';
import { quoteVariants } from './quoteVariants';
import type { WorkspaceIndex } from './workspaceIndex';
import { clipText } from '../text/clip';

/** Makes a Markdown link target that opens article `key` with `start..end` selected. */
export type LinkMaker = (key: string, start: number, end: number) => string;

export interface HoverOptions {
  /** Turns an article key into the name shown (the file name). */
  displayName: (key: string) => string;
  link: LinkMaker;
  /** How many articles and quotes to list before "and N more". */
  limit?: number;
}

/** Article text is shown as text: every Markdown control character is escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\s+/g, ' ');
}


/** The first `limit` items in `compare` order, without sorting thousands of articles for five lines. */
function topBy<T>(items: Iterable<T>, limit: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  for (const item of items) {
    if (top.length === limit && compare(item, top[limit - 1]) >= 0) continue;
    let at = top.length;
    while (at > 0 && compare(item, top[at - 1]) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}

/**
 * The `limit` articles mentioning an entity most (then by key), read with `forEach` and compared
 * before anything is allocated: a much-written-about entity is in thousands of articles.
 */
function mostMentioning(articles: ReadonlyMap<string, { count: number; first: EntityMention }>, limit: number): Array<{ key: string; count: number; first: EntityMention }> {
  const top: Array<{ key: string; count: number; first: EntityMention }> = [];
  const before = (count: number, key: string, other: { key: string; count: number }) => count > other.count || (count === other.count && key < other.key);
  articles.forEach(({ count, first }, key) => {
    if (top.length === limit && !before(count, key, top[limit - 1])) return;
    let at = top.length;
    while (at > 0 && before(count, key, top[at - 1])) at--;
    top.splice(at, 0, { key, count, first });
    if (top.length > limit) top.pop();
  });
  return top;
}

function moreLine(total: number, shown: number): string[] {
  return total > shown ? [`and ${total - shown} more`] : [];
}

/**
 * Who an entity is: canonical name and type, the roles the articles give it, the other spellings,
 * the articles that mention it (with links to the first mention in each) and its quotes.
 */
export function entityHover(index: WorkspaceIndex, entityId: string, options: HoverOptions): string | undefined {
  const entity = index.entity(entityId);
  if (!entity) return undefined;
  const limit = options.limit ?? 5;
  const lines = [`**${escapeMarkdown(entity.name)}** · ${entity.type}`];
  if (entity.roles.length) lines.push(escapeMarkdown(entity.roles.slice(0, 3).join('; ')));
  const otherSpellings = entity.aliases.filter((a) => a !== entity.name);
  if (otherSpellings.length) lines.push(`Also written: ${otherSpellings.map(escapeMarkdown).join(', ')}`);

  const articles = index.articlesMentioning(entityId);
  lines.push(`Mentioned in ${articles.size} article${articles.size === 1 ? '' : 's'}:`);
  for (const { key, first, count } of mostMentioning(articles, limit)) {
    lines.push(`- [${escapeMarkdown(options.displayName(key))}](${options.link(key, first.start, first.end)}) (${count}×)`);
  }
  lines.push(...moreLine(articles.size, limit));

  const quotes = index.quotesBy(entityId).filter(({ quote }) => !quote.scare);
  if (quotes.length) {
    lines.push(`Quoted ${quotes.length} time${quotes.length === 1 ? '' : 's'}:`);
    for (const { key, quote } of topBy(quotes, limit, (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.quote.start - b.quote.start))) {
      lines.push(`- “${escapeMarkdown(clipText(quote.text, 140))}” [${escapeMarkdown(options.displayName(key))}](${options.link(key, quote.start, quote.end)})`);
    }
    lines.push(...moreLine(quotes.length, limit));
  }
  return lines.join('\n\n');
}

/** What a date resolves to, its weekday, and how it was resolved. */
export function dateHover(date: DateMention): string {
  const lines = [`**${escapeMarkdown(date.text)}** → ${date.value ? `**${readableDate(date.value)}**` : '*not resolved*'}`];
  if (date.value) lines.push(`\`${date.value}\` · ${date.grain}${date.relative ? ' · relative' : ''}`);
  if (date.explanation) lines.push(escapeMarkdown(date.explanation));
  return lines.join('\n\n');
}

/** `2025-06-02` → "Monday 2 June 2025"; months as "May 2025"; ranges as "… to …". */
export function readableDate(value: string): string {
  const range = value.split('/');
  if (range.length === 2) return `${readableDate(range[0])} to ${readableDate(range[1])}`;
  return parseIsoDay(value) ? `${weekdayName(weekdayOfIso(value))} ${describeIso(value)}` : describeIso(value);
}

/** Who said a quote, and how other articles worded the same quotation. */
export function quoteHover(index: WorkspaceIndex, key: string, quote: Quote, options: HoverOptions): string {
  const limit = options.limit ?? 5;
  const speakerId = quote.speaker ? index.entityIdFor(key, quote.speaker) : undefined;
  const speaker = (speakerId && index.entity(speakerId)?.name) ?? quote.speaker;
  const kind = quote.scare ? 'Scare quote' : quote.partial ? 'Partial quote' : 'Quote';
  const lines = [speaker ? `${kind} · said by **${escapeMarkdown(speaker)}**` : `${kind} · speaker not identified`];
  const variants = quoteVariants(index, key, quote);
  if (variants.length) {
    lines.push(`Also quoted in ${variants.length} other article${variants.length === 1 ? '' : 's'}:`);
    for (const v of variants.slice(0, limit)) {
      const where = `[${escapeMarkdown(options.displayName(v.key))}](${options.link(v.key, v.quote.start, v.quote.end)})`;
      lines.push(v.wordingDiffers ? `- ${where}, worded differently: “${escapeMarkdown(clipText(v.quote.text, 140))}”` : `- ${where}, same wording`);
    }
    lines.push(...moreLine(variants.length, limit));
  }
  return lines.join('\n\n');
}
