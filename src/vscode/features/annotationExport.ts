import * as vscode from 'vscode';
import { exportBrat, exportCsv, exportJsonLd, exportMarkdownReport, type ExportArticle } from '../../core/annotations/export';
import { importJsonLd, type ImportArticle } from '../../core/annotations/import';
import { mergeAnnotations } from '../../core/annotations/merge';
import { spanOf } from '../../core/annotations/browse';
import { createEventFinder } from '../../core/annotations/reportEvents';
import { articleName } from '../annotationLabels';
import type { AnnotationStore, ArticleAnnotations } from '../annotationStore';
import type { ArticleIndexing } from '../articleIndexing';
import { articleKey, keyToUri } from '../convert';
import { showChangeFailure } from './annotationCommands';

const EXPORT_COMMAND = 'dossier.exportAnnotations';
const IMPORT_COMMAND = 'dossier.importAnnotations';

type ExportFormat = 'jsonld' | 'csv' | 'brat' | 'markdown';
const FORMATS: Record<ExportFormat, { extension: string; filter: string }> = {
  jsonld: { extension: 'jsonld', filter: 'JSON-LD' },
  csv: { extension: 'csv', filter: 'CSV' },
  brat: { extension: 'ann', filter: 'brat' },
  markdown: { extension: 'md', filter: 'Markdown' },
};


const encode = (text: string) => new TextEncoder().encode(text);
const asUri = (value: unknown) => (value instanceof vscode.Uri ? value : typeof value === 'string' ? vscode.Uri.parse(value) : undefined);

/** A file name for an article in a brat collection: its workspace path flattened, without extension. */
function bratStem(name: string, taken: Set<string>): string {
  const base = name.replace(/\.[^./\\]*$/, '').replace(/[\\/:*?"<>|]+/g, '__') || 'article';
  let stem = base;
  for (let n = 2; taken.has(stem); n++) stem = `${base}-${n}`;
  taken.add(stem);
  return stem;
}

/**
 * Export (W3C Web Annotation JSON-LD, CSV, brat standoff, a Markdown report grouped by status and
 * event) and import (W3C JSON-LD, Hypothesis) of annotations. Both take arguments, so scripts and
 * tests can run them without dialogs: `{ format, target, articles }` and `{ source }`.
 */
export function registerAnnotationExport(store: AnnotationStore, indexing: ArticleIndexing): vscode.Disposable {
  const exportArticle = (article: ArticleAnnotations): ExportArticle => {
    const parsed = indexing.index.get(article.key)?.analysis.parsed;
    return {
      name: articleName(article.uri),
      uri: article.uri.toString(),
      ...(parsed?.title && { title: parsed.title.text }),
      ...(parsed?.source && { outlet: parsed.source }),
      ...(parsed?.publicationDate && { published: parsed.publicationDate }),
      annotations: article.annotations,
    };
  };

  async function chooseFormat(): Promise<ExportFormat | undefined> {
    const items: { label: string; detail: string; format: ExportFormat }[] = [
      { label: vscode.l10n.t('W3C Web Annotation (JSON-LD)'), detail: vscode.l10n.t('An AnnotationCollection, for annotation servers and other tools'), format: 'jsonld' },
      { label: 'CSV', detail: vscode.l10n.t('One row per annotation: article, quote, tags, status, note, author, created, start, end'), format: 'csv' },
      { label: vscode.l10n.t('brat standoff'), detail: vscode.l10n.t('A folder of .txt and .ann files, one pair per article'), format: 'brat' },
      { label: vscode.l10n.t('Markdown report'), detail: vscode.l10n.t('Claims grouped by status and event, with quotes and sources'), format: 'markdown' },
    ];
    return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Annotations') }))?.format;
  }

  async function chooseTarget(format: ExportFormat): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (format === 'brat') {
      const [picked] = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, defaultUri: folder, openLabel: vscode.l10n.t('Export Here') }) ?? [];
      return picked;
    }
    const { extension, filter } = FORMATS[format];
    return vscode.window.showSaveDialog({
      defaultUri: folder && vscode.Uri.joinPath(folder, `annotations.${extension}`),
      filters: { [filter]: [extension] },
    });
  }

  async function exportAnnotations(arg?: unknown): Promise<{ written: vscode.Uri[]; annotations: number; skipped: number } | undefined> {
    const args = (typeof arg === 'object' && arg !== null ? arg : {}) as { format?: unknown; target?: unknown; articles?: unknown };
    const format = typeof args.format === 'string' && args.format in FORMATS ? args.format as ExportFormat : args.format === undefined ? await chooseFormat() : undefined;
    if (!format) return undefined;
    const only = Array.isArray(args.articles) ? new Set(args.articles.map(asUri).filter((u) => u !== undefined).map(articleKey)) : undefined;
    const articles = store.all()
      .filter((a) => a.annotations.length > 0 && (!only || only.has(a.key)))
      .sort((a, b) => articleName(a.uri).localeCompare(articleName(b.uri)));
    if (articles.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There are no annotations to export yet.'));
      return undefined;
    }
    const target = asUri(args.target) ?? (args.target === undefined ? await chooseTarget(format) : undefined);
    if (!target) return undefined;

    const written: vscode.Uri[] = [];
    let skipped = 0;
    const exported = articles.map(exportArticle);
    if (format === 'brat') {
      const taken = new Set<string>();
      for (const article of articles) {
        const text = await store.textOf(article.uri);
        if (text === null) {
          skipped += article.annotations.length;
          continue;
        }
        const stem = bratStem(articleName(article.uri), taken);
        const { ann, skipped: orphans } = exportBrat(text, article.annotations);
        skipped += orphans.length;
        for (const [file, content] of [[`${stem}.txt`, text], [`${stem}.ann`, ann]]) {
          const uri = vscode.Uri.joinPath(target, file);
          await vscode.workspace.fs.writeFile(uri, encode(content));
          written.push(uri);
        }
      }
    } else {
      let content: string;
      if (format === 'jsonld') content = exportJsonLd(exported);
      else if (format === 'csv') content = exportCsv(exported);
      else {
        // Without events (none found yet) the report groups by status alone.
        const events = indexing.index.events();
        const find = createEventFinder(events, (key) => indexing.index.eventsOf(key)[0]);
        const byName = new Map(articles.map((a) => [articleName(a.uri), a]));
        content = exportMarkdownReport(exported, {
          title: vscode.l10n.t('Research report'),
          ...(events.length > 0 && {
            eventOf: (article, annotation) => {
              const source = byName.get(article.name);
              return source ? find(source.key, spanOf(source.anchors, annotation.id)) : null;
            },
          }),
        });
      }
      await vscode.workspace.fs.writeFile(target, encode(content));
      written.push(target);
    }
    const annotations = articles.reduce((n, a) => n + a.annotations.length, 0);
    const open = vscode.l10n.t('Open');
    const message = skipped
      ? vscode.l10n.t('Exported {0} annotation(s) of {1} article(s); {2} orphan(s) left out (their text is not in the article).', annotations - skipped, articles.length, skipped)
      : vscode.l10n.t('Exported {0} annotation(s) of {1} article(s).', annotations, articles.length);
    void vscode.window.showInformationMessage(message, open).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand(format === 'brat' ? 'revealFileInOS' : 'vscode.open', written[format === 'brat' ? 1 : 0] ?? target);
    });
    return { written, annotations, skipped };
  }

  async function importAnnotations(arg?: unknown): Promise<{ imported: number; orphans: number; skipped: number } | undefined> {
    const args = (typeof arg === 'object' && arg !== null && !(arg instanceof vscode.Uri) ? arg : { source: arg }) as { source?: unknown };
    const source = asUri(args.source) ?? (args.source === undefined
      ? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [vscode.l10n.t('Web annotations')]: ['json', 'jsonld'] }, title: vscode.l10n.t('Import Annotations') }))?.[0]
      : undefined);
    if (!source) return undefined;
    const json = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
    // Any text file may be the one an annotation names, not only those already indexed as articles.
    const files = await vscode.workspace.findFiles('**/*.{txt,article}', '**/{node_modules,.git}/**');
    const keys = [...new Set([...indexing.index.keys(), ...store.all().map((a) => a.key), ...files.map(articleKey)])];
    const candidates: ImportArticle[] = [];
    for (const key of keys) {
      const uri = keyToUri(key);
      const text = await store.textOf(uri);
      if (text !== null) candidates.push({ key, name: articleName(uri), urls: [key], text });
    }
    const result = importJsonLd(json, candidates, { now: new Date() });
    let imported = 0;
    let orphans = 0;
    for (const { key, annotations, orphans: lost } of result.articles) {
      // A union by id: importing again changes nothing; an annotation changed here since is kept in both versions.
      const change = await store.change(keyToUri(key), (list) => mergeAnnotations(null, list, annotations).annotations);
      if (change.ok) {
        imported += annotations.length;
        orphans += lost;
      } else {
        showChangeFailure(store, keyToUri(key), change);
      }
    }
    const details = result.skipped.length ? ` ${vscode.l10n.t('{0} skipped, e.g. {1}', result.skipped.length, result.skipped[0].reason)}` : '';
    const message = vscode.l10n.t('Imported {0} annotation(s) into {1} article(s); {2} not found in the text, kept as orphans.', imported, result.articles.length, orphans) + details;
    void (imported === 0 ? vscode.window.showWarningMessage(message) : vscode.window.showInformationMessage(message));
    return { imported, orphans, skipped: result.skipped.length };
  }

  return vscode.Disposable.from(
    vscode.commands.registerCommand(EXPORT_COMMAND, exportAnnotations),
    vscode.commands.registerCommand(IMPORT_COMMAND, importAnnotations),
  );
}
