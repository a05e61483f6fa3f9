/**
 * The one message protocol between the extension host and the events panel (a webview). Pure: no
 * vscode, no DOM. Every message received on either side passes a type guard before it is used.
 */

/** One source's report of an event, with the snippet the panel shows. */
export interface PanelSource {
  file: string;
  /** File name shown to the user. */
  fileName: string;
  outlet: string | null;
  publicationDate: string | null;
  snippet: string;
  start: number;
  end: number;
  /** Only a passing reference to the event, not a report of it. */
  background: boolean;
}

export interface PanelClaim {
  file: string;
  fileName: string;
  outlet: string | null;
  text: string;
  value: string;
  start: number;
  end: number;
}

export interface PanelDiscrepancy {
  kind: string;
  summary: string;
  claims: PanelClaim[];
}

export interface PanelEvent {
  id: string;
  label: string;
  date: string | null;
  place: string | null;
  participants: string[];
  sources: PanelSource[];
  discrepancies: PanelDiscrepancy[];
}

export interface PanelData {
  events: PanelEvent[];
  /** Every article the events come from, for the coverage matrix and the source filter. */
  articles: Array<{ file: string; fileName: string; outlet: string | null }>;
}

export interface IndexingProgress {
  indexed: number;
  total: number;
  done: boolean;
}

/** Host → panel: notifications. */
export type HostMessage =
  | { type: 'didInitialize'; data: PanelData; activeFile: string | null; progress: IndexingProgress }
  | { type: 'didUpdateEvents'; data: PanelData }
  | { type: 'didChangeActiveFile'; activeFile: string | null }
  | { type: 'didChangeProgress'; progress: IndexingProgress };

/** Panel → host: requests. */
export type PanelMessage =
  | { type: 'ready' }
  | { type: 'openLocation'; file: string; start: number; end: number };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Guards what the host receives from the webview: only well-formed requests are acted on. */
export function isPanelMessage(value: unknown): value is PanelMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ready':
      return true;
    case 'openLocation':
      return typeof value.file === 'string' && isOffset(value.start) && isOffset(value.end) && value.start <= value.end;
    default:
      return false;
  }
}

/** Guards what the panel receives from the host. */
export function isHostMessage(value: unknown): value is HostMessage {
  if (!isRecord(value)) return false;
  const isData = (data: unknown) => isRecord(data) && Array.isArray(data.events) && Array.isArray(data.articles);
  const isProgress = (p: unknown) => isRecord(p) && typeof p.indexed === 'number' && typeof p.total === 'number' && typeof p.done === 'boolean';
  const isActive = (file: unknown) => file === null || typeof file === 'string';
  switch (value.type) {
    case 'didInitialize':
      return isData(value.data) && isActive(value.activeFile) && isProgress(value.progress);
    case 'didUpdateEvents':
      return isData(value.data);
    case 'didChangeActiveFile':
      return isActive(value.activeFile);
    case 'didChangeProgress':
      return isProgress(value.progress);
    default:
      return false;
  }
}
