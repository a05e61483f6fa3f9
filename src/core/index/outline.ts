import type { ArticleAnalysis, EntityType } from '../model';
import { clipText } from '../text/clip';

export type OutlineKind = 'headline' | 'group' | EntityType | 'speaker' | 'quote' | 'date';

/** One node of an article's outline (VS Code's Outline view and breadcrumbs). */
export interface OutlineNode {
  name: string;
  detail: string;
  kind: OutlineKind;
  start: number;
  end: number;
  children: OutlineNode[];
}

const GROUPS: Array<{ type: EntityType; label: string }> = [
  { type: 'person', label: 'People' },
  { type: 'organization', label: 'Organisations' },
  { type: 'place', label: 'Places' },
];

/**
 * A group lists at most this many entries: an article has a few dozen; a 5 MB file thousands of
 * dates and quotes, which no outline can show usefully and which would hold up the editor.
 */
const GROUP_LIMIT = 200;

/**
 * The outline of an article: headline, people / organisations / places (each at its first mention,
 * with its role), quotes grouped by speaker, and dates in text order.
 */
export function articleOutline(analysis: ArticleAnalysis): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const { title } = analysis.parsed;
  if (title) nodes.push({ name: title.text, detail: 'headline', kind: 'headline', start: title.start, end: title.end, children: [] });

  for (const { type, label } of GROUPS) {
    const firstMentions = new Map<string, OutlineNode>();
    for (const mention of analysis.entities) {
      if (mention.type !== type) continue;
      const known = firstMentions.get(mention.name);
      if (known) {
        if (!known.detail && mention.role) known.detail = mention.role;
        continue;
      }
      firstMentions.set(mention.name, { name: mention.name, detail: mention.role ?? '', kind: type, start: mention.start, end: mention.end, children: [] });
    }
    if (firstMentions.size > 0) {
      const shown = [...firstMentions.values()].slice(0, GROUP_LIMIT);
      nodes.push({ ...group(label, shown), detail: shownOf(shown.length, firstMentions.size).trim() });
    }
  }

  const bySpeaker = new Map<string, { quotes: OutlineNode[]; total: number }>();
  for (const quote of analysis.quotes) {
    if (quote.scare) continue;
    const speaker = quote.speaker ?? 'Unattributed';
    const said = bySpeaker.get(speaker) ?? { quotes: [], total: 0 };
    if (++said.total <= GROUP_LIMIT) said.quotes.push({ name: `“${clipText(quote.text, 60)}”`, detail: quote.partial ? 'partial quote' : '', kind: 'quote', start: quote.start, end: quote.end, children: [] });
    bySpeaker.set(speaker, said);
  }
  if (bySpeaker.size > 0) {
    const speakers = [...bySpeaker].map(([speaker, { quotes, total }]) => ({ ...group(speaker, quotes), kind: 'speaker' as const, detail: `${total} quote${total === 1 ? '' : 's'}${shownOf(quotes.length, total)}` }));
    nodes.push(group('Quotes', speakers));
  }

  if (analysis.dates.length > 0) {
    const dates = analysis.dates.slice(0, GROUP_LIMIT).map((d) => ({ name: d.text, detail: d.value ?? 'unresolved', kind: 'date' as const, start: d.start, end: d.end, children: [] }));
    nodes.push({ ...group('Dates', dates), detail: shownOf(dates.length, analysis.dates.length).trim() });
  }
  return nodes;
}

function shownOf(shown: number, total: number): string {
  return shown < total ? ` (first ${shown} shown)` : '';
}

function group(name: string, children: OutlineNode[]): OutlineNode {
  return { name, detail: '', kind: 'group', start: children[0].start, end: children.reduce((end, c) => Math.max(end, c.end), 0), children };
}

