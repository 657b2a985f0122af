/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   this file breaks the proxy rules on purpose, to prove the double enforces them as Excel does. */
/** The double keeps the rules real Excel enforces; src/excel's tests rely on them. */
import { describe, expect, it } from "@jest/globals";
import { ExcelDouble } from "../support/excel-double";

describe("the in-memory Excel double", () => {
  it("refuses to read a property before load and sync", async () => {
    const excel = new ExcelDouble();
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.add("S");
      expect(() => sheet.name).toThrow(/not available/);
      sheet.load("name");
      expect(() => sheet.name).toThrow(/not available/);
      await ctx.sync();
      expect(sheet.name).toBe("S");
      const range = sheet.getRange("A1");
      range.values = [[5]];
      expect(() => range.values).toThrow(/not available/);
    });
  });

  it("lands queued writes only at sync, in order", async () => {
    const excel = new ExcelDouble();
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.add("S");
      sheet.getRange("B2").values = [[1]];
      expect(excel.state.sheets).toHaveLength(0);
      await ctx.sync();
      expect(excel.valueAt("S", "B2")).toBe(1);
    });
  });

  it("gives null objects for *OrNullObject, readable only after sync", async () => {
    const excel = new ExcelDouble();
    await excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("nope");
      expect(() => missing.isNullObject).toThrow(/not available/);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      ctx.workbook.worksheets.getItem("nope").load("name");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("throws when protecting a protected sheet and when writing a locked cell of one", async () => {
    const excel = new ExcelDouble();
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.add("S");
      sheet.getRange("A1").format.protection.locked = false;
      sheet.protection.protect();
      await ctx.sync();
      sheet.getRange("A1").values = [[1]];
      await ctx.sync();
      sheet.getRange("B1").values = [[1]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      sheet.protection.protect();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
  });

  it("counts syncs and round trips, and stores '=…' as a formula unless the cell is text", async () => {
    const excel = new ExcelDouble();
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.add("S");
      sheet.getRange("A1").values = [["=1+1"]];
      sheet.getRange("A2").numberFormat = [["@"]];
      sheet.getRange("A2").values = [["=1+1"]];
      await ctx.sync();
      await ctx.sync();
    });
    expect([excel.syncs, excel.roundTrips]).toEqual([2, 1]);
    const cells = excel.state.sheets[0].cells;
    expect(cells.get("A1")!.formula).toBe("=1+1");
    expect(cells.get("A2")!.value).toBe("=1+1");
  });

  it("hides APIs above the host's version", async () => {
    const excel = new ExcelDouble({ apiMinor: 8 });
    expect(excel.office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(excel.office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.add("S");
      expect(() => sheet.pageLayout).toThrow(/ExcelApi 1.9/);
    });
  });

  it("fires onChanged after sync, with details only for a single cell (1.9+)", async () => {
    const excel = new ExcelDouble({ apiMinor: 9 });
    const events: any[] = [];
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.add("S");
      sheet.onChanged.add((e) => void events.push(e));
      await ctx.sync();
    });
    excel.userEdit("S", "A1", [[3]]);
    excel.userEdit("S", "A1:B2", [
      [1, 2],
      [3, 4],
    ]);
    await excel.idle();
    expect(events.map((e) => [e.address, e.details?.valueAfter])).toEqual([
      ["A1", 3],
      ["A1:B2", undefined],
    ]);
  });
});
