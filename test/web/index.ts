// The test entry of VS Code for the Web's extension host, a web worker (`npm run test:web`): mocha's
// browser build runs the web suite and the integration suites that do not depend on the host, so
// the same behaviour is checked in the Node and the web extension host. esbuild.mjs bundles this
// file with them into out/test/web/suite.js; `node:assert/strict` becomes ./assertStrict.
import 'mocha/mocha';

export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  require('./webHost.test');
  require('../integration/articleLanguage.test');
  require('../integration/editorFeatures.test');
  require('../integration/annotations.test');
  require('../integration/eventsPanel.test');
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run((failures) => {
      // The line CI reads as the summary; mocha's own "N passing" is not recognised.
      console.log(`${passed} passed, ${failed} failed`);
      if (failures > 0) reject(new Error(`${failures} web extension test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
  });
}
