/**
 * The pane's strings travel with the code that shows them. In the web build, src/strings/table.ts
 * (the whole zh-CN.json) is replaced by table.web.ts, an empty table; this loader puts at the head
 * of every product module the texts of the keys it spells (scripts/lib/string-keys.js), registered
 * as the module starts to run, before any of its code can ask for them. So each chunk holds the
 * strings of its own modules: the first screen only what it renders, the guide, status,
 * operations and secretariat chunks theirs, and what only the command line says never reaches the
 * pane. zh-CN.json stays the one place where every user-visible string is written.
 */
const fs = require("fs");
const path = require("path");
const { keysSpelled } = require("./string-keys");

const stringsDir = path.resolve(__dirname, "../../src/strings");
const tablePath = path.join(stringsDir, "zh-CN.json");
const registry = path.join(stringsDir, "table.web.ts");

module.exports = function stringsLoader(source, map) {
  this.addDependency(tablePath);
  const table = JSON.parse(fs.readFileSync(tablePath, "utf8"));
  // The keys are read in the module as written (TypeScript), not in what the compiler made of it.
  const original = fs.readFileSync(this.resourcePath, "utf8");
  const keys = keysSpelled(original, Object.keys(table));
  if (keys.length === 0 || this.resourcePath.startsWith(stringsDir + path.sep)) {
    this.callback(null, source, map);
    return;
  }
  const texts = Object.fromEntries(keys.map((k) => [k, table[k]]));
  // First on the module's first line: its strings are there before any of its code runs (also
  // code at the top level), and every line keeps its number (imports are hoisted anyway).
  const head =
    `import { addStrings as __mhAddStrings } from ${JSON.stringify(registry)}; ` +
    `__mhAddStrings(${JSON.stringify(texts)}); `;
  this.callback(null, head + source, map);
};
