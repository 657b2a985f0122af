import { describe, expect, it } from "@jest/globals";
import { ROSTER_SHEETS } from "../../src/round";
import type { SheetPlan } from "../../src/sheet-kit";
import { buildScoringSheetPlan, rosterWorkbook } from "../../src/judge-sheets";
import { defaultStandard as std, standardTag } from "../../src/standard";
import { entryName, NAMES, STANDARD_NAME } from "../../src/workbook-format";
import {
  hostFailureOf,
  type SheetRead,
  type WorkbookChange,
} from "../../src/workbook-format/workbook-port";
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { XlsxPackage } from "../../src/xlsx";

const scoring = (applicant: string, sheetName: string, item = 2): SheetPlan =>
  buildScoringSheetPlan(std, { applicant, item, judge: "张三", date: "2026-11-24" }, { sheetName });

const workbook = () =>
  FileWorkbook.fromPlans([
    scoring("上海甲科技有限公司", "甲"),
    scoring("上海乙制造有限公司", "乙", 5),
  ]);

async function read(wb: FileWorkbook, sheetName: string, formulas = false): Promise<SheetRead> {
  const [sheet] = await wb.readSheets([sheetName], { formulas });
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  return sheet;
}

/** The host failure kind `apply` rejected with ("none" when it succeeded). */
async function failureOf(wb: FileWorkbook, changes: WorkbookChange[]): Promise<string | null> {
  try {
    await wb.apply(changes);
    return "none";
  } catch (e) {
    return hostFailureOf(e);
  }
}

const score21 = entryName("score", "2.1");

describe("FileWorkbook: the .xlsx file host", () => {
  it("reads sheets, names, text constants and protection through the bytes", async () => {
    const wb = workbook();
    expect(await wb.sheetNames()).toEqual(["甲", "乙"]);
    const sheets = await wb.readSheets("all");
    expect(sheets.map((s) => [s.sheetName, s.position, s.protected])).toEqual([
      ["甲", 0, true],
      ["乙", 1, true],
    ]);
    const [a] = sheets;
    expect(a.texts[STANDARD_NAME]).toBe(standardTag(std));
    expect(a.names[NAMES.applicant]).toMatch(/^[A-Z]+\d+$/);
    expect(a.value(a.names[NAMES.applicant])).toBe("上海甲科技有限公司");
    expect(a.names["_xlnm.Print_Area"]).toBeUndefined();
    expect(a.value("ZZ999")).toBeUndefined();
    expect(a.formula(a.names[NAMES.total])).toBeUndefined();
    const withFormulas = await read(wb, "乙", true);
    expect(withFormulas.formula(withFormulas.names[NAMES.total])).toMatch(/^=/);
    expect(withFormulas.formula(withFormulas.names[NAMES.applicant])).toBe("上海乙制造有限公司");
    // What is read is what the file holds.
    const pkg = await XlsxPackage.open(await wb.bytes());
    expect(pkg.sheets.map((s) => s.name)).toEqual(["甲", "乙"]);
    expect(await wb.readSheets(["乙", "无此表"])).toHaveLength(1);
  });

  it("adds sheets where asked and refuses a taken name, ignoring case", async () => {
    const wb = FileWorkbook.fromPlans([scoring("甲公司", "Alpha")]);
    await wb.apply([
      { kind: "add", plan: scoring("乙公司", "乙") },
      { kind: "add", plan: scoring("丙公司", "丙"), position: 0 },
      { kind: "add", plan: scoring("丁公司", "丁"), position: "end" },
    ]);
    expect(await wb.sheetNames()).toEqual(["丙", "Alpha", "乙", "丁"]);
    const c = await read(wb, "丙");
    expect([c.position, c.value(c.names[NAMES.applicant])]).toEqual([0, "丙公司"]);
    expect(await failureOf(wb, [{ kind: "add", plan: scoring("戊公司", "ALPHA") }])).toBe("exists");
  });

  it("replaces a sheet in its place under its old name", async () => {
    const wb = workbook();
    await wb.apply([{ kind: "replace", sheetName: "甲", plan: scoring("新申报单位", "临时", 3) }]);
    expect(await wb.sheetNames()).toEqual(["甲", "乙"]);
    const a = await read(wb, "甲");
    expect(a.value(a.names[NAMES.applicant])).toBe("新申报单位");
    expect(a.names[entryName("score", "3.1")]).toBeDefined();
    await wb.apply([
      { kind: "replace", sheetName: "甲", plan: scoring("再换", "x"), position: "end" },
    ]);
    expect(await wb.sheetNames()).toEqual(["乙", "甲"]);
    expect(
      await failureOf(wb, [{ kind: "replace", sheetName: "无", plan: scoring("x", "x") }])
    ).toBe("not-found");
  });

  it("writes an unlocked input cell of a protected sheet, by name or address, and refuses a locked one", async () => {
    const wb = workbook();
    const before = await read(wb, "甲");
    const strength = before.names[entryName("strength", "2.1")];
    await wb.apply([
      {
        kind: "cells",
        sheetName: "甲",
        cells: [
          { name: score21, value: 8 },
          { address: strength.toLowerCase(), value: "方法完整" },
        ],
      },
    ]);
    const after = await read(wb, "甲");
    expect(after.value(after.names[score21])).toBe(8);
    expect(after.value(strength)).toBe("方法完整");
    expect(
      await failureOf(wb, [
        { kind: "cells", sheetName: "甲", cells: [{ name: NAMES.applicant, value: "改名" }] },
      ])
    ).toBe("protected");
    expect(
      await failureOf(wb, [
        { kind: "cells", sheetName: "甲", cells: [{ address: "ZZ999", value: 1 }] },
      ])
    ).toBe("protected");
    expect(
      await failureOf(wb, [
        { kind: "cells", sheetName: "甲", cells: [{ name: "MH_NOPE", value: 1 }] },
      ])
    ).toBe("not-found");
    expect(
      await failureOf(wb, [
        { kind: "cells", sheetName: "丙", cells: [{ address: "A1", value: 1 }] },
      ])
    ).toBe("not-found");
  });

  it("stores a formula-looking string as text when asked to, or in a text-formatted cell", async () => {
    const wb = workbook();
    const before = await read(wb, "甲");
    const [text, formula] = ["2.1", "2.2"].map((code) => before.names[entryName("score", code)]);
    const comment = before.names[entryName("strength", "2.1")];
    await wb.apply([
      { kind: "cells", sheetName: "甲", cells: [{ address: text, value: "=1+1" }], text: true },
      {
        kind: "cells",
        sheetName: "甲",
        cells: [
          { address: formula, value: "=1+1" },
          { address: comment, value: "=1+1 是评语" },
        ],
      },
    ]);
    const a = await read(wb, "甲", true);
    expect([a.value(text), a.formula(text)]).toEqual(["=1+1", "=1+1"]);
    expect([a.value(comment), a.formula(comment)]).toEqual(["=1+1 是评语", "=1+1 是评语"]);
    expect(a.formula(formula)).toBe("=1+1");
    expect(a.value(formula)).not.toBe("=1+1");
    const stored = wb.plans()[0].cells.find((c) => c.address === formula);
    expect([stored?.formula, stored?.value]).toEqual(["=1+1", undefined]);
  });

  it("is all or nothing: a batch whose last change fails changes nothing", async () => {
    const wb = workbook();
    const bytes = await wb.bytes();
    const plans = wb.plans();
    const failure = await failureOf(wb, [
      { kind: "cells", sheetName: "甲", cells: [{ name: score21, value: 9 }] },
      { kind: "add", plan: scoring("丙公司", "丙") },
      { kind: "protect", sheetName: "乙", protect: false },
      { kind: "replace", sheetName: "乙", plan: scoring("丁公司", "丁") },
      { kind: "cells", sheetName: "无此表", cells: [{ address: "A1", value: 1 }] },
    ]);
    expect(failure).toBe("not-found");
    expect(wb.plans()).toEqual(plans);
    expect(await wb.bytes()).toEqual(bytes);
    expect(await wb.sheetNames()).toEqual(["甲", "乙"]);
    const a = await read(wb, "甲");
    expect(a.value(a.names[score21])).toBeNull();
  });

  it("locks only while unprotected, and protection guards what is locked", async () => {
    const wb = workbook();
    const lock: WorkbookChange = {
      kind: "lock",
      sheetName: "甲",
      cells: [{ address: "A1" }],
      locked: false,
    };
    expect(await failureOf(wb, [lock])).toBe("protected");
    await wb.apply([
      { kind: "protect", sheetName: "甲", protect: false },
      lock,
      { kind: "lock", sheetName: "甲", cells: [{ name: score21 }], locked: true },
      { kind: "protect", sheetName: "甲", protect: true },
    ]);
    expect((await read(wb, "甲")).protected).toBe(true);
    expect(
      await failureOf(wb, [
        { kind: "cells", sheetName: "甲", cells: [{ address: "A1", value: "标题" }] },
      ])
    ).toBe("none");
    expect(
      await failureOf(wb, [
        { kind: "cells", sheetName: "甲", cells: [{ name: score21, value: 5 }] },
      ])
    ).toBe("protected");
    await wb.apply([{ kind: "protect", sheetName: "乙", protect: false }]);
    const b = await read(wb, "乙");
    expect(b.protected).toBe(false);
    expect(wb.plans()[1].protection).toBeNull();
    expect(await failureOf(wb, [{ kind: "protect", sheetName: "无", protect: true }])).toBe(
      "not-found"
    );
  });

  it("reads a roster sheet's used range as a grid", async () => {
    const wb = FileWorkbook.fromPlans(rosterWorkbook(std));
    const grids = await wb.readGrids([ROSTER_SHEETS.applications, "无此表"]);
    const grid = grids[ROSTER_SHEETS.applications];
    expect(grid?.row).toBe(1);
    expect(grid?.column).toBe(1);
    expect(grid?.values[0]).toEqual(["编号", "申报组织", "申报单项"]);
    expect(grids["无此表"]).toBeNull();
  });

  it("counts round trips, keeps settings in memory and remembers the active cell", async () => {
    const wb = workbook();
    await wb.sheetNames();
    await wb.readSheets(["甲"]);
    await wb.readSheets("all");
    await wb.readGrids(["甲"]);
    await wb.apply([], { activate: { sheetName: "乙", address: "D7" } });
    expect(wb.active).toEqual({ sheetName: "乙", address: "D7" });
    expect(await wb.setting("judge")).toBeNull();
    await wb.setSetting("judge", "张三");
    expect(await wb.setting("judge")).toBe("张三");
    await wb.select("甲", "B2");
    expect(wb.active).toEqual({ sheetName: "甲", address: "B2" });
    expect(wb.syncs).toBe(10);
    await expect(wb.select("无", "A1")).rejects.toMatchObject({ hostFailure: "not-found" });
  });

  it("keeps its own copy of the plans it was given", async () => {
    const plan = scoring("甲公司", "甲");
    const wb = FileWorkbook.fromPlans([plan]);
    plan.sheetName = "改";
    expect(await wb.sheetNames()).toEqual(["甲"]);
  });

  it("starts empty, as a port to fill, and has no bytes until a sheet is added", async () => {
    const wb = FileWorkbook.fromPlans([]);
    expect(await wb.sheetNames()).toEqual([]);
    expect(await wb.readSheets("all")).toEqual([]);
    expect(await wb.readGrids(["甲"])).toEqual({ 甲: null });
    await expect(wb.bytes()).rejects.toThrow(RangeError);
    await wb.apply([{ kind: "add", plan: scoring("甲公司", "甲") }]);
    expect(await wb.sheetNames()).toEqual(["甲"]);
  });
});
