// Keyboard-first steps in the VS Code workbench driven by playwright (start smoke, packaged .vsix
// UI test): what a user does, through Quick Open, Go to Line and the Command Palette.

/** Waits until the workbench has loaded a folder. */
export async function waitForWorkbench(page) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view').waitFor({ timeout: 60_000 });
}

async function quickInput(page, keys, text) {
  await page.keyboard.press(keys);
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(text);
}

/**
 * Accepts the open quick pick's item labelled exactly `label`: the arrow keys move the focus to it
 * (the best match is not always first: "Color Theme" also matches "Browse Color Themes…").
 */
export async function pickItem(page, label) {
  const rows = page.locator('.quick-input-list .monaco-list-row');
  const labelOf = (row) => row.locator('.label-name').first().innerText();
  await rows.filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) }).first().waitFor();
  for (let moves = 0; (await labelOf(rows.and(page.locator('.focused')))).trim() !== label; moves++) {
    if (moves === 30) throw new Error(`cannot move the focus to "${label}"`);
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens a file of the workspace through Quick Open (Ctrl+P) and waits for its editor. */
export async function openByQuickOpen(page, fileName) {
  await quickInput(page, 'Control+P', fileName);
  await pickItem(page, fileName);
  await page.locator('.tab.active', { hasText: fileName }).waitFor();
  await page.locator('.monaco-editor .view-line').first().waitFor();
}

/** Waits until the status bar's language indicator reads `language`. */
export async function waitForLanguage(page, language, timeout = 30_000) {
  const indicator = page.locator('[id="status.editor.mode"]');
  try {
    await indicator.filter({ hasText: new RegExp(`^\\s*${language}\\s*$`) }).waitFor({ timeout });
  } catch {
    throw new Error(`the language indicator shows "${(await indicator.innerText().catch(() => '?')).trim()}"`);
  }
}

/** Moves the cursor of the active editor to a 1-based line and column with Go to Line (Ctrl+G). */
export async function goToLine(page, line, column = 1) {
  await quickInput(page, 'Control+G', `${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line}, Col ${column}` }).waitFor();
}

/** Runs a command by its title from the Command Palette (F1). */
export async function runCommand(page, title) {
  await quickInput(page, 'F1', title);
  await pickItem(page, title);
}
