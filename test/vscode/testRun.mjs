// What the two runners of extension tests in a browser share (runExtTests.mjs for the Node
// extension host, test/web/runWebTests.mjs for the web worker of VS Code for the Web): a
// time-stamped log, one orderly end however the run stops, and the workbench's test hooks.

/**
 * `finish(code, reason)` runs `cleanUp(code)` once and exits with `code`. It is also called after
 * `timeoutSeconds` (exit 1) and on SIGINT or SIGTERM (exit 130). `note` logs to stderr.
 */
export function testRun({ name, timeoutSeconds, cleanUp }) {
  const started = Date.now();
  const note = (message) => console.error(`[${name} +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
  let finishing = false;
  const finish = async (code, reason) => {
    if (finishing) return;
    finishing = true;
    clearTimeout(timer);
    note(`${reason}; exit code ${code}`);
    await cleanUp(code);
    process.exit(code);
  };
  const timer = setTimeout(() => finish(1, `timed out after ${timeoutSeconds} s`), timeoutSeconds * 1000);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => finish(130, `received ${signal}`));
  return { note, finish };
}

/**
 * Before the workbench loads: it forwards the extension host's console (the mocha output) to
 * codeAutomationLog, and reports the tests' exit code through codeAutomationExit.
 */
export async function reportTestsOf(page, finish, { verbose = false, note } = {}) {
  page.on('crash', () => finish(1, 'the workbench page crashed'));
  if (verbose) page.on('console', (message) => note(`[browser ${message.type()}] ${message.text()}`));
  await page.exposeFunction('codeAutomationLog', (type, args) => (console[type] ?? console.log)(...args));
  await page.exposeFunction('codeAutomationExit', (code) => finish(code, 'extension tests finished'));
}
