import * as vscode from 'vscode';
import { keyToUri } from '../convert';

export const OPEN_LOCATION_COMMAND = 'dossier.openLocation';

/** A command link (for hovers and the panel) that opens article `key` with `start..end` selected. */
export function openLocationLink(key: string, start: number, end: number): string {
  return `command:${OPEN_LOCATION_COMMAND}?${encodeURIComponent(JSON.stringify([key, start, end]))}`;
}

/** Opens an article with a span selected and revealed; offsets are UTF-16, as everywhere in Dossier. */
export async function openLocation(key: string, start: number, end: number): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(keyToUri(key));
  const selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
  return vscode.window.showTextDocument(document, { selection, preview: true });
}

export function registerOpenLocation(): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_LOCATION_COMMAND, (key: string, start: number, end: number) => openLocation(key, start, end));
}
