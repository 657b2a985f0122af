#!/usr/bin/env node
/**
 * The longest functions of src/, in lines, longest first: `node scripts/function-lengths.js [N]`.
 * test/tooling/function-lengths.test.ts holds the longest at most 80 lines.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const isFunction = (n) =>
  ts.isFunctionDeclaration(n) ||
  ts.isArrowFunction(n) ||
  ts.isFunctionExpression(n) ||
  ts.isMethodDeclaration(n);

/** [lines, "file:line name"] for every function of every file below `dir`. */
function functionLengths(dir) {
  const out = [];
  for (const file of sourceFiles(dir)) {
    const sf = ts.createSourceFile(
      file,
      fs.readFileSync(file, "utf8"),
      ts.ScriptTarget.Latest,
      true
    );
    const line = (pos) => sf.getLineAndCharacterOfPosition(pos).line;
    const visit = (n) => {
      if (isFunction(n)) {
        const first = line(n.getStart());
        const name = n.name ? n.name.getText() : "";
        out.push([
          line(n.getEnd()) - first + 1,
          `${path.relative(process.cwd(), file)}:${first + 1} ${name}`,
        ]);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out.sort((a, b) => b[0] - a[0]);
}

module.exports = { functionLengths };

if (require.main === module) {
  const most = Number(process.argv[2] ?? 12);
  const root = path.join(__dirname, "..", "src");
  for (const [lines, where] of functionLengths(root).slice(0, most)) console.log(lines, where);
}
