#!/usr/bin/env node
/**
 * CI: `npm run dev-server` and `npm start` come up on a fresh machine (Linux, as root, no sudo)
 * and serve https://localhost:3000/taskpane.html and /demo.html; both are then stopped.
 * Exits 1 with the server's output when either page does not come within the time allowed.
 */
const { spawn } = require("child_process");
const https = require("https");
const path = require("path");

const root = path.join(__dirname, "..");
const PAGES = ["/taskpane.html", "/demo.html"];

const status = (page) =>
  new Promise((resolve) =>
    https
      .get({ host: "localhost", port: 3000, path: page, rejectUnauthorized: false }, (res) => {
        res.resume();
        resolve(res.statusCode);
      })
      .on("error", () => resolve(0))
  );

async function probe(label, args, seconds = 240) {
  const child = spawn(process.execPath, args, { cwd: root, detached: true });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  let exited = null;
  child.on("exit", (code) => (exited = code));
  const deadline = Date.now() + seconds * 1000;
  let codes = [];
  while (Date.now() < deadline && exited === null) {
    codes = await Promise.all(PAGES.map(status));
    if (codes.every((c) => c === 200)) break;
    await new Promise((r) => setTimeout(r, 2000));
  }
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
  const ok = codes.length > 0 && codes.every((c) => c === 200);
  console.log(`${label}: ${PAGES.map((p, i) => `${p} ${codes[i] ?? "-"}`).join(", ")}`);
  if (!ok) console.log(output);
  await new Promise((r) => setTimeout(r, 1500));
  return ok;
}

(async () => {
  const webpack = path.join(root, "node_modules/webpack/bin/webpack.js");
  const a = await probe("npm run dev-server", [webpack, "serve", "--mode", "development"]);
  const b = await probe("npm start", [path.join(root, "scripts/start.js")]);
  process.exit(a && b ? 0 : 1);
})();
