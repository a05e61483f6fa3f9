/**
 * The data Dossier's engine produces. Plain data only: every offset is a UTF-16 code-unit offset
 * into the article text as VS Code shows it (UTF-8 decoded, BOM removed), `end` exclusive.
 */

/** A half-open range of UTF-16 code units, `start <= end`. */
export interface Span {
  start: number;
  end: number;
}

/** What a stretch of the file is. Only `body` is analysed for entities, quotes and events. */
export type RegionKind = 'headline' | 'meta' | 'byline' | 'body' | 'boilerplate';

export interface Region extends Span {
  kind: RegionKind;
}

/** A sentence of the body. Paragraph indices let quotes span paragraphs and events rank by position. */
export interface Sentence extends Span {
  paragraph: number;
}

/**
 * An article's structure: where its headline, metadata, body and boilerplate are.
 * Produced by `parseArticle` (src/core/article/parse.ts) from the text alone.
 */
export interface ParsedArticle {
  text: string;
  title: (Span & { text: string }) | null;
  /** The outlet, e.g. "Al Jazeera", when the text names it. */
  source: string | null;
  /** ISO `YYYY-MM-DD`, or null when the text does not say. */
  publicationDate: string | null;
  /** Where the publication date was read from, for hovers ("Published On 28 May 2025"). */
  publicationDateSpan: Span | null;
  byline: (Span & { text: string }) | null;
  /** ISO 639-1 code guessed from the text ("en", "de", "it", "pt", "id", "uk", …). */
  language: string;
  /** Every line-level region in text order (headline, meta, byline, body, boilerplate). */
  regions: Region[];
  /** Body paragraphs in text order. */
  paragraphs: Span[];
  /** Body sentences in text order. */
  sentences: Sentence[];
}

export type EntityType = 'person' | 'organization' | 'place';

/** A name as it occurs in one article, before linking across articles. */
export interface EntityMention extends Span {
  /** The surface text exactly as in the article ("Lavrov"). */
  text: string;
  type: EntityType;
  /**
   * The fullest form of this name within the article: a bare surname points back to the full
   * name mentioned earlier ("Lavrov" → "Sergey Lavrov").
   */
  name: string;
  /** The role or title the text gives at this mention ("Russian Foreign Minister"). */
  role?: string;
}

/** How precise a resolved date is. */
export type DateGrain = 'day' | 'month' | 'year' | 'range' | 'time';

export interface DateMention extends Span {
  text: string;
  /**
   * ISO value: `2025-06-02` (day), `2025-05` (month), `2025` (year),
   * `2025-05-21/2025-05-28` (range), or null when it cannot be resolved.
   */
  value: string | null;
  grain: DateGrain;
  /** True when resolution needed the publication date ("on Monday", "two days earlier"). */
  relative: boolean;
  /** How the value was reached, for hovers: "Monday after publication 28 May 2025 → 2 June 2025". */
  explanation: string;
  /** Clock time written with a day date ("28 May 2025, 19:20" → "19:20"), 24-hour `HH:MM`. */
  time?: string;
}

export interface Quote extends Span {
  /** The text inside the marks. */
  text: string;
  /** The opening mark as written (`"`, `“`, `‘`, `«`, `„`, `'`). */
  mark: string;
  /** The speaker, as the fullest in-article name (same as `EntityMention.name`), or null. */
  speaker: string | null;
  /** Where the attribution names the speaker (the "Lavrov" of "Lavrov said"), when it does. */
  speakerSpan: Span | null;
  /** A fragment quoted inside a sentence of the reporter's own. */
  partial: boolean;
  /** One or two words in quotes ("playing with fire" is not; "terrorists" is). */
  scare: boolean;
}

/** A count with what it counts, kept with its sentence so sources can be compared. */
export interface Figure extends Span {
  text: string;
  /** The number, normalised ("1,000" → 1000; "€5bn" → 5e9). */
  value: number;
  /** What is counted or the unit ("prisoners of war", "people", "EUR"). */
  unit: string;
  /** Qualifier that changes how the value compares ("at least", "about", "more than"). */
  qualifier?: string;
  sentence: Span;
}

/** Everything the engine finds in one article. */
export interface ArticleAnalysis {
  parsed: ParsedArticle;
  entities: EntityMention[];
  dates: DateMention[];
  quotes: Quote[];
  figures: Figure[];
}

/** One real-world entity across the workspace, after linking aliases and spellings. */
export interface CanonicalEntity {
  /** Stable id derived from the type and canonical name, e.g. `person:sergey-lavrov`. */
  id: string;
  name: string;
  type: EntityType;
  /** Every surface form seen, canonical name first. */
  aliases: string[];
  roles: string[];
  /** How many articles mention it. */
  articles: number;
  /** How many mentions in all. */
  mentions: number;
}

/** A sentence of one article that reports (or refers back to) something that happened. */
export interface EventMention extends Span {
  /** The sentence the mention was read from. */
  sentence: Span;
  /** The kind of happening, language-independent ("talks", "call", "exchange", "attack", …). */
  action: string;
  /** The words that name it in the text ("direct talks", "phone call"). */
  trigger: string;
  /** In-article names (EntityMention.name) of who took part. */
  participants: string[];
  /** In-article name of where it happened, when the sentence says. */
  place: string | null;
  /** Resolved ISO value of when it happened (day, month or range), when the sentence says. */
  date: string | null;
  /** A passing reference ("the first direct contact in more than three years") rather than a report. */
  background: boolean;
}

/** One claim of one source in a discrepancy. */
export interface Claim {
  file: string;
  start: number;
  end: number;
  text: string;
  value: string;
}

/** Where sources disagree about an event. Agreement after resolution ("Monday" = "2 June") is not one. */
export interface Discrepancy {
  kind: 'date' | 'figure' | 'place' | 'quote' | 'speaker';
  /** Readable: "1,000 vs 1,200 prisoners of war". */
  summary: string;
  claims: Claim[];
}

/** One real-world event across the workspace: the mentions of every article that reports it. */
export interface EventCluster {
  id: string;
  label: string;
  action: string;
  date: string | null;
  place: string | null;
  /** Canonical entity ids of participants and place. */
  entities: string[];
  /** Articles (keys) that report or mention it. */
  articles: string[];
  /** Each mention with its sentence as a snippet (the index keeps no article text). */
  mentions: Array<{ file: string; start: number; end: number; background: boolean; snippet: string }>;
  discrepancies: Discrepancy[];
}
