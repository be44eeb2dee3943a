#!/usr/bin/env node
// The `selfeval` command: runs the compiled CLI (built by `npm install` through the prepare script).
'use strict';
let cli;
try {
  cli = require('../lib/src/cli/main.js');
} catch (e) {
  process.stderr.write('selfeval: the CLI is not built yet; run `npm install` (or `npm run build:cli`) in the project folder.\n');
  process.exit(2);
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`selfeval: internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 2;
  },
);
