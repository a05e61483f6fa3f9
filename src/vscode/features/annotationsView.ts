import * as vscode from 'vscode';
import {
  filterAnnotations, groupAnnotations, spanOf, type AnnotationEntry, type AnnotationGroup, type AnnotationGrouping,
} from '../../core/annotations/browse';
import { articleName, clipQuote, configuredTags, statusColor, statusLabel } from '../annotationLabels';
import type { AnnotationStore, ArticleAnnotations } from '../annotationStore';
import { keyToUri } from '../convert';
import { REVEAL_ANNOTATION_COMMAND } from './annotationCommands';

const ANNOTATIONS_VIEW_ID = 'dossier.annotations';
const FILTER_COMMAND = 'dossier.filterAnnotations';
const CLEAR_FILTER_COMMAND = 'dossier.clearAnnotationFilter';
const GROUP_COMMAND = 'dossier.groupAnnotationsBy';
const FILTERED_CONTEXT = 'dossier.annotationsFiltered';
const GROUPING_KEY = 'dossier.annotationGrouping';

/**
 * Nodes of the view. Annotation nodes carry `uri` and `id`, which is what the annotation
 * commands read from their argument, so the view's menus call them directly.
 */
type Node =
  | { kind: 'group'; group: AnnotationGroup }
  | { kind: 'annotation'; uri: vscode.Uri; id: string; entry: AnnotationEntry; group: AnnotationGroup }
  /** An article whose sidecar cannot be written (broken or from a newer Dossier). */
  | { kind: 'paused'; uri: vscode.Uri; article: ArticleAnnotations };

function groupLabel(group: AnnotationGroup): string {
  switch (group.kind) {
    case 'conflicts': return vscode.l10n.t('Conflicts');
    case 'orphans': return vscode.l10n.t('Orphans');
    case 'article': return articleName(keyToUri(group.value));
    case 'tag': return group.value;
    case 'untagged': return vscode.l10n.t('No tag');
    case 'status': return statusLabel(group.value as Parameters<typeof statusLabel>[0]);
  }
}

function groupItem(group: AnnotationGroup): vscode.TreeItem {
  const item = new vscode.TreeItem(groupLabel(group), vscode.TreeItemCollapsibleState.Expanded);
  item.id = `group:${group.kind}:${group.value}`;
  item.description = String(group.entries.length);
  item.contextValue = `annotationGroup.${group.kind}`;
  if (group.kind === 'article') {
    item.resourceUri = keyToUri(group.value);
    item.iconPath = vscode.ThemeIcon.File;
  } else if (group.kind === 'orphans') {
    item.iconPath = new vscode.ThemeIcon('debug-disconnect');
    item.tooltip = vscode.l10n.t('Annotations whose text is no longer in the article. Select where each belongs and use Re-attach to Selection; they are kept until you do or delete them.');
  } else if (group.kind === 'conflicts') {
    item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('editorWarning.foreground'));
    item.tooltip = vscode.l10n.t('Annotations changed in two places (a merge, or another window). Both versions are kept: keep one of each.');
  } else if (group.kind === 'status') item.iconPath = new vscode.ThemeIcon('circle-filled', statusColor(group.value as Parameters<typeof statusColor>[0]));
  else item.iconPath = new vscode.ThemeIcon('tag');
  return item;
}

function annotationItem(node: Extract<Node, { kind: 'annotation' }>): vscode.TreeItem {
  const { entry, group: parent } = node;
  const { annotation: a, span, name } = entry;
  const item = new vscode.TreeItem(clipQuote(a.target.exact, 70), vscode.TreeItemCollapsibleState.None);
  item.id = `${parent.kind}:${parent.value}:${entry.key}:${a.id}`;
  const facts = [a.tags.join(', '), statusLabel(a.status)].filter((x) => x);
  item.description = parent.kind === 'article' ? facts.join(' · ') : [name, ...facts].join(' · ');
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(`“${a.target.exact}”\n\n`);
  tooltip.appendText(`${name} · ${facts.join(' · ')}${a.author ? ` · ${a.author}` : ''}`);
  if (a.note) tooltip.appendText(`\n\n${a.note}`);
  item.tooltip = tooltip;
  item.iconPath = a.conflict
    ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('editorWarning.foreground'))
    : span ? new vscode.ThemeIcon('circle-filled', statusColor(a.status)) : new vscode.ThemeIcon('debug-disconnect');
  item.contextValue = ['annotation', span ? '' : 'orphan', a.conflict ? 'conflict' : ''].filter((x) => x).join('.');
  item.command = { command: REVEAL_ANNOTATION_COMMAND, title: vscode.l10n.t('Show in Article'), arguments: [{ uri: node.uri, id: a.id }] };
  return item;
}

function pausedItem(article: ArticleAnnotations): vscode.TreeItem {
  const item = new vscode.TreeItem(articleName(article.uri), vscode.TreeItemCollapsibleState.None);
  const invalid = article.state.kind === 'invalid';
  item.description = invalid ? vscode.l10n.t('annotations file is not valid: not saved') : vscode.l10n.t('read-only (newer format)');
  item.tooltip = article.state.kind === 'ok' ? undefined : article.state.message;
  item.iconPath = new vscode.ThemeIcon(invalid ? 'error' : 'lock', new vscode.ThemeColor(invalid ? 'errorForeground' : 'editorWarning.foreground'));
  item.contextValue = 'annotationSidecarPaused';
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open File'), arguments: [article.sidecar] };
  return item;
}

/** The Annotations view: every annotation of the workspace by article, tag or status, filterable; orphans and conflicts apart. */
export function registerAnnotationsView(store: AnnotationStore, context: vscode.ExtensionContext): vscode.Disposable {
  let grouping = context.workspaceState.get<AnnotationGrouping>(GROUPING_KEY, 'article');
  let filter = '';
  const changed = new vscode.EventEmitter<void>();

  const entries = (): AnnotationEntry[] => store.all().flatMap((article) => article.annotations.map((annotation) => ({
    key: article.key, name: articleName(article.uri), annotation, span: spanOf(article.anchors, annotation.id),
  })));

  const provider: vscode.TreeDataProvider<Node> = {
    onDidChangeTreeData: changed.event,
    getChildren(node) {
      if (node?.kind === 'group') {
        return node.group.entries.map((entry) => ({ kind: 'annotation', uri: keyToUri(entry.key), id: entry.annotation.id, entry, group: node.group }));
      }
      if (node) return [];
      const paused = store.all().filter((a) => a.state.kind !== 'ok').map((article): Node => ({ kind: 'paused', uri: article.uri, article }));
      const groups = groupAnnotations(filterAnnotations(entries(), filter), grouping, configuredTags()).map((group): Node => ({ kind: 'group', group }));
      view.message = filter && groups.length === 0 ? vscode.l10n.t('No annotation matches “{0}”.', filter) : undefined;
      return [...paused, ...groups];
    },
    getTreeItem(node) {
      if (node.kind === 'group') return groupItem(node.group);
      if (node.kind === 'paused') return pausedItem(node.article);
      return annotationItem(node);
    },
  };

  const view = vscode.window.createTreeView(ANNOTATIONS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const describe = () => {
    view.description = filter ? vscode.l10n.t('filter: {0}', filter) : undefined;
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, filter !== '');
  };
  // Typing moves anchors on every keystroke; the view changes only when annotations, orphans or a file's state do.
  const shown = new Map<string, { annotations: ArticleAnnotations['annotations']; state: ArticleAnnotations['state']; orphans: number }>();
  const orphansOf = (article: ArticleAnnotations) => article.annotations.filter((a) => !spanOf(article.anchors, a.id)).length;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = (keys: readonly string[]) => {
    const stale = keys.map((key) => {
      const article = store.get(key);
      const before = shown.get(key);
      if (!article) return shown.delete(key);
      const now = { annotations: article.annotations, state: article.state, orphans: orphansOf(article) };
      shown.set(key, now);
      return !before || before.annotations !== now.annotations || before.state !== now.state || before.orphans !== now.orphans;
    });
    if (!stale.includes(true)) return;
    clearTimeout(timer);
    timer = setTimeout(() => changed.fire(), 200);
  };

  return vscode.Disposable.from(
    changed,
    view,
    { dispose: () => clearTimeout(timer) },
    store.onDidChange(refresh),
    vscode.commands.registerCommand(FILTER_COMMAND, async (value?: unknown) => {
      const next = typeof value === 'string' ? value : await vscode.window.showInputBox({
        title: vscode.l10n.t('Filter Annotations'),
        prompt: vscode.l10n.t('Words to find in quotes, notes, tags, authors and article names. Also tag:…, status:…, author:…, article:…, is:orphan, is:conflict, "a phrase".'),
        value: filter,
      });
      if (next === undefined) return;
      filter = next.trim();
      describe();
      changed.fire();
    }),
    vscode.commands.registerCommand(CLEAR_FILTER_COMMAND, () => {
      filter = '';
      describe();
      changed.fire();
    }),
    vscode.commands.registerCommand(GROUP_COMMAND, async (value?: unknown) => {
      const options: { grouping: AnnotationGrouping; label: string }[] = [
        { grouping: 'article', label: vscode.l10n.t('By article') },
        { grouping: 'tag', label: vscode.l10n.t('By tag') },
        { grouping: 'status', label: vscode.l10n.t('By status') },
      ];
      const picked = options.find((o) => o.grouping === value) ?? await vscode.window.showQuickPick(
        options.map((o) => ({ ...o, description: o.grouping === grouping ? vscode.l10n.t('current') : undefined })),
        { title: vscode.l10n.t('Group Annotations') },
      );
      if (!picked) return;
      grouping = picked.grouping;
      await context.workspaceState.update(GROUPING_KEY, grouping);
      changed.fire();
    }),
  );
}
