import * as vscode from 'vscode';
import { AnnotationStore } from '../annotationStore';
import type { ArticleIndexing } from '../articleIndexing';
import { registerAnnotationCommands } from './annotationCommands';
import { registerAnnotationDecorations } from './annotationDecorations';
import { registerAnnotationExport } from './annotationExport';
import { registerAnnotationFiles } from './annotationFiles';
import { registerAnnotationHovers } from './annotationHovers';
import { registerAnnotationsView } from './annotationsView';

/**
 * Tagging claims: the annotation store (sidecar files next to articles) and every feature over it
 * (commands, decorations, hovers, the Annotations view, file operations, export and import).
 */
export function registerAnnotations(indexing: ArticleIndexing, context: vscode.ExtensionContext): vscode.Disposable {
  const store = new AnnotationStore();
  return vscode.Disposable.from(
    store,
    registerAnnotationCommands(store, context),
    registerAnnotationDecorations(store, context.extensionUri),
    registerAnnotationHovers(store, indexing),
    registerAnnotationsView(store, context),
    registerAnnotationFiles(store),
    registerAnnotationExport(store, indexing),
  );
}
