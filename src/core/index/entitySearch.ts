import type { CanonicalEntity } from '../model';
import { foldText, nameKey } from '../text/fold';

/** An entity found by name, with the spelling of it that matched (what a symbol list should show). */
export interface NameMatch {
  entity: CanonicalEntity;
  alias: string;
}

interface WordEntry {
  key: string;
  entity: number;
  alias: number;
}

const wordsOf = (name: string) => name.split(/[\s\-‐–—'’.]+/u).filter(Boolean);
/** A word's keys: as written (case and accents aside) and romanisation-independent. */
const keysOf = (word: string) => [foldText(word), nameKey(word)];

/**
 * Entities by any word of any of their names, typed in part or in another spelling: what a user
 * types into Workspace Symbols. "Sergei" finds Sergey Lavrov, "selensk" Volodymyr Zelenskyy,
 * "lav ser" Sergey Lavrov again. Built once over the entities, then searched by binary search.
 */
export class EntityNameSearch {
  private readonly words: WordEntry[] = [];

  constructor(private readonly entities: readonly CanonicalEntity[]) {
    entities.forEach((entity, e) => {
      entity.aliases.forEach((alias, a) => {
        for (const word of wordsOf(alias)) for (const key of new Set(keysOf(word))) if (key) this.words.push({ key, entity: e, alias: a });
      });
    });
    this.words.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  }

  /**
   * Entities with an alias in which every word of `query` starts a word, most mentioned first,
   * those matching whole words before those matching only beginnings. The alias shown is the one
   * closest to what was typed: "Sergei" shows Sergei Lavrov where the workspace has that spelling.
   */
  search(query: string): NameMatch[] {
    const queryWords = wordsOf(query).map(keysOf);
    if (queryWords.length === 0) return [];
    const found = new Map<number, { alias: number; score: number }>();
    for (const key of new Set(queryWords[0])) {
      for (const { entity, alias } of this.startingWith(key)) {
        const score = this.score(entity, alias, queryWords);
        if (score > (found.get(entity)?.score ?? 0)) found.set(entity, { alias, score });
      }
    }
    const whole = (score: number) => score >= WHOLE;
    return [...found]
      .sort(([a, x], [b, y]) => Number(whole(y.score)) - Number(whole(x.score)) || this.entities[b].mentions - this.entities[a].mentions || a - b)
      .map(([e, { alias }]) => ({ entity: this.entities[e], alias: this.entities[e].aliases[alias] }));
  }

  private *startingWith(prefix: string): Iterable<WordEntry> {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.words[middle].key < prefix) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < this.words.length && this.words[i].key.startsWith(prefix); i++) yield this.words[i];
  }

  /**
   * 0 unless each query word starts a distinct word of the alias. Whole words score WHOLE or more;
   * words matched as written (not only through another romanisation) add to the score.
   */
  private score(entity: number, alias: number, queryWords: readonly string[][]): number {
    const aliasWords = wordsOf(this.entities[entity].aliases[alias]).map(keysOf);
    const used = new Set<number>();
    let whole = true;
    let literal = 0;
    for (const [written, romanised] of queryWords) {
      const at = aliasWords.findIndex(([w, r], i) => !used.has(i) && (w.startsWith(written) || r.startsWith(romanised)));
      if (at < 0) return 0;
      used.add(at);
      const [w, r] = aliasWords[at];
      if (w !== written && r !== romanised) whole = false;
      if (w.startsWith(written)) literal++;
    }
    return (whole ? WHOLE : 1) + literal;
  }
}

/** Above any count of literally matched words. */
const WHOLE = 1000;
