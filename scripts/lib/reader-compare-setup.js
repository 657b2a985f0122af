/* global jest */
/**
 * The reader held equal to an earlier build of itself, on every input a jest run gives it:
 *   READER_BASE=/path/to/other/lib CI=true npx jest test/reliability \
 *     --setupFiles ./scripts/lib/reader-compare-setup.js --maxWorkers=1
 * Each call of openScoringWorkbook (src/xlsx/open-scoring-workbook.ts) also runs the build in
 * READER_BASE (e.g. `git worktree add /tmp/base <commit>` then `npm run build:cli` there) and
 * compares the two results as JSON; every input is counted, and each difference is written to
 * test-output/reader-compare/ (the input and both results) for a look.
 */
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");

const base = process.env.READER_BASE;
const target = path.join(__dirname, "..", "..", "src", "xlsx", "open-scoring-workbook");
const out = path.join(__dirname, "..", "..", "test-output", "reader-compare");

if (base) {
  jest.mock(target, () => {
    const actual = jest.requireActual(target);
    const before = require(path.join(base, "xlsx", "open-scoring-workbook.js"));
    const tally = path.join(out, `tally-${process.pid}.json`);
    fs.mkdirSync(out, { recursive: true });
    const counts = fs.existsSync(tally) ? JSON.parse(fs.readFileSync(tally, "utf8")) : {};
    counts.inputs ??= 0;
    counts.different ??= 0;
    return {
      ...actual,
      openScoringWorkbook: async (data, limits) => {
        const now = await actual.openScoringWorkbook(data, limits);
        const then = await before.openScoringWorkbook(data, limits);
        const [a, b] = [JSON.stringify(now), JSON.stringify(then)];
        counts.inputs++;
        if (a !== b) {
          counts.different++;
          const id = crypto.createHash("sha1").update(data).digest("hex").slice(0, 12);
          fs.writeFileSync(path.join(out, `${id}.xlsx`), data);
          fs.writeFileSync(path.join(out, `${id}.json`), JSON.stringify({ now, then }, null, 1));
        }
        fs.writeFileSync(tally, JSON.stringify(counts));
        return now;
      },
    };
  });
}
