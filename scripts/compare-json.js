#!/usr/bin/env node
/**
 * `mhscore consolidate --json` of two builds held equal, byte for byte, on folders of judges' files:
 *   node scripts/compare-json.js OTHER_CHECKOUT DIR…
 * OTHER_CHECKOUT is a checkout with lib/ built (e.g. `git worktree add /tmp/base <commit>`, its
 * node_modules linked, `npm run build:cli` there); this checkout's lib/ is the other side.
 * Prints one line per folder (same, or where the outputs first differ) and exits 1 on any difference.
 */
const path = require("path");
const { execFileSync } = require("child_process");

const [other, ...dirs] = process.argv.slice(2);
const run = (root, dir) => {
  try {
    return execFileSync(
      process.execPath,
      [
        "--max-old-space-size=4096",
        path.join(root, "bin", "mhscore.js"),
        "consolidate",
        dir,
        "--json",
      ],
      { maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "ignore"] }
    );
  } catch (e) {
    return Buffer.concat([Buffer.from(`exit ${e.status}\n`), e.stdout ?? Buffer.alloc(0)]);
  }
};
let differ = 0;
for (const dir of dirs) {
  const [a, b] = [run(other, dir), run(path.join(__dirname, ".."), dir)];
  if (a.equals(b)) console.log(`same  ${dir} (${a.length} bytes)`);
  else {
    differ++;
    let at = 0;
    while (at < a.length && a[at] === b[at]) at++;
    console.log(
      `DIFF  ${dir} at byte ${at}: …${a.subarray(at, at + 80)}… vs …${b.subarray(at, at + 80)}…`
    );
  }
}
process.exit(differ ? 1 : 0);
