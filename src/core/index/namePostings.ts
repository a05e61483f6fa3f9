import type { EntityMention, EntityType, Quote } from '../model';
import { formKey, overrideKey } from '../link/overrides';

/** Where one name form occurs in one article. */
export interface FormPosting {
  /** Mentions of the form in the article. */
  count: number;
  /** The form's first mention in the article. */
  first: EntityMention;
  /**
   * True when looking the form's name up in this article lands on this form: the article's first
   * mention with that name has this type (`EntityLinker.entityIdFor` takes the first).
   */
  resolves: boolean;
}

/**
 * Which articles mention each name form, and whose quotes each form speaks, maintained one article
 * at a time. A form is what the linker links: a type and a folded full name (`person|sergey lavrov`),
 * and it belongs to exactly one entity at a time. Summaries of an entity (hovers, related articles,
 * quotes by a speaker) then cost the articles that mention it, not the whole workspace, and stay
 * right however the linker regroups forms into entities, because nothing here stores entity ids.
 */
export class NamePostings {
  private readonly forms = new Map<string, Map<string, FormPosting>>();
  private readonly quotes = new Map<string, Map<string, Quote[]>>();
  private readonly ofArticle = new Map<string, { forms: string[]; quoteForms: string[] }>();

  /** The key of a name form: its type and folded name. */
  static formKey(type: EntityType, name: string): string {
    return formKey(type, name);
  }

  /**
   * Adds (or replaces) an article: its mentions as the linker holds them (after the user's
   * overrides) and its quotes, each filed under the form its speaker resolves to in the article.
   */
  add(article: string, mentions: readonly EntityMention[], quotes: readonly Quote[]): void {
    this.remove(article);
    const byName = new Map<string, string>();
    const byText = new Map<string, string>();
    const postings = new Map<string, FormPosting>();
    for (const mention of mentions) {
      const nameKey = overrideKey(mention.name);
      const form = formKey(mention.type, mention.name);
      if (!byName.has(nameKey)) byName.set(nameKey, form);
      const textKey = overrideKey(mention.text);
      if (!byText.has(textKey)) byText.set(textKey, form);
      const posting = postings.get(form);
      if (posting) posting.count++;
      else postings.set(form, { count: 1, first: mention, resolves: byName.get(nameKey) === form });
    }
    for (const [form, posting] of postings) entryOf(this.forms, form).set(article, posting);

    const spoken = new Map<string, Quote[]>();
    for (const quote of quotes) {
      if (!quote.speaker) continue;
      const key = overrideKey(quote.speaker);
      const form = byName.get(key) ?? byText.get(key);
      if (!form) continue;
      const list = spoken.get(form);
      if (list) list.push(quote);
      else spoken.set(form, [quote]);
    }
    for (const [form, list] of spoken) entryOf(this.quotes, form).set(article, list);
    this.ofArticle.set(article, { forms: [...postings.keys()], quoteForms: [...spoken.keys()] });
  }

  remove(article: string): void {
    const entry = this.ofArticle.get(article);
    if (!entry) return;
    this.ofArticle.delete(article);
    for (const form of entry.forms) deleteFrom(this.forms, form, article);
    for (const form of entry.quoteForms) deleteFrom(this.quotes, form, article);
  }

  /** The forms an article mentions. */
  formsIn(article: string): readonly string[] {
    return this.ofArticle.get(article)?.forms ?? [];
  }

  /** The forms among `names` (an entity's aliases), of any type. */
  formsNamed(names: readonly string[]): string[] {
    const found = new Set<string>();
    for (const name of names) {
      const key = overrideKey(name);
      for (const type of ['person', 'organization', 'place']) if (this.forms.has(`${type}|${key}`)) found.add(`${type}|${key}`);
    }
    return [...found];
  }

  /** Article → posting, for every article mentioning the form. */
  articlesOf(form: string): ReadonlyMap<string, FormPosting> {
    return this.forms.get(form) ?? EMPTY;
  }

  /** Article → the quotes whose speaker resolves to the form there. */
  quotesOf(form: string): ReadonlyMap<string, readonly Quote[]> {
    return this.quotes.get(form) ?? EMPTY;
  }

  /**
   * An article and a name whose lookup lands on this form, to ask the linker which entity the form
   * belongs to; undefined when no article resolves its name to it (the same name typed otherwise first).
   */
  probe(form: string): { article: string; name: string } | undefined {
    for (const [article, posting] of this.forms.get(form) ?? EMPTY) {
      if (posting.resolves) return { article, name: posting.first.name };
    }
    return undefined;
  }
}

const EMPTY: ReadonlyMap<string, never> = new Map<string, never>();

function entryOf<T>(map: Map<string, Map<string, T>>, key: string): Map<string, T> {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map()));
  return inner;
}

function deleteFrom<T>(map: Map<string, Map<string, T>>, key: string, article: string): void {
  const inner = map.get(key);
  if (inner?.delete(article) && inner.size === 0) map.delete(key);
}
