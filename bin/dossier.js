#!/usr/bin/env node
// The `dossier` command. The CLI is bundled into dist/ by the build, which `npm ci` runs (prepare).
require('../dist/cli.js').runFromProcess();
