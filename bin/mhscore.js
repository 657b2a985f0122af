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
const io = {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
  progress: process.stderr.isTTY ? (text) => process.stderr.write("\r" + text) : undefined,
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
