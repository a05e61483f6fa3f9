#!/usr/bin/env node
// The published entry point: the bundled CLI lives in dist/ so `npx dossier` works after `npm ci`
// once the project is built (npm ci runs `prepare`, which builds).
require('../dist/cli.js');
