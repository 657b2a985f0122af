/**
 * Consolidation's figures do not depend on the order of files or of judges, and a bad file next to
 * good ones changes none of their figures. Sheets are generated in memory (fast-check, fixed seed).
 */
import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { consolidate, type FileInput } from "../../src/consolidate";
import { recordFuzz } from "../support/fuzz-report";
import { sheetRead } from "../support/sheet-read";

const SEED = 20261125;

const sheet = sheetRead;

const judgeSheet = fc.record({
  applicant: fc.constantFrom("上海甲公司", "上海乙公司", "上海丙公司"),
  item: fc.integer({ min: 1, max: 5 }),
  judge: fc.constantFrom("J1", "J2", "J3", "J4", "J5", "J6", "J7"),
  percents: fc.array(
    fc.integer({ min: 0, max: 20 }).map((k) => k * 5),
    { minLength: 6, maxLength: 6 }
  ),
});

/** Files of one sheet each; the same judge never scores the same application twice. */
const fileSet = fc
  .uniqueArray(judgeSheet, {
    minLength: 1,
    maxLength: 25,
    selector: (s) => `${s.applicant}|${s.item}|${s.judge}`,
  })
  .map((sheets) =>
    sheets.map((s, i): FileInput => ({
      file: `f${i}.xlsx`,
      result: { ok: true, sheets: [sheet(s.applicant, s.item, s.judge, s.percents)] },
    }))
  );

const figures = (r: Awaited<ReturnType<typeof consolidate>>) => JSON.stringify(r.applications);

describe("consolidation properties (fixed seed)", () => {
  let runs = 0;
  let changed = 0;

  it("gives the same figures for any order of the files", async () => {
    await fc.assert(
      fc.asyncProperty(fileSet, fc.func(fc.integer()), async (files, rank) => {
        runs++;
        const shuffled = [...files].sort((a, b) => rank(a.file) - rank(b.file));
        const [x, y] = [await consolidate(files), await consolidate(shuffled)];
        if (figures(x) !== figures(y)) changed++;
        expect(figures(y)).toBe(figures(x));
      }),
      { seed: SEED, numRuns: 300 }
    );
  });

  it("gives the same figures when a bad file joins the good ones", async () => {
    const badFiles: FileInput["result"][] = [
      { ok: false, code: "unreadable", message: "文件已损坏" },
      // Over the maximum everywhere, from a judge no good file has: not counted.
      { ok: true, sheets: [sheet("上海甲公司", 2, "坏评委", [110])] },
      // An unknown format version: not read as an application at all.
      { ok: true, sheets: [{ ...sheet("上海乙公司", 3, "坏评委", [50]), formatVersion: 7 }] },
    ];
    await fc.assert(
      fc.asyncProperty(fileSet, fc.constantFrom(...badFiles), fc.nat(), async (files, bad, at) => {
        runs++;
        const good = await consolidate(files);
        const mixed = [...files];
        mixed.splice(at % (files.length + 1), 0, { file: "坏文件.xlsx", result: bad });
        const withBad = await consolidate(mixed);
        // The only difference allowed: an application that has no valid judge at all.
        const known = new Set(good.applications.map((a) => `${a.item}|${a.applicant}`));
        const kept = withBad.applications.filter((a) => known.has(`${a.item}|${a.applicant}`));
        const extra = withBad.applications.filter((a) => !known.has(`${a.item}|${a.applicant}`));
        const same =
          JSON.stringify(kept) === JSON.stringify(good.applications) &&
          extra.every((a) => a.judges.length === 0);
        if (!same) changed++;
        expect(same).toBe(true);
        expect(withBad.problems.length).toBeGreaterThan(good.problems.length);
      }),
      { seed: SEED + 1, numRuns: 300 }
    );
    recordFuzz("consolidation", { inputs: runs, changedGoodFigures: changed, seed: SEED });
  });
});
