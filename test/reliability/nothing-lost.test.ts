/**
 * Nothing a judge typed is ever erased or overwritten: re-apply, the guard, finalize, writing an
 * entry and consolidation — each also under a batch that fails half-way (a fault injected in the
 * double before or in the middle of the writing sync), which leaves the sheet as it was or complete.
 */
import { describe, expect, it } from "@jest/globals";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run as cli } from "../../src/cli/main";
import { consolidate, type FileInput } from "../../src/consolidate";
import { consolidationWorkbook } from "../../src/secretariat-sheets";
import { ScoreGuard } from "../../src/excel";
import { defaultStandard as std, subItemsForItem } from "../../src/standard";
import { openScoringWorkbook } from "../../src/xlsx";
import { buildFixture } from "../support/consolidation-fixture";
import {
  host,
  finalizeSheet,
  generateScoringSheet,
  readScoringSheetState,
  readWorkbookSheets,
  writeEntry,
  writeNewSheetsTo,
} from "../support/excel-host";

const application = { applicant: "上海某某有限公司", item: 2, judge: "张三", date: "2026-11-24" };

/** A sheet with every input filled, and a snapshot of all its cells. */
async function scored() {
  const h = host();
  await generateScoringSheet(
    h.port,
    { standard: std, header: application, sheetName: "评分", mode: "new" },
    h.caps
  );
  for (const s of subItemsForItem(std, 2)) {
    await writeEntry(h.port, "评分", s.code, {
      score: s.max / 2,
      maturity: "50–65% 协调一致",
      strength: `${s.code} 的优点`,
      improvement: `=${s.code} 的改进`,
    });
  }
  return h;
}

const inputsOf = async (h: ReturnType<typeof host>) =>
  (await readScoringSheetState(h.port, "评分")).entries;
const cellsOf = (h: ReturnType<typeof host>, name: string) =>
  JSON.stringify([...h.excel.state.sheets.find((s) => s.name === name)!.cells].sort());

describe("nothing lost", () => {
  it.each(["before", "midway"] as const)(
    "re-apply failing %s its writing sync leaves the sheet as it was",
    async (where) => {
      const h = await scored();
      const before = cellsOf(h, "评分");
      const guideBefore = cellsOf(h, "评分指引");
      const names = [...h.excel.state.sheets[0].names];
      const workbook = await readWorkbookSheets(h.port);
      h.excel.failSync(2, where);
      await expect(
        generateScoringSheet(
          h.port,
          { standard: std, header: application, sheetName: "评分", mode: "reapply", workbook },
          h.caps
        )
      ).rejects.toMatchObject({ code: "GeneralException" });
      expect(h.excel.state.sheets.map((s) => s.name)).toEqual(["评分", "评分指引"]);
      expect(cellsOf(h, "评分")).toBe(before);
      expect(cellsOf(h, "评分指引")).toBe(guideBefore);
      expect([...h.excel.state.sheets[0].names]).toEqual(names);
    }
  );

  it("re-apply that succeeds keeps every input, in the sheet's place", async () => {
    const h = await scored();
    await h.run((ctx) => ctx.workbook.worksheets.add("封面") && ctx.sync());
    const before = await inputsOf(h);
    await generateScoringSheet(
      h.port,
      { standard: std, header: application, sheetName: "评分", mode: "reapply" },
      h.caps
    );
    expect(await inputsOf(h)).toEqual(before);
    expect(h.excel.state.sheets.map((s) => s.name)).toEqual(["评分", "封面", "评分指引"]);
  });

  it("a new sheet failing half-way leaves no partial sheet (nor a partial guide) behind", async () => {
    const h = host();
    const workbook = await readWorkbookSheets(h.port);
    h.excel.failSync(1, "midway");
    await expect(
      generateScoringSheet(
        h.port,
        { standard: std, header: application, sheetName: "评分", mode: "new", workbook },
        h.caps
      )
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(h.excel.state.sheets).toEqual([]);
  });

  it("finalize failing half-way leaves the sheet open, unlocked, protected, with every score", async () => {
    const h = await scored();
    const before = cellsOf(h, "评分");
    h.excel.failSync(2, "midway");
    await expect(finalizeSheet(h.port, "评分", std)).rejects.toBeTruthy();
    const sheet = h.excel.state.sheets[0];
    expect(sheet.protection.protected).toBe(true);
    expect(cellsOf(h, "评分")).toBe(before);
    // And it can then be submitted for real.
    await finalizeSheet(h.port, "评分", std);
    expect((await readScoringSheetState(h.port, "评分")).submission.status).toBe("已提交");
  });

  it("writing an entry failing half-way puts the previous content back", async () => {
    const h = await scored();
    const before = await inputsOf(h);
    h.excel.failSync(1, "midway");
    await expect(
      writeEntry(
        h.port,
        "评分",
        "2.1",
        { score: 1, maturity: "0–5% 应对问题", strength: "新", improvement: "新" },
        before["2.1"]
      )
    ).rejects.toBeTruthy();
    expect(await inputsOf(h)).toEqual(before);
  });

  it("the guard never writes: a pasted block stays exactly as pasted", async () => {
    const h = await scored();
    const guard = new ScoreGuard(h.run, std, h.caps);
    await guard.watch("评分", 2);
    h.excel.userUnprotect("评分");
    h.excel.userEdit("评分", "D7:D9", [[999], ["文字"], [-3]]);
    await h.excel.idle();
    expect(guard.list).toHaveLength(3);
    expect([
      h.excel.valueAt("评分", "D7"),
      h.excel.valueAt("评分", "D8"),
      h.excel.valueAt("评分", "D9"),
    ]).toEqual([999, "文字", -3]);
  });

  it("consolidation never changes a judge's file, and a failing summary write leaves no partial sheets", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mh-lost-"));
    await buildFixture(dir);
    const hash = () =>
      fs
        .readdirSync(dir)
        .sort()
        .map((f) =>
          crypto
            .createHash("sha256")
            .update(fs.readFileSync(path.join(dir, f)))
            .digest("hex")
        );
    const before = hash();
    const code = await cli(["consolidate", dir, "--json"], {
      out: () => undefined,
      err: () => undefined,
    });
    expect(code).toBe(0);
    expect(hash()).toEqual(before);

    const inputs: FileInput[] = [];
    for (const f of fs.readdirSync(dir).sort())
      inputs.push({
        file: f,
        result: await openScoringWorkbook(new Uint8Array(fs.readFileSync(path.join(dir, f)))),
      });
    const plans = consolidationWorkbook(std, await consolidate(inputs));
    const h = await scored();
    const sheetBefore = cellsOf(h, "评分");
    h.excel.failSync(2, "midway");
    await expect(writeNewSheetsTo(h.port, plans, h.caps)).rejects.toBeTruthy();
    expect(h.excel.state.sheets.map((s) => s.name)).toEqual(["评分", "评分指引"]);
    expect(cellsOf(h, "评分")).toBe(sheetBefore);
  }, 120000);
});
