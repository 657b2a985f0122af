/** Chromium for tests: `describeWithBrowser` runs a block only where Chromium exists (see global-setup.js). */
import { describe } from "@jest/globals";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const harness = require("../../scripts/lib/pane-harness");

export const describeWithBrowser: typeof describe = (
  harness.findChromium() ? describe : describe.skip
) as typeof describe;

const root = path.join(__dirname, "..", "..");

export function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** The production build of the pane; rebuilt when src/ changed since the last build. */
export function ensureBuilt(): string {
  const html = path.join(root, "dist", "taskpane.html");
  if (!fs.existsSync(html) || fs.statSync(html).mtimeMs < newestMtime(path.join(root, "src"))) {
    execFileSync(
      process.execPath,
      [path.join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "production"],
      {
        cwd: root,
        stdio: "ignore",
      }
    );
  }
  return path.join(root, "dist");
}

/** Where screenshots go: SCREENSHOT_DIR, else test-output/screenshots. */
export function screenshotDir(): string {
  const dir = process.env.SCREENSHOT_DIR
    ? path.resolve(process.env.SCREENSHOT_DIR)
    : path.join(root, "test-output", "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * The production build with the try-it page (webpack --env demo), in test-output/demo-dist — never
 * in dist/, which is what a deployment ships. Rebuilt when src/ or demo/ changed since.
 */
export function ensureDemoBuilt(): string {
  const out = path.join(root, "test-output", "demo-dist");
  const html = path.join(out, "demo.html");
  const newest = Math.max(
    newestMtime(path.join(root, "src")),
    newestMtime(path.join(root, "demo"))
  );
  if (!fs.existsSync(html) || fs.statSync(html).mtimeMs < newest) {
    execFileSync(
      process.execPath,
      [
        path.join(root, "node_modules/webpack/bin/webpack.js"),
        "--mode",
        "production",
        "--env",
        "demo",
        "--output-path",
        out,
      ],
      { cwd: root, stdio: "ignore" }
    );
  }
  return out;
}

/** The compiled command line (lib/, what bin/mhscore.js runs); recompiled when src/ changed since. */
export function ensureCliBuilt(): string {
  const main = path.join(root, "lib", "cli", "main.js");
  if (!fs.existsSync(main) || fs.statSync(main).mtimeMs < newestMtime(path.join(root, "src"))) {
    execFileSync(
      process.execPath,
      [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
      { cwd: root, stdio: "ignore" }
    );
  }
  return path.join(root, "bin", "mhscore.js");
}
