/**
 * The pane's styles compiled ahead of time, as Fluent UI's own packages ship theirs: each
 * `makeStyles({...})` of a module is evaluated at build time and replaced by
 * `__styles(classes, cssRules)` — the same class names and CSS Griffel would compute in the
 * browser (@griffel/core's resolveStyleRulesForSlots, the one the runtime uses), so the runtime
 * style engine (CSS parsing, RTL flipping, vendor prefixes) never loads. A style object may use
 * literals, template strings and `tokens.*` only; anything else fails the build naming the file.
 */
const ts = require("typescript");
// @griffel/core is the engine @fluentui/react-components itself resolves to (one copy installed).
const { resolveStyleRulesForSlots } = require("@griffel/core");
const { tokens } = require("@fluentui/react-components");

/** The `makeStyles(…)` calls of a module's JavaScript, last first (so replacing keeps offsets). */
function makeStylesCalls(file, code) {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const calls = [];
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "makeStyles" &&
      node.arguments.length === 1
    )
      calls.push(node);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return calls.sort((a, b) => b.getStart() - a.getStart());
}

function evaluate(file, text) {
  try {
    return new Function("tokens", `"use strict"; return (${text});`)(tokens);
  } catch (e) {
    throw new Error(
      `${file}: makeStyles takes only literals, template strings and tokens.* here (${e.message})`
    );
  }
}

module.exports = function griffelAotLoader(source, map) {
  if (!/\bmakeStyles\(/.test(source) || !/@fluentui\/react-components/.test(source)) {
    this.callback(null, source, map);
    return;
  }
  let code = source;
  const calls = makeStylesCalls(this.resourcePath, code);
  for (const call of calls) {
    const arg = call.arguments[0];
    const styles = evaluate(this.resourcePath, arg.getText());
    const [classes, cssRules] = resolveStyleRulesForSlots(styles);
    // As many lines as the call had: what follows keeps its line numbers (and the source map).
    const lines = call.getText().split("\n").length - 1;
    const compiled =
      `__mhStyles(${JSON.stringify(classes)}, ${JSON.stringify(cssRules)})` + "\n".repeat(lines);
    code = code.slice(0, call.getStart()) + compiled + code.slice(call.getEnd());
  }
  code += `\nimport { __styles as __mhStyles } from "@fluentui/react-components";\n`;
  this.callback(null, code, map);
};
