#!/bin/sh
# The "VS Code executable" given to @vscode/test-electron's runTests (vscodeExecutablePath): it
# hands VS Code's command line to runExtTests.mjs, which runs the tests in the real VS Code server
# with headless Chromium and exits with the tests' result.
exec node "$(dirname "$0")/runExtTests.mjs" "$@"
