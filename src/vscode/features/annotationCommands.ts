import * as vscode from 'vscode';
import { annotationsTouching } from '../../core/annotations/browse';
import {
  ANNOTATION_STATUSES, createAnnotation, removeAnnotation, resolveConflict, retargetAnnotation, updateAnnotation, upsertAnnotation,
  type Annotation, type AnnotationPatch, type AnnotationStatus,
} from '../../core/annotations/sidecar';
import { articleName, clipQuote, configuredTags, statusLabel } from '../annotationLabels';
import type { AnnotationStore, ChangeResult } from '../annotationStore';
import { articleKey, toRange, toSpan } from '../convert';

const TAG_CLAIM_COMMAND = 'dossier.tagClaim';
export const EDIT_ANNOTATION_COMMAND = 'dossier.editAnnotation';
export const DELETE_ANNOTATION_COMMAND = 'dossier.deleteAnnotation';
const REATTACH_ANNOTATION_COMMAND = 'dossier.reattachAnnotation';
export const KEEP_VERSION_COMMAND = 'dossier.keepAnnotationVersion';
export const REVEAL_ANNOTATION_COMMAND = 'dossier.revealAnnotation';
/** For scripts and tests: an article's annotations where they now are. */
const GET_ANNOTATIONS_COMMAND = 'dossier.getAnnotations';
const RELOAD_COMMAND = 'dossier.reloadAnnotations';
/** Context key: the cursor is on an annotation (Edit and Delete show in the palette). */
const AT_CURSOR_CONTEXT = 'dossier.annotationAtCursor';
const AUTHOR_ASKED_KEY = 'dossier.authorAsked';
/** Refactor-kind, so it shows in the light bulb on a selection; it changes no text. */
const TAG_CLAIM_ACTION_KIND = vscode.CodeActionKind.Refactor.append('dossier.tagClaim');

/** What every annotation command resolves to, so scripts and tests can tell what happened. */
export type CommandResult =
  | { ok: true; id: string; sidecar: vscode.Uri }
  | { ok: false; reason: 'cancelled' | 'noSelection' | 'notFound' | 'badArguments' | 'invalid' | 'readOnly' | 'writeFailed'; message: string };

/** Arguments of the annotation commands; each is optional. Menus pass a Uri, the Annotations view a node. */
interface CommandArgs {
  uri?: vscode.Uri;
  range?: vscode.Range;
  id?: string;
  tags?: string[];
  status?: AnnotationStatus;
  note?: string;
}

const fail = (reason: Extract<CommandResult, { ok: false }>['reason'], message: string): CommandResult => ({ ok: false, reason, message });

/** A Range, or its JSON shape (`{ start: { line, character }, end: … }`) from a keybinding or script. */
function asRange(value: unknown): vscode.Range | undefined {
  if (value instanceof vscode.Range) return value;
  const r = value as { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } | undefined;
  const n = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);
  const [sl, sc, el, ec] = [n(r?.start?.line), n(r?.start?.character), n(r?.end?.line), n(r?.end?.character)];
  return sl === undefined || sc === undefined || el === undefined || ec === undefined ? undefined : new vscode.Range(sl, sc, el, ec);
}

/** Reads command arguments, or says what is wrong with them. */
function parseArgs(arg: unknown): CommandArgs | string {
  if (arg === undefined || arg === null) return {};
  if (arg instanceof vscode.Uri) return { uri: arg };
  if (typeof arg !== 'object') return vscode.l10n.t('expected an object such as {0}', '{ uri, range, tags, status, note }');
  const raw = arg as Record<string, unknown>;
  const args: CommandArgs = {};
  if (raw.uri !== undefined) args.uri = raw.uri instanceof vscode.Uri ? raw.uri : typeof raw.uri === 'string' ? vscode.Uri.parse(raw.uri) : undefined;
  if (raw.uri !== undefined && !args.uri) return vscode.l10n.t('"uri" must be a Uri or a string');
  if (raw.range !== undefined && !(args.range = asRange(raw.range))) return vscode.l10n.t('"range" must be a Range');
  if (raw.id !== undefined) args.id = String(raw.id);
  if (raw.tags !== undefined) {
    if (!Array.isArray(raw.tags) || !raw.tags.every((t) => typeof t === 'string')) return vscode.l10n.t('"tags" must be a list of strings');
    args.tags = raw.tags;
  }
  if (raw.status !== undefined) {
    if (!(ANNOTATION_STATUSES as readonly unknown[]).includes(raw.status)) return vscode.l10n.t('"status" must be one of {0}', ANNOTATION_STATUSES.join(', '));
    args.status = raw.status as AnnotationStatus;
  }
  if (raw.note !== undefined) args.note = String(raw.note);
  return args;
}

/**
 * Lets the user pick tags: the configured ones and those in use, checked if `initial`. Typing a
 * word no tag contains makes it a new tag (the title says so); typing part of a tag only filters.
 */
async function pickTags(uri: vscode.Uri, initial: readonly string[], inUse: readonly string[]): Promise<string[] | undefined> {
  const known = [...new Set([...configuredTags(uri), ...initial, ...inUse])];
  const picker = vscode.window.createQuickPick();
  const title = vscode.l10n.t('Tag Claim: tags');
  picker.title = title;
  picker.placeholder = vscode.l10n.t('Check tags with Space, or type a new one; Enter to continue');
  picker.canSelectMany = true;
  picker.items = known.map((label) => ({ label }));
  picker.selectedItems = picker.items.filter((item) => initial.includes(item.label));
  const newTag = () => {
    const typed = picker.value.trim();
    return typed && !known.some((t) => t.toLocaleLowerCase().includes(typed.toLocaleLowerCase())) ? typed : undefined;
  };
  const picked = await new Promise<string[] | undefined>((resolve) => {
    picker.onDidChangeValue(() => {
      const extra = newTag();
      picker.title = extra ? vscode.l10n.t('Tag Claim: Enter adds the new tag “{0}”', extra) : title;
    });
    picker.onDidAccept(() => {
      const extra = newTag();
      // VS Code keeps tags checked while the filter hides them.
      resolve([...picker.selectedItems.map((item) => item.label), ...(extra ? [extra] : [])]);
      picker.hide();
    });
    picker.onDidHide(() => resolve(undefined));
    picker.show();
  });
  picker.dispose();
  return picked;
}

async function pickStatus(current: AnnotationStatus): Promise<AnnotationStatus | undefined> {
  const items = ANNOTATION_STATUSES.map((status) => ({ label: statusLabel(status), description: status === current ? vscode.l10n.t('current') : undefined, status }));
  const picked = await vscode.window.showQuickPick([...items.filter((i) => i.status === current), ...items.filter((i) => i.status !== current)], {
    title: vscode.l10n.t('Tag Claim: status'),
    placeHolder: vscode.l10n.t('Where does this claim stand?'),
  });
  return picked?.status;
}

async function askNote(current?: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Tag Claim: note'),
    prompt: vscode.l10n.t('An optional note (sources, what to check). Enter to skip, Escape to cancel.'),
    value: current ?? '',
  });
}

/**
 * The author of new annotations: `dossier.author`; when it is empty, the user is asked once
 * (their answer is saved in their settings; no answer means anonymous, and is not asked again).
 * Scripted calls never ask.
 */
async function authorFor(context: vscode.ExtensionContext, uri: vscode.Uri, interactive: boolean): Promise<string | undefined> {
  const configured = vscode.workspace.getConfiguration('dossier', uri).get<string>('author', '').trim();
  if (configured || !interactive || context.globalState.get<boolean>(AUTHOR_ASKED_KEY)) return configured || undefined;
  await context.globalState.update(AUTHOR_ASKED_KEY, true);
  const name = (await vscode.window.showInputBox({
    title: vscode.l10n.t('Your name on annotations'),
    prompt: vscode.l10n.t('Saved as the setting dossier.author. Leave empty to annotate anonymously; Dossier will not ask again.'),
    ignoreFocusOut: true,
  }))?.trim();
  if (!name) return undefined;
  await vscode.workspace.getConfiguration('dossier').update('author', name, vscode.ConfigurationTarget.Global);
  return name;
}

/** Tells the user why a change was not saved (with the file to fix), and turns it into a command result. */
export function showChangeFailure(store: AnnotationStore, uri: vscode.Uri, result: Extract<ChangeResult, { ok: false }>): CommandResult {
  if (result.reason !== 'writeFailed') {
    const open = vscode.l10n.t('Open File');
    const sidecar = store.get(articleKey(uri))?.sidecar;
    const text = result.reason === 'invalid'
      ? vscode.l10n.t('Not saved: the annotations file of {0} is not valid, and Dossier does not write over it. Fix it first. {1}', articleName(uri), result.message)
      : vscode.l10n.t('Not saved: the annotations file of {0} is read-only. {1}', articleName(uri), result.message);
    void vscode.window.showErrorMessage(text, open).then((choice) => (choice === open && sidecar ? vscode.window.showTextDocument(sidecar) : undefined));
  }
  return fail(result.reason, result.message);
}

/** Editor commands for annotations: tag a selection, edit, delete, re-attach, resolve conflicts; and the code action. */
export function registerAnnotationCommands(store: AnnotationStore, context: vscode.ExtensionContext): vscode.Disposable {
  const inUseTags = () => [...new Set(store.all().flatMap((article) => article.annotations.flatMap((a) => a.tags)))];

  const finish = (uri: vscode.Uri, id: string, result: ChangeResult): CommandResult =>
    result.ok ? { ok: true, id, sidecar: store.get(articleKey(uri))?.sidecar ?? uri } : showChangeFailure(store, uri, result);

  /** The annotation a command is about: by id, or the innermost one at the cursor. */
  const target = (args: CommandArgs): { uri: vscode.Uri; annotation: Annotation } | undefined => {
    if (args.id) {
      const found = store.find(args.id, args.uri && articleKey(args.uri));
      return found && { uri: found.article.uri, annotation: found.annotation };
    }
    const editor = vscode.window.activeTextEditor;
    const article = editor && store.get(articleKey(editor.document.uri));
    if (!editor || !article) return undefined;
    const [innermost] = annotationsTouching(article.annotations, article.anchors, toSpan(editor.document, editor.selection));
    return innermost && { uri: article.uri, annotation: innermost.annotation };
  };

  const notFound = () => {
    const message = vscode.l10n.t('No annotation here. Put the cursor on an annotated claim, or pick one in the Annotations view.');
    void vscode.window.showInformationMessage(message);
    return fail('notFound', message);
  };

  async function tagClaim(arg?: unknown): Promise<CommandResult> {
    const args = parseArgs(arg);
    if (typeof args === 'string') return fail('badArguments', args);
    const editor = vscode.window.activeTextEditor;
    const uri = args.uri ?? editor?.document.uri;
    const range = args.range ?? (editor && uri && articleKey(editor.document.uri) === articleKey(uri) ? editor.selection : undefined);
    if (!uri || !range || range.isEmpty) {
      const message = vscode.l10n.t('Select the words of the claim first, then run Tag Claim.');
      void vscode.window.showInformationMessage(message);
      return fail('noSelection', message);
    }
    if (!store.canAnnotate(uri)) return fail('badArguments', vscode.l10n.t('Save the file first: annotations are kept in a file next to it.'));
    const document = await vscode.workspace.openTextDocument(uri);
    // Scripts pass tags and are never asked anything; missing status and note then take their defaults.
    const interactive = args.tags === undefined;
    const defaultStatus = vscode.workspace.getConfiguration('dossier.annotations', uri).get<AnnotationStatus>('defaultStatus', 'open');
    const tags = args.tags ?? await pickTags(uri, [], inUseTags());
    if (!tags) return fail('cancelled', vscode.l10n.t('cancelled'));
    const status = args.status ?? (interactive ? await pickStatus(defaultStatus) : defaultStatus);
    if (!status) return fail('cancelled', vscode.l10n.t('cancelled'));
    const note = args.note ?? (interactive ? await askNote() : undefined);
    if (note === undefined && interactive) return fail('cancelled', vscode.l10n.t('cancelled'));
    const author = await authorFor(context, uri, interactive);
    // Read the text and selection only now: the document may have changed while the user picked.
    const span = toSpan(document, document.validateRange(range));
    const annotation = createAnnotation({ text: document.getText(), span, tags, status, note, author }, { now: new Date() });
    if (!annotation) return fail('noSelection', vscode.l10n.t('The selection is empty.'));
    const placed = { id: annotation.id, state: 'anchored' as const, span, method: 'position' as const, confidence: 1 };
    const result = await store.change(uri, (list) => [...list, annotation], { placed: [placed] });
    return finish(uri, annotation.id, result);
  }

  /** A command on one annotation: by id in its arguments, else the one at the cursor. */
  const onAnnotation = (run: (found: { uri: vscode.Uri; annotation: Annotation }, args: CommandArgs) => Promise<CommandResult>) =>
    async (arg?: unknown): Promise<CommandResult> => {
      const args = parseArgs(arg);
      if (typeof args === 'string') return fail('badArguments', args);
      const found = target(args);
      return found ? run(found, args) : notFound();
    };

  const editAnnotation = onAnnotation(async ({ uri, annotation }, args) => {
    const scripted = args.tags !== undefined || args.status !== undefined || args.note !== undefined;
    let patch: AnnotationPatch;
    if (scripted) {
      patch = { tags: args.tags, status: args.status, note: args.note };
    } else {
      const tags = await pickTags(uri, annotation.tags, inUseTags());
      const status = tags && await pickStatus(annotation.status);
      const note = status && await askNote(annotation.note);
      if (!tags || !status || note === undefined) return fail('cancelled', vscode.l10n.t('cancelled'));
      patch = { tags, status, note };
    }
    const now = new Date();
    const result = await store.change(uri, (list) => {
      const current = list.find((a) => a.id === annotation.id);
      return current ? upsertAnnotation(list, updateAnnotation(current, patch, now)) : [...list];
    });
    return finish(uri, annotation.id, result);
  });

  const deleteAnnotation = onAnnotation(async ({ uri, annotation }) => {
    const result = await store.change(uri, (list) => removeAnnotation(list, annotation.id));
    if (result.ok) {
      // Deleting takes one click, so undoing must too.
      const undo = vscode.l10n.t('Undo');
      void vscode.window.showInformationMessage(vscode.l10n.t('Deleted the annotation on “{0}”.', clipQuote(annotation.target.exact, 50)), undo).then((choice) => {
        if (choice !== undo) return;
        void store.change(uri, (list) => upsertAnnotation(list, annotation)).then((undone) => {
          if (!undone.ok) showChangeFailure(store, uri, undone);
        });
      });
    }
    return finish(uri, annotation.id, result);
  });

  async function reattachAnnotation(arg?: unknown): Promise<CommandResult> {
    const args = parseArgs(arg);
    if (typeof args === 'string') return fail('badArguments', args);
    const found = args.id ? store.find(args.id, args.uri && articleKey(args.uri)) : undefined;
    if (!found) return notFound();
    const { article, annotation } = found;
    const editor = vscode.window.activeTextEditor;
    const range = args.range ?? (editor && articleKey(editor.document.uri) === article.key ? editor.selection : undefined);
    if (!range || range.isEmpty) {
      await vscode.window.showTextDocument(article.uri, { preview: true });
      const message = vscode.l10n.t('Select the text “{0}” now belongs to in {1}, then run Re-attach again.', clipQuote(annotation.target.exact, 50), articleName(article.uri));
      void vscode.window.showInformationMessage(message);
      return fail('noSelection', message);
    }
    const document = await vscode.workspace.openTextDocument(article.uri);
    const span = toSpan(document, document.validateRange(range));
    const now = new Date();
    const text = document.getText();
    const result = await store.change(article.uri, (list) => {
      const current = list.find((a) => a.id === annotation.id);
      const moved = current && retargetAnnotation(current, text, span, now);
      return moved ? upsertAnnotation(list, moved) : [...list];
    });
    return finish(article.uri, annotation.id, result);
  }

  const keepVersion = onAnnotation(async ({ uri, annotation }) =>
    finish(uri, annotation.id, await store.change(uri, (list) => resolveConflict(list, annotation.id))));

  async function revealAnnotation(arg?: unknown): Promise<void> {
    const args = parseArgs(arg);
    const found = typeof args === 'string' || !args.id ? undefined : store.find(args.id, args.uri && articleKey(args.uri));
    if (!found) return;
    const anchor = found.article.anchors.get(found.annotation.id);
    const document = await vscode.workspace.openTextDocument(found.article.uri);
    if (anchor?.state !== 'anchored') {
      await vscode.window.showTextDocument(document, { preview: true });
      void vscode.window.showWarningMessage(vscode.l10n.t('“{0}” is no longer in the text. Select where it belongs and use Re-attach to Selection in the Annotations view.', clipQuote(found.annotation.target.exact, 60)));
      return;
    }
    const range = toRange(document, anchor.span);
    await vscode.window.showTextDocument(document, { selection: range, preview: true });
  }

  function getAnnotations(arg?: unknown) {
    const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.parse(arg) : undefined;
    const article = uri && store.get(articleKey(uri));
    if (!article) return undefined;
    const document = store.documentOf(article.key);
    return {
      sidecar: article.sidecar,
      state: article.state,
      articleMissing: article.articleMissing,
      annotations: article.annotations.map((a) => {
        const anchor = article.anchors.get(a.id);
        const span = anchor?.state === 'anchored' ? anchor.span : undefined;
        return { ...a, span, range: span && document ? toRange(document, span) : undefined, orphan: !span };
      }),
    };
  }

  const updateCursorContext = (editor: vscode.TextEditor | undefined) => {
    const article = editor && store.get(articleKey(editor.document.uri));
    const on = !!editor && !!article && annotationsTouching(article.annotations, article.anchors, toSpan(editor.document, editor.selection)).length > 0;
    void vscode.commands.executeCommand('setContext', AT_CURSOR_CONTEXT, on);
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(TAG_CLAIM_COMMAND, tagClaim),
    vscode.commands.registerCommand(EDIT_ANNOTATION_COMMAND, editAnnotation),
    vscode.commands.registerCommand(DELETE_ANNOTATION_COMMAND, deleteAnnotation),
    vscode.commands.registerCommand(REATTACH_ANNOTATION_COMMAND, reattachAnnotation),
    vscode.commands.registerCommand(KEEP_VERSION_COMMAND, keepVersion),
    vscode.commands.registerCommand(REVEAL_ANNOTATION_COMMAND, revealAnnotation),
    vscode.commands.registerCommand(GET_ANNOTATIONS_COMMAND, getAnnotations),
    vscode.commands.registerCommand(RELOAD_COMMAND, () => store.reloadAll()),
    vscode.window.onDidChangeTextEditorSelection((e) => updateCursorContext(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(updateCursorContext),
    vscode.languages.registerCodeActionsProvider([{ language: 'article' }, { language: 'plaintext' }], {
      provideCodeActions(document, range) {
        if (range.isEmpty || !store.canAnnotate(document.uri)) return [];
        const action = new vscode.CodeAction(vscode.l10n.t('Tag claim…'), TAG_CLAIM_ACTION_KIND);
        action.command = { command: TAG_CLAIM_COMMAND, title: action.title, arguments: [{ uri: document.uri, range }] };
        return [action];
      },
    }, { providedCodeActionKinds: [TAG_CLAIM_ACTION_KIND] }),
  );
}
