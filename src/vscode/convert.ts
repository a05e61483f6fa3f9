import * as vscode from 'vscode';
import type { Span } from '../core/model';
import { positionIn, type IndexedArticle } from '../core/index/workspaceIndex';

/** Core spans are UTF-16 offsets into the document text, which is what `positionAt` takes. */
export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toSpan(document: vscode.TextDocument, range: vscode.Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** The index keys articles by URI string, so remote and web workspaces work alike. */
export function articleKey(uri: vscode.Uri): string {
  return uri.toString();
}

export function keyToUri(key: string): vscode.Uri {
  return vscode.Uri.parse(key);
}

/** The file name shown for an article in hovers and lists. */
export function displayName(key: string): string {
  const path = keyToUri(key).path;
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A span of an indexed article as a range, from the index's line table (the file need not be open). */
export function toVscodeRange(article: IndexedArticle, span: Span): vscode.Range {
  const start = positionIn(article, span.start);
  const end = positionIn(article, span.end);
  return new vscode.Range(start.line, start.character, end.line, end.character);
}
