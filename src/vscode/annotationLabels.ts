import * as vscode from 'vscode';
import type { AnnotationStatus } from '../core/annotations/sidecar';

/** Tags offered when `dossier.tags` is not set. Keep in step with package.json. */
const DEFAULT_TAGS: readonly string[] = ['claim', 'verified', 'disputed', 'false', 'needs-source', 'opinion'];

/** A status as the user reads it, in their language. */
export function statusLabel(status: AnnotationStatus): string {
  switch (status) {
    case 'open': return vscode.l10n.t('Open');
    case 'checking': return vscode.l10n.t('Being checked');
    case 'verified': return vscode.l10n.t('Verified');
    case 'disputed': return vscode.l10n.t('Disputed');
    case 'false': return vscode.l10n.t('False');
    case 'unverifiable': return vscode.l10n.t('Unverifiable');
  }
}

/** The theme colour of a status (`contributes.colors`): underlines, the overview ruler, view icons. */
export function statusColor(status: AnnotationStatus): vscode.ThemeColor {
  return new vscode.ThemeColor(`dossier.annotation.${status}Border`);
}

/** The tags the user picks from, for an article (the setting may differ per folder). */
export function configuredTags(uri?: vscode.Uri): string[] {
  const tags = vscode.workspace.getConfiguration('dossier', uri).get<unknown>('tags');
  return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '') : [...DEFAULT_TAGS];
}

/** An article as lists name it: its path in the workspace (after the folder's name in a multi-root workspace). */
export function articleName(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri);
}

/** A quote on one line, shortened for lists and messages. */
export function clipQuote(text: string, length = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** A date-time as the user's locale writes it. */
export function readableTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(vscode.env.language, { dateStyle: 'medium', timeStyle: 'short' });
}
