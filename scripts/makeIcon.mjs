// Renders images/icon.svg to images/icon.png (128×128, transparent corners), the marketplace icon
// that package.json names. Run after editing the SVG: `node scripts/makeIcon.mjs`; commit both.
// Uses the headless Chromium of the test tools (bash scripts/installTestVscode.sh).
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, makeSandbox, repoRoot } from '../test/vscode/vscodeServer.mjs';

const size = 128;
const svg = fs.readFileSync(path.join(repoRoot, 'images/icon.svg'), 'utf8');
const sandbox = makeSandbox('dossier-icon-');
const browser = await launchChromium(sandbox.env);
try {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: path.join(repoRoot, 'images/icon.png'), omitBackground: true });
} finally {
  await browser.close();
  sandbox.remove();
}
console.log('images/icon.png written');
