import * as vscode from 'vscode';
import { decorationPlan } from '../../core/annotations/browse';
import { ANNOTATION_STATUSES, type AnnotationStatus } from '../../core/annotations/sidecar';
import { statusColor } from '../annotationLabels';
import type { AnnotationStore } from '../annotationStore';
import { articleKey, toRange } from '../convert';

/** For scripts and tests: redraws annotation decorations now and says how long it took. */
const REDRAW_COMMAND = 'dossier.redrawAnnotations';
/** Redraws wait this long after the last change: VS Code moves decorations with the text meanwhile. */
const THROTTLE_MS = 60;

/** Underline styles tell statuses apart without relying on colour alone. */
const BORDER_STYLE: Record<AnnotationStatus, string> = {
  open: 'solid', checking: 'dotted', verified: 'solid', disputed: 'dashed', false: 'double', unverifiable: 'dotted',
};

interface DecorationTypes {
  byStatus: Record<AnnotationStatus, vscode.TextEditorDecorationType>;
  gutter: vscode.TextEditorDecorationType;
  conflict: vscode.TextEditorDecorationType;
}

function createTypes(extensionUri: vscode.Uri): DecorationTypes {
  const settings = vscode.workspace.getConfiguration('dossier.annotations');
  const highlight = settings.get('highlight', true);
  const gutter = settings.get('gutter', true);
  const byStatus = Object.fromEntries(ANNOTATION_STATUSES.map((status) => [status, vscode.window.createTextEditorDecorationType({
    ...(highlight && {
      backgroundColor: new vscode.ThemeColor(`dossier.annotation.${status}Background`),
      borderColor: statusColor(status),
      borderStyle: BORDER_STYLE[status],
      borderWidth: status === 'false' ? '0 0 3px 0' : '0 0 2px 0',
    }),
    overviewRulerColor: statusColor(status),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  })])) as Record<AnnotationStatus, vscode.TextEditorDecorationType>;
  const icon = (theme: string) => vscode.Uri.joinPath(extensionUri, 'media', `annotation-gutter-${theme}.svg`);
  return {
    byStatus,
    gutter: vscode.window.createTextEditorDecorationType(gutter
      ? { light: { gutterIconPath: icon('light') }, dark: { gutterIconPath: icon('dark') }, gutterIconSize: '80%' }
      : {}),
    conflict: vscode.window.createTextEditorDecorationType({
      outlineColor: new vscode.ThemeColor('editorWarning.foreground'),
      outlineStyle: 'dashed',
      outlineWidth: '1px',
    }),
  };
}

/** Annotation backgrounds and underlines coloured by status, a gutter mark on each, conflicts outlined. */
export function registerAnnotationDecorations(store: AnnotationStore, extensionUri: vscode.Uri): vscode.Disposable {
  let types = createTypes(extensionUri);
  const allTypes = () => [...Object.values(types.byStatus), types.gutter, types.conflict];

  /** Draws one editor; returns how many annotations it drew. */
  const draw = (editor: vscode.TextEditor): number => {
    const article = store.get(articleKey(editor.document.uri));
    if (!article) {
      for (const type of allTypes()) editor.setDecorations(type, []);
      return 0;
    }
    const { document } = editor;
    const plan = decorationPlan(article.annotations, article.anchors);
    for (const status of ANNOTATION_STATUSES) editor.setDecorations(types.byStatus[status], plan.byStatus[status].map((span) => toRange(document, span)));
    const lines = new Set(plan.marks.map((offset) => document.positionAt(offset).line));
    editor.setDecorations(types.gutter, [...lines].map((line) => new vscode.Range(line, 0, line, 0)));
    editor.setDecorations(types.conflict, plan.conflicts.map((span) => toRange(document, span)));
    return plan.marks.length;
  };

  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    for (const editor of vscode.window.visibleTextEditors) if (pending.has(articleKey(editor.document.uri))) draw(editor);
    pending.clear();
  };
  const schedule = (keys: readonly string[]) => {
    keys.forEach((key) => pending.add(key));
    timer ??= setTimeout(flush, THROTTLE_MS);
  };
  // Nothing to draw at first: the store reads the sidecars in the background and announces each.
  const drawAll = () => vscode.window.visibleTextEditors.map(draw).reduce((a, b) => a + b, 0);

  return vscode.Disposable.from(
    { dispose: () => { clearTimeout(timer); allTypes().forEach((t) => t.dispose()); } },
    store.onDidChange(schedule),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(draw)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('dossier.annotations')) return;
      allTypes().forEach((t) => t.dispose());
      types = createTypes(extensionUri);
      drawAll();
    }),
    vscode.commands.registerCommand(REDRAW_COMMAND, () => {
      const started = performance.now();
      const annotations = drawAll();
      return { editors: vscode.window.visibleTextEditors.length, annotations, ms: performance.now() - started };
    }),
  );
}
