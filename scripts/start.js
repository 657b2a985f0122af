#!/usr/bin/env node
/**
 * npm start. Where desktop Excel exists (Windows, macOS), office-addin-debugging starts the dev
 * server and sideloads the add-in, as in Microsoft's template — and a failure it reports ends
 * this with exit code 1 (it would exit 0 itself). Elsewhere (Linux: no desktop Excel) the dev
 * server runs in the foreground, after the ways to try the add-in are printed: Excel on the web
 * with manifest.xml, or https://localhost:3000/demo.html without Excel. The exit code is the dev
 * server's: non-zero when it could not start (a port in use, say).
 */
const { spawn } = require("child_process");
const path = require("path");
const { message } = require("./lib/messages");
const { devPort, portFree, DEFAULT_PORT } = require("./lib/dev-port");

const root = path.join(__dirname, "..");
const bin = (pkg, file) => path.join(root, "node_modules", pkg, file);

/** What npm start runs on a platform, on a port. */
function startPlan(platform = process.platform, port = DEFAULT_PORT) {
  if (platform === "win32" || platform === "darwin")
    return {
      kind: "desktop",
      port,
      intro: message("start.desktop"),
      args: [bin("office-addin-debugging", "lib/cli.js"), "start", "manifest.xml", "desktop"],
    };
  const other = port === DEFAULT_PORT ? "" : `\n${message("start.otherPort", { port })}\n`;
  return {
    kind: "dev-server",
    port,
    intro: message("start.linux", { port }) + other,
    args: [bin("webpack", "bin/webpack.js"), "serve", "--mode", "development"],
  };
}

/** office-addin-debugging prints "Error: Unable to start debugging." and still exits 0. */
const reportsFailure = (text) =>
  /Error: Unable to start debugging|Error: .*not supported/i.test(text);

function run(plan) {
  console.log(plan.intro);
  const child = spawn(process.execPath, plan.args, {
    cwd: root,
    env: { ...process.env, MH_DEV_PORT: String(plan.port) },
    stdio: plan.kind === "desktop" ? ["inherit", "inherit", "pipe"] : "inherit",
  });
  let failed = false;
  child.stderr?.on("data", (chunk) => {
    process.stderr.write(chunk);
    if (reportsFailure(String(chunk))) failed = true;
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    if (failed) {
      console.error(message("start.desktopFailed"));
      process.exit(1);
    }
    if (plan.kind === "dev-server" && !signal) console.error(message("start.exited", { code }));
    process.exit(signal ? 0 : (code ?? 1));
  });
}

/** The port checked first: a taken or bad port is said in zh-CN (exit 1), never a stack trace. */
async function main() {
  const asked = devPort();
  if (asked.error !== undefined) {
    console.error(message("start.badPort", { value: asked.error }));
    process.exit(1);
  }
  if (!(await portFree(asked.port))) {
    console.error(message("start.portTaken", { port: asked.port, next: asked.port + 1 }));
    process.exit(1);
  }
  run(startPlan(process.platform, asked.port));
}

if (require.main === module) void main();

module.exports = { startPlan, reportsFailure };
