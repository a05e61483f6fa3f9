import * as vscode from 'vscode';
import type { ArticleIndexing } from '../articleIndexing';
import { keyToUri, toRange, toVscodeRange } from '../convert';

const SYMBOL_KINDS = { person: vscode.SymbolKind.Object, organization: vscode.SymbolKind.Module, place: vscode.SymbolKind.Namespace } as const;
/** Workspace Symbols lists at most this many entities for one query. */
const SYMBOL_LIMIT = 200;

/**
 * Following a name across articles: definition (its first full mention in the workspace),
 * references (every mention, any spelling), highlights (its mentions in this article) and
 * workspace symbols (entities by any spelling).
 */
export function registerNavigation(indexing: ArticleIndexing): vscode.Disposable {
  const selector: vscode.DocumentSelector = { language: 'article' };
  const { index } = indexing;
  // A cursor just after a name (where a double-click or typing leaves it) still means that name.
  const entityAt = (document: vscode.TextDocument, position: vscode.Position) =>
    indexing.entityAt(document, position) ?? (position.character > 0 ? indexing.entityAt(document, position.translate(0, -1)) : undefined);
  // Positions come from the index's line table: references across thousands of articles must not open them all.
  const locationOf = (key: string, span: { start: number; end: number }) => {
    const article = index.get(key);
    return article ? new vscode.Location(keyToUri(key), toVscodeRange(article, span)) : undefined;
  };
  const locationsOf = (refs: ReadonlyArray<{ key: string; mention: { start: number; end: number } }>) =>
    refs.flatMap(({ key, mention }) => locationOf(key, mention) ?? []);

  return vscode.Disposable.from(
    vscode.languages.registerDefinitionProvider(selector, {
      provideDefinition(document, position) {
        const found = entityAt(document, position);
        if (!found) return undefined;
        const mentions = index.mentionsOf(found.entity.id);
        const full = mentions.find((m) => m.mention.text === found.entity.name) ?? mentions.find((m) => m.mention.text === m.mention.name) ?? mentions[0];
        return full ? locationsOf([full]) : undefined;
      },
    }),
    vscode.languages.registerReferenceProvider(selector, {
      provideReferences(document, position) {
        const found = entityAt(document, position);
        return found ? locationsOf(index.mentionsOf(found.entity.id)) : undefined;
      },
    }),
    vscode.languages.registerDocumentHighlightProvider(selector, {
      provideDocumentHighlights(document, position) {
        const found = entityAt(document, position);
        if (!found) return undefined;
        // This article's own analysis, so the highlights match the text as it is now; each name is looked up once.
        const ids = new Map<string, string | undefined>();
        const idOf = (name: string) => (ids.has(name) ? ids.get(name) : ids.set(name, index.entityIdFor(found.key, name)).get(name));
        return indexing.articleOf(document).analysis.entities
          .filter((m) => idOf(m.name) === found.entity.id)
          .map((m) => new vscode.DocumentHighlight(toRange(document, m), vscode.DocumentHighlightKind.Text));
      },
    }),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query) {
        // Listed under the spelling closest to the query (VS Code keeps only names that match what
        // was typed); the canonical name is the container when it differs.
        return index.searchNames(query).slice(0, SYMBOL_LIMIT).flatMap(({ entity, alias }) => {
          const first = index.firstMentionOf(entity.id);
          const location = first && locationOf(first.key, first.mention);
          return location ? [new vscode.SymbolInformation(alias, SYMBOL_KINDS[entity.type], alias === entity.name ? entity.type : entity.name, location)] : [];
        });
      },
    }),
  );
}
