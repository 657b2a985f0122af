#!/usr/bin/env node
/* The mhscore command. The TypeScript is compiled to lib/ by `npm install` (prepare). */
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write(
      "mhscore 尚未编译：请先在项目目录运行 npm install（或 npm run build:cli）。\n"
    );
    process.exit(1);
  }
  throw e;
}
// A reader that stops early (mhscore consolidate --json | head) closes the pipe: stop quietly.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(process.exitCode || 0);
  process.stderr.write(cli.stdoutFailure(e) + "\n");
  process.exit(1);
});
const io = {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
  // Progress only on a terminal: one line rewritten in place, ended by the last update.
  progress: process.stderr.isTTY
    ? (text, last) => process.stderr.write("\r" + text + "\x1b[K" + (last ? "\n" : ""))
    : undefined,
};
cli.run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`mhscore 出错：${error && error.message ? error.message : error}\n`);
    process.exitCode = 1;
  }
);
