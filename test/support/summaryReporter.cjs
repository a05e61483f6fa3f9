// Mocha's spec reporter plus the closing line `N passed, N failed` that CI reads as the test
// summary (mocha's own "N passing" is not recognised there). Used by every suite, including the
// one inside the VS Code extension host.
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    let passed = 0;
    let failed = 0;
    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, () => { passed++; });
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, () => { failed++; });
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      // After the spec reporter's epilogue, so it is the last line of the suite's output.
      setImmediate(() => console.log(`${passed} passed, ${failed} failed`));
    });
  }
}

module.exports = SummaryReporter;
