import type { RegionKind } from '../../src/core/model';

/**
 * The gold annotation format of `test/fixtures/gold/**\/*.gold.json`, as set by seeds.gold.json.
 * Offsets are UTF-16 code units into the article text (UTF-8 decoded, BOM removed), `end` exclusive.
 * Read the file's `conventions` for what a span covers.
 */
export type GoldEntityType = 'PERSON' | 'ORG' | 'PLACE' | 'OTHER';

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

export interface GoldEntity extends GoldSpan {
  /** PERSON, ORG and PLACE are scored; OTHER (demonyms, platforms, products) is do-not-care. */
  type: GoldEntityType;
  /** The one name of the real entity this mention refers to ("Lavrov" → "Sergey Lavrov"). */
  canonical: string;
}

/**
 * `grain` is one of day, datetime, month, year, range, week, season, duration, vague.
 * Durations and vague adverbs are `optional` (do-not-care); `resolved` is the ISO value or null.
 */
export interface GoldDate extends GoldSpan {
  resolved: string | null;
  grain: string;
  optional: boolean;
  note?: string;
  /** The date a relative expression counts from when it is not the publication date. */
  referenceDate?: string;
  time?: string;
}

export interface GoldQuote extends GoldSpan {
  /** The speaker's canonical name; null for scare quotes and other do-not-care quotes. */
  speaker: string | null;
  kind: 'direct' | 'partial' | 'scare';
  optional: boolean;
}

export interface GoldRegion {
  start: number;
  end: number;
  kind: RegionKind;
  preview: string;
}

export interface GoldArticle {
  /** The article's file name; its text sits next to the gold file or in the repository's samples/. */
  file: string;
  source: string | null;
  publicationDate: string | null;
  publicationDateNote?: string;
  /** ISO 639-1; absent in seeds.gold.json (all English), present in the written corpus. */
  language?: string;
  /** UTF-16 length of the text, to catch gold that no longer fits its article. */
  length: number;
  regions: GoldRegion[];
  boilerplateChars: number;
  entities: GoldEntity[];
  dates: GoldDate[];
  quotes: GoldQuote[];
}

export interface GoldFile {
  description: string;
  conventions: Record<string, string>;
  files: GoldArticle[];
}
