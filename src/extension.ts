import * as vscode from 'vscode';
import { registerArticleLanguage } from './vscode/features/articleLanguage';

/** Builds Dossier's services and registers each feature; every feature lives in src/vscode/features. */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    registerArticleLanguage(),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
