import * as vscode from 'vscode';
import type { ArticleIndexing } from '../articleIndexing';
import { keyToUri, toVscodeRange } from '../convert';

/**
 * Following a name across articles: definition (its first full mention in the workspace),
 * references (every mention, any spelling), highlights (its mentions in this article) and
 * workspace symbols (entities by any spelling).
 */
export function registerNavigation(indexing: ArticleIndexing): vscode.Disposable {
  const selector: vscode.DocumentSelector = { language: 'article' };
  const { index } = indexing;
  const entityAt = (document: vscode.TextDocument, position: vscode.Position) => index.entityAt(indexing.articleOf(document).key, document.offsetAt(position));
  // Positions come from the index's line table: references across thousands of articles must not open them all.
  const locationsOf = (refs: ReadonlyArray<{ key: string; mention: { start: number; end: number } }>) => refs.flatMap(({ key, mention }) => {
    const article = index.get(key);
    return article ? [new vscode.Location(keyToUri(key), toVscodeRange(article, mention))] : [];
  });

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
        const key = indexing.articleOf(document).key;
        return index.mentionsOf(found.entity.id)
          .filter((m) => m.key === key)
          .map((m) => new vscode.DocumentHighlight(new vscode.Range(document.positionAt(m.mention.start), document.positionAt(m.mention.end)), vscode.DocumentHighlightKind.Text));
      },
    }),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query) {
        const kinds = { person: vscode.SymbolKind.Object, organization: vscode.SymbolKind.Module, place: vscode.SymbolKind.Namespace } as const;
        const symbols: vscode.SymbolInformation[] = [];
        for (const entity of index.searchEntities(query).slice(0, 200)) {
          const first = index.mentionsOf(entity.id)[0];
          if (!first) continue;
          const [location] = locationsOf([first]);
          const detail = entity.aliases.filter((a) => a !== entity.name).join(', ');
          symbols.push(new vscode.SymbolInformation(entity.name, kinds[entity.type], detail || entity.type, location));
        }
        return symbols;
      },
    }),
  );
}
