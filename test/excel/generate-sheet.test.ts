import { describe, expect, it } from "@jest/globals";
import { SheetOperationError } from "../../src/workflows";
import {
  buildGuideSheet,
  buildScoringSheetPlan,
  type ScoringSheetHeader,
} from "../../src/judge-sheets";
import { defaultStandard as std, itemNumbers, subItemsForItem } from "../../src/standard";
import { readScoringSheets, readSheetGuards, writeWorkbook, XlsxPackage } from "../../src/xlsx";
import { exportXlsx } from "../support/excel-double";
import {
  host,
  normalizePlan,
  generateScoringSheet,
  readScoringSheetState,
  readWorkbookSheets,
  writeEntry,
} from "../support/excel-host";

const app = (item: number, applicant = "上海某某有限公司"): ScoringSheetHeader => ({
  applicant,
  item,
  judge: "张三",
  date: "2026-11-24",
});

describe("generating a scoring sheet through Office.js", () => {
  it.each(itemNumbers(std))(
    "item %i: the same sheet and guide as the .xlsx path, in one round trip",
    async (item) => {
      const { excel, caps, port } = host();
      const workbook = await readWorkbookSheets(port);
      excel.resetCounters();
      await generateScoringSheet(
        port,
        { standard: std, header: app(item), sheetName: "评分", mode: "new", workbook },
        caps
      );
      expect(excel.roundTrips).toBe(1);
      expect(excel.calculationSuspensions).toBe(1);
      const guide = buildGuideSheet(std, [item]);
      const viaXlsx = buildScoringSheetPlan(std, app(item), {
        sheetName: "评分",
        guide: guide.links,
      });
      const [viaOfficeJs, guideViaOfficeJs] = excel.toPlans();
      expect(normalizePlan(viaOfficeJs)).toEqual(normalizePlan(viaXlsx));
      expect(normalizePlan(guideViaOfficeJs)).toEqual(normalizePlan(guide.plan));
      expect(viaOfficeJs.hyperlinks).toHaveLength(subItemsForItem(std, item).length);

      // And the two exports read back alike: names, metadata, validation, protection, unlocked cells.
      const [a, b] = [await exportXlsx(excel), await writeWorkbook([viaXlsx])];
      const [sa, sb] = [(await readScoringSheets(a))[0], (await readScoringSheets(b))[0]];
      expect(sa.names).toEqual(sb.names);
      expect([sa.applicant, sa.item, sa.judge, sa.date]).toEqual([
        sb.applicant,
        sb.item,
        sb.judge,
        sb.date,
      ]);
      expect(await readSheetGuards(await XlsxPackage.open(a), 0)).toEqual(
        await readSheetGuards(await XlsxPackage.open(b), 0)
      );
    }
  );

  it("re-applies the layout in 2 round trips, keeping scores, 成熟度 and 评语 (a typed formula too)", async () => {
    const { excel, caps, port } = host();
    const request = { standard: std, header: app(2), sheetName: "评分", mode: "new" as const };
    await generateScoringSheet(port, request, caps);
    await writeEntry(port, "评分", "2.1", {
      score: 66,
      maturity: "50–65% 协调一致",
      strength: "优点",
      improvement: "=改进",
    });
    excel.userEdit("评分", "D8", [["=50+5"]]);
    const workbook = await readWorkbookSheets(port);
    excel.resetCounters();
    const result = await generateScoringSheet(
      port,
      { ...request, mode: "reapply", workbook },
      caps
    );
    expect(excel.roundTrips).toBe(2);
    expect(result.keptEntries).toBe(5);
    const cells = excel.state.sheets[0].cells;
    expect(cells.get("D7")!.value).toBe(66);
    expect(cells.get("F7")!.value).toBe("50–65% 协调一致");
    expect(cells.get("H7")!.value).toBe("=改进");
    expect(cells.get("D8")!.formula).toBe("=50+5");
    // The rebuilt sheet is otherwise the plan: same names, still protected.
    const plan = buildScoringSheetPlan(std, app(2), { sheetName: "评分" });
    expect(normalizePlan(excel.toPlans()[0]).names).toEqual(normalizePlan(plan).names);
    expect(excel.state.sheets[0].protection.protected).toBe(true);
  });

  it("refuses to overwrite another application's sheet or an existing sheet, changing nothing", async () => {
    const { excel, caps, port } = host();
    await generateScoringSheet(
      port,
      { standard: std, header: app(2), sheetName: "评分", mode: "new" },
      caps
    );
    await writeEntry(port, "评分", "2.1", { score: 60 });
    const other = { standard: std, header: app(2, "另一家公司"), sheetName: "评分" };
    await expect(generateScoringSheet(port, { ...other, mode: "reapply" }, caps)).rejects.toThrow(
      "工作表“评分”是“上海某某有限公司”（研发创新）的评分表，与要生成的申报不同，未做任何修改。"
    );
    await expect(
      generateScoringSheet(port, { ...other, mode: "new" }, caps)
    ).rejects.toBeInstanceOf(SheetOperationError);
    expect(excel.valueAt("评分", "D7")).toBe(60);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["评分", "评分指引"]);
  });

  it("keeps a formula-looking applicant as text through Office.js", async () => {
    const { excel, caps, port } = host();
    const evil = '=HYPERLINK("http://example.invalid","x")';
    await generateScoringSheet(
      port,
      { standard: std, header: app(1, evil), sheetName: "S", mode: "new" },
      caps
    );
    const b2 = excel.state.sheets[0].cells.get("B2")!;
    expect(b2.formula).toBeUndefined();
    expect(b2.value).toBe(evil);
  });

  it("works on an ExcelApi 1.8 host without page layout, and says so", async () => {
    const { excel, caps, port } = host(8);
    expect(caps.pageLayout).toBe(false);
    expect(caps.notes.join("")).toContain("ExcelApi 1.9");
    await generateScoringSheet(
      port,
      { standard: std, header: app(3), sheetName: "S", mode: "new" },
      caps
    );
    const [plan] = excel.toPlans();
    expect(plan.print).toBeUndefined();
    expect(plan.names.length).toBeGreaterThan(20);
    expect(plan.protection).not.toBeNull();
  });

  it("keeps one 评分指引 sheet, last: new items are appended, links never move", async () => {
    const { excel, caps, port } = host();
    const generate = (header: ScoringSheetHeader, sheetName: string, mode: "new" | "reapply") =>
      (async () => {
        const workbook = await readWorkbookSheets(port);
        return generateScoringSheet(
          port,
          { standard: std, header, sheetName, mode, workbook },
          caps
        );
      })();
    const linksOf = (sheet: string) =>
      excel.toPlans().find((p) => p.sheetName === sheet)!.hyperlinks;
    await generate(app(3, "甲公司"), "甲", "new");
    const firstLinks = linksOf("甲");
    await generate(app(3, "乙公司"), "乙", "new");
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["甲", "乙", "评分指引"]);
    await generate(app(1, "丙公司"), "丙", "new");
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["甲", "乙", "丙", "评分指引"]);
    // Item 1 came after item 3: it is appended, so 甲's links still point at item 3's rows.
    expect(linksOf("甲")).toEqual(firstLinks);
    const guide = buildGuideSheet(std, [3, 1]);
    expect(normalizePlan(excel.toPlans()[3])).toEqual(normalizePlan(guide.plan));
    expect(linksOf("丙")).toEqual(
      buildScoringSheetPlan(std, app(1, "丙公司"), { sheetName: "丙", guide: guide.links })
        .hyperlinks
    );
    await generate(app(3, "甲公司"), "甲", "reapply");
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["甲", "乙", "丙", "评分指引"]);
    expect(excel.state.sheets.filter((s) => s.names.has("MH_GUIDE")).map((s) => s.name)).toEqual([
      "评分指引",
    ]);
    expect(excel.valueAt("评分指引", "D1")).toBe("3,1");
  });

  it("reads an application's state in one sync and writes one entry in one sync", async () => {
    const { excel, caps, port } = host();
    await generateScoringSheet(
      port,
      { standard: std, header: app(4), sheetName: "S", mode: "new" },
      caps
    );
    excel.resetCounters();
    await writeEntry(port, "S", "4.2", { score: 55, strength: "文化有特色" });
    expect(excel.roundTrips).toBe(1);
    excel.resetCounters();
    const state = await readScoringSheetState(port, "S");
    expect(excel.roundTrips).toBe(1);
    expect(state.entries["4.2"]).toMatchObject({
      score: 55,
      strength: "文化有特色",
      maturity: null,
    });
    expect(Object.keys(state.entries)).toEqual(subItemsForItem(std, 4).map((s) => s.code));
    expect([state.applicant, state.item]).toEqual(["上海某某有限公司", 4]);
  });
});
