import * as vscode from 'vscode';
import { annotationsTouching } from '../../core/annotations/browse';
import type { Annotation } from '../../core/annotations/sidecar';
import { escapeMarkdown } from '../../core/index/hoverContent';
import type { Span } from '../../core/model';
import { clipQuote, readableTime, statusLabel } from '../annotationLabels';
import type { AnnotationStore } from '../annotationStore';
import type { ArticleIndexing } from '../articleIndexing';
import { articleKey, displayName, toRange } from '../convert';
import { DELETE_ANNOTATION_COMMAND, EDIT_ANNOTATION_COMMAND, KEEP_VERSION_COMMAND } from './annotationCommands';
import { OPEN_LOCATION_COMMAND, openLocationLink } from './openLocation';

/** How many of the user's annotations an entity hover lists before "and N more". */
const ENTITY_LIMIT = 6;

const commandLink = (command: string, args: unknown) => `command:${command}?${encodeURIComponent(JSON.stringify([args]))}`;

/** One annotation in a hover: status and tags, note, who and when, and what can be done with it. */
function annotationMarkdown(uri: vscode.Uri, a: Annotation): string {
  const ref = { uri: uri.toString(), id: a.id };
  const lines = [`**${escapeMarkdown(statusLabel(a.status))}**${a.tags.length ? ` · ${a.tags.map((t) => `\`${t.replace(/`/g, "'")}\``).join(' ')}` : ''}`];
  if (a.note) lines.push(escapeMarkdown(a.note));
  const when = a.modified !== a.created
    ? vscode.l10n.t('added {0}, changed {1}', readableTime(a.created), readableTime(a.modified))
    : vscode.l10n.t('added {0}', readableTime(a.created));
  lines.push(`*${a.author ? `${escapeMarkdown(a.author)}, ` : ''}${when}*`);
  if (a.conflict) {
    const why = a.conflict.reason === 'edited-on-both-sides'
      ? vscode.l10n.t('Conflict: this annotation was changed in two places; both versions are kept.')
      : vscode.l10n.t('Conflict: deleted in one place, changed in another; the changed version is kept.');
    lines.push(`$(warning) ${why} [${vscode.l10n.t('Keep this version')}](${commandLink(KEEP_VERSION_COMMAND, ref)})`);
  }
  lines.push(`[${vscode.l10n.t('Edit')}](${commandLink(EDIT_ANNOTATION_COMMAND, ref)}) · [${vscode.l10n.t('Delete')}](${commandLink(DELETE_ANNOTATION_COMMAND, ref)})`);
  return lines.join('\n\n');
}

/**
 * The user's annotations on an entity, across the workspace: those whose text includes one of
 * its mentions, except `shown` (already in the hover). Markdown, or undefined when there are none.
 */
export function entityAnnotationsMarkdown(store: AnnotationStore, indexing: ArticleIndexing, entityId: string, shown: ReadonlySet<string> = new Set()): string | undefined {
  const found = new Map<string, { key: string; annotation: Annotation; span: Span }>();
  for (const { key, mention } of indexing.index.mentionsOf(entityId)) {
    const article = store.get(key);
    if (!article) continue;
    for (const { annotation, span } of annotationsTouching(article.annotations, article.anchors, mention)) {
      if (!shown.has(annotation.id)) found.set(annotation.id, { key, annotation, span });
    }
  }
  if (found.size === 0) return undefined;
  const name = indexing.index.entity(entityId)?.name ?? entityId;
  const items = [...found.values()];
  const lines = [`**${vscode.l10n.t('Your annotations on {0}', escapeMarkdown(name))}** (${items.length})`];
  for (const { key, annotation, span } of items.slice(0, ENTITY_LIMIT)) {
    lines.push(`- ${escapeMarkdown(statusLabel(annotation.status))}: “${escapeMarkdown(clipQuote(annotation.target.exact, 70))}” [${escapeMarkdown(displayName(key))}](${openLocationLink(key, span.start, span.end)})`);
  }
  if (items.length > ENTITY_LIMIT) lines.push(vscode.l10n.t('and {0} more', items.length - ENTITY_LIMIT));
  return lines.join('\n');
}

/** Hovers on annotated text (status, tags, note, author, dates, edit and delete), and the user's annotations on a hovered entity. */
export function registerAnnotationHovers(store: AnnotationStore, indexing: ArticleIndexing): vscode.Disposable {
  const markdown = (value: string) => {
    const content = new vscode.MarkdownString(value, true);
    content.isTrusted = { enabledCommands: [EDIT_ANNOTATION_COMMAND, DELETE_ANNOTATION_COMMAND, KEEP_VERSION_COMMAND, OPEN_LOCATION_COMMAND] };
    return content;
  };
  return vscode.languages.registerHoverProvider('*', {
    provideHover(document, position) {
      const key = articleKey(document.uri);
      const article = store.get(key);
      const offset = document.offsetAt(position);
      const here = article ? annotationsTouching(article.annotations, article.anchors, { start: offset, end: offset + 1 }) : [];
      const contents = here.map(({ annotation }) => markdown(annotationMarkdown(document.uri, annotation)));
      let onEntity: string | undefined;
      if (document.languageId === 'article' && store.all().length > 0) {
        const { key: indexed } = indexing.articleOf(document);
        const found = indexing.index.entityAt(indexed, offset);
        if (found && found.mention.start <= offset && offset < found.mention.end) {
          onEntity = entityAnnotationsMarkdown(store, indexing, found.entity.id, new Set(here.map((h) => h.annotation.id)));
        }
      }
      if (onEntity) contents.push(markdown(onEntity));
      if (contents.length === 0) return undefined;
      return new vscode.Hover(contents, here.length ? toRange(document, here[0].span) : undefined);
    },
  });
}
