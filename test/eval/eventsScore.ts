import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { EventClusterDetail } from '../../src/core/events/eventIndex';
import { actionGroup } from '../../src/core/events/triggers';
import { analyzeWorkspace } from '../../src/core/report';

/*
 * Event clustering scored against gold event labels (test/fixtures/events/*.gold.json). The items
 * are the gold mentions: the headline or sentence of an article that names an event. Each item
 * takes the system event that has a mention inside that sentence (of the gold event's action
 * group where a sentence names two happenings); an item the engine missed is a singleton. Scores
 * are pairwise and B-cubed precision, recall and F1 over the items, plus how often the engine's
 * first reported event of an article is the article's main event.
 */

/** A gold mention: a sentence by offsets, or by a unique stretch of its text. */
export interface GoldEventMention {
  file: string;
  start?: number;
  end?: number;
  text?: string;
}

export interface EventsGold {
  /** Where the article texts are, relative to the gold file ("." by default; "../../../samples"). */
  textDir?: string;
  events: Record<string, { action: string; label: string; date: string | null; mentions: GoldEventMention[] }>;
  /** Each article's reported events, most prominent first. */
  articles: Record<string, { reports: string[] }>;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface EventsScore {
  name: string;
  articles: number;
  goldEvents: number;
  items: number;
  /** Gold mentions the engine found no event mention in. */
  missed: number;
  pairwise: PrecisionRecall;
  bcubed: PrecisionRecall;
  /** Articles whose first reported event is the gold main event. */
  mainEventRight: number;
  /** Mistakes, readable, for --verbose. */
  mistakes: string[];
}

const prf = (precision: number, recall: number): PrecisionRecall => ({ precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) });

/** Pairwise and B-cubed scores of a system labelling against a gold labelling of the same items. */
export function clusteringScores(gold: readonly string[], system: readonly string[]): { pairwise: PrecisionRecall; bcubed: PrecisionRecall } {
  let both = 0;
  let goldPairs = 0;
  let systemPairs = 0;
  for (let i = 0; i < gold.length; i++) {
    for (let j = i + 1; j < gold.length; j++) {
      const g = gold[i] === gold[j];
      const s = system[i] === system[j];
      if (g) goldPairs++;
      if (s) systemPairs++;
      if (g && s) both++;
    }
  }
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < gold.length; i++) {
    let shared = 0;
    let inSystem = 0;
    let inGold = 0;
    for (let j = 0; j < gold.length; j++) {
      if (system[j] === system[i]) inSystem++;
      if (gold[j] === gold[i]) inGold++;
      if (system[j] === system[i] && gold[j] === gold[i]) shared++;
    }
    precision += shared / inSystem;
    recall += shared / inGold;
  }
  const n = Math.max(gold.length, 1);
  return {
    pairwise: prf(systemPairs === 0 ? 1 : both / systemPairs, goldPairs === 0 ? 1 : both / goldPairs),
    bcubed: prf(precision / n, recall / n),
  };
}

/** Scores the engine on one gold file: its articles are analysed as one workspace. */
export function scoreEvents(goldPath: string): EventsScore {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as EventsGold;
  const textDir = join(dirname(goldPath), gold.textDir ?? '.');
  const files = Object.keys(gold.articles).sort().map((file) => ({ file, text: readFileSync(join(textDir, file), 'utf8') }));
  const textOf = new Map(files.map((f) => [f.file, f.text]));
  const index = analyzeWorkspace(files);
  const events = index.eventDetails();
  const mistakes: string[] = [];
  const goldLabels: string[] = [];
  const systemLabels: string[] = [];
  let missed = 0;
  const itemsOf = new Map<string, Array<{ file: string; start: number; end: number; system: string }>>();
  for (const [id, event] of Object.entries(gold.events)) {
    for (const mention of event.mentions) {
      const span = resolve(mention, textOf.get(mention.file) ?? '');
      if (!span) {
        mistakes.push(`gold ${id}: no text "${mention.text}" in ${mention.file}`);
        continue;
      }
      const system = systemEventAt(events, mention.file, span, actionGroup(event.action));
      goldLabels.push(id);
      if (system) systemLabels.push(system);
      else {
        missed++;
        systemLabels.push(`missed:${goldLabels.length}`);
        mistakes.push(`${mention.file}: no event found for ${id} in “${(textOf.get(mention.file) ?? '').slice(span.start, span.end).slice(0, 80)}”`);
      }
      const list = itemsOf.get(id) ?? [];
      list.push({ file: mention.file, ...span, system: systemLabels[systemLabels.length - 1] });
      itemsOf.set(id, list);
    }
  }
  let mainEventRight = 0;
  for (const [file, { reports }] of Object.entries(gold.articles)) {
    const first = index.eventsOf(file)[0];
    const right = first !== undefined && (itemsOf.get(reports[0]) ?? []).some((item) => item.file === file && item.system === first);
    if (right) mainEventRight++;
    else mistakes.push(`${file}: first reported ${first ?? 'nothing'}, gold main event ${reports[0]}`);
  }
  for (const [id, items] of itemsOf) {
    const labels = new Set(items.map((i) => i.system));
    if (labels.size > 1) mistakes.push(`${id} split over ${[...labels].join(', ')}`);
  }
  return {
    name: basename(goldPath, '.gold.json'),
    articles: files.length,
    goldEvents: Object.keys(gold.events).length,
    items: goldLabels.length,
    missed,
    ...clusteringScores(goldLabels, systemLabels),
    mainEventRight,
    mistakes,
  };
}

function resolve(mention: GoldEventMention, text: string): { start: number; end: number } | null {
  if (mention.start !== undefined && mention.end !== undefined) return { start: mention.start, end: mention.end };
  const at = mention.text ? text.indexOf(mention.text) : -1;
  return at < 0 ? null : { start: at, end: at + mention.text!.length };
}

/** The system event with a mention in the sentence, preferring one of the gold event's action group. */
function systemEventAt(events: readonly EventClusterDetail[], file: string, span: { start: number; end: number }, group: string): string | undefined {
  let fallback: string | undefined;
  for (const event of events) {
    for (const { key, mention } of event.sources) {
      if (key !== file || mention.sentence.end <= span.start || span.end <= mention.sentence.start) continue;
      if (actionGroup(mention.action) === group) return event.id;
      fallback ??= event.id;
    }
  }
  return fallback;
}
