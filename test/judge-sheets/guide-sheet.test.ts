/**
 * The 评分指引 sheet (the plan and the written .xlsx) and the scoring sheet's way to it: the link
 * on each sub-item's name and the score cell's input prompt with the bands in points.
 */
import { describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { run } from "../../src/cli/main";
import type { SheetPlan } from "../../src/sheet-kit";
import {
  bandPointsText,
  buildGuideSheet,
  buildScoringSheetPlan,
  guideItemOrder,
  guideParts,
  parseGuideItems,
} from "../../src/judge-sheets";
import { defaultStandard as std, itemNumbers, KIND, subItemsForItem } from "../../src/standard";
import { GUIDE_NAME } from "../../src/workbook-format";
import { XlsxPackage } from "../../src/xlsx";
import { tempDir } from "../support/engine";

const textAt = (plan: SheetPlan, address: string) =>
  plan.cells.find((c) => c.address === address)?.value;

describe("the 评分指引 sheet", () => {
  it.each(itemNumbers(std))(
    "item %i: every sub-item of the item and of 创新价值 with its criteria, its six bands in points, and a link target",
    (item) => {
      const { plan, links } = buildGuideSheet(std, [item]);
      const subs = subItemsForItem(std, item);
      expect(Object.keys(links.rows)).toEqual(subs.map((s) => s.code));
      for (const sub of subs) {
        const row = links.rows[sub.code];
        expect(String(textAt(plan, `A${row}`))).toMatch(
          new RegExp(`^${sub.code.replace(".", "\\.")} ${sub.title}\u3000满分 ${sub.max} 分`)
        );
        expect(textAt(plan, `B${row + 1}`)).toBe(sub.criteria.join("\n"));
        std.bands.forEach((band, k) => {
          const r = row + 2 + k;
          const low = (sub.max * band.min) / 100;
          const high = (sub.max * band.max) / 100;
          expect(textAt(plan, `A${r}`)).toBe(
            `第${k + 1}档 ${band.min}–${band.max}%：${low}–${high} 分`
          );
          expect(textAt(plan, `C${r}`)).toBe(
            sub.kind === KIND.process ? band.process : band.results
          );
        });
      }
      // Every other item is left out.
      const others = std.parts.filter((p) => p.role === "item" && p.number !== item);
      const texts = plan.cells.map((c) => String(c.value ?? ""));
      for (const p of others) expect(texts.some((s) => s.startsWith(`${p.number}. `))).toBe(false);
    }
  );

  it("shows 60–78 分 for 50–65 % of a 120-point sub-item, the factors and the how-to", () => {
    const { plan, links } = buildGuideSheet(std, [2]);
    expect(textAt(plan, `A${links.rows["2.1"] + 5}`)).toBe("第4档 50–65%：60–78 分");
    const texts = plan.cells.map((c) => String(c.value ?? ""));
    for (const kind of Object.values(std.kinds))
      for (const f of kind.factors) expect(texts).toContain(f.question);
    expect(texts).toContain("① 先定档");
    expect(texts).toContain("② 档内取分");
    expect(texts).toContain("③ 写依据");
  });

  it("is read-only, A4 portrait with its title rows repeated, and marked by MH_GUIDE", () => {
    const { plan } = buildGuideSheet(std, [3, 1]);
    expect(plan.protection).not.toBeNull();
    expect(plan.cells.every((c) => c.locked !== false)).toBe(true);
    expect(plan.print).toMatchObject({ paper: "A4", orientation: "portrait", titleRows: [1, 3] });
    expect(plan.names).toEqual([{ name: GUIDE_NAME, address: "$D$1" }]);
    expect(parseGuideItems(textAt(plan, "D1"))).toEqual([3, 1]);
    expect(guideParts(std, [3, 1]).map((p) => p.number)).toEqual([3, 1, 6]);
  });

  it("adds new items last, so the rows of the items already there never move", () => {
    expect(guideItemOrder([3], [1])).toEqual([3, 1]);
    expect(guideItemOrder([3, 1], [3])).toEqual([3, 1]);
    expect(guideItemOrder([], [2, 2, 5])).toEqual([2, 5]);
    const before = buildGuideSheet(std, [3]).links.rows;
    const after = buildGuideSheet(std, [3, 1]).links.rows;
    for (const code of Object.keys(before)) {
      if (code.startsWith("3.")) expect(after[code]).toBe(before[code]);
    }
  });
});

describe("from each row to its guide, in the written XML", () => {
  it("links each sub-item's name to its block and lists the bands in points in the score's prompt", async () => {
    const dir = tempDir("guide-xml");
    const file = path.join(dir, "t.xlsx");
    const io = { out: () => undefined, err: () => undefined };
    const args = ["template", "-o", file, "--item", "2", "--judge", "张三"];
    expect(await run([...args, "--applicant", "甲公司", "--date", "2026-11-25"], io)).toBe(0);
    const bytes = fs.readFileSync(file);
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const { links } = buildGuideSheet(std, [2]);
    const plan = buildScoringSheetPlan(
      std,
      { applicant: "甲公司", item: 2, judge: "张三", date: "2026-11-25" },
      { guide: links }
    );
    const linked = [
      ...sheetXml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]+)"([^>]*)\/>/g),
    ];
    expect(linked.map((m) => [m[1], m[2].replace(/&apos;/g, "'")])).toEqual(
      subItemsForItem(std, 2).map((s) => {
        const row = plan.names.find((n) => n.name === `MH_S_${s.code.replace(".", "_")}`)!;
        return [`A${row.address.replace(/\D/g, "")}`, `'评分指引'!A${links.rows[s.code]}`];
      })
    );
    // An internal link only: no relationship, and in the schema's place.
    expect(linked.every((m) => !m[3].includes("r:id"))).toBe(true);
    const order = ["</dataValidations>", "<hyperlinks>", "<printOptions", "<pageMargins"];
    const positions = order.map((tag) => sheetXml.indexOf(tag));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    // The score cell's input prompt lists the six bands in points for that sub-item.
    const pkg = await XlsxPackage.open(bytes);
    const validations = (await pkg.readSheet(0)).validations;
    const d7 = validations.find((v) => v.sqref === "D7")!;
    expect(d7.prompt).toContain(bandPointsText(std, subItemsForItem(std, 2)[0]));
    expect(d7.prompt).toContain("50–65%：60–78");
    expect(pkg.sheets.map((s) => s.name)).toEqual(["甲公司", "评分指引"]);
    const guideName = pkg.names.find((n) => n.name === GUIDE_NAME)!;
    expect(guideName).toMatchObject({ localSheetId: 1, ref: "'评分指引'!$D$1" });
  });

  it("keeps every prompt, title and list within Excel's limits, for every sub-item", () => {
    for (const item of itemNumbers(std)) {
      const plan = buildScoringSheetPlan(std, {
        applicant: "甲",
        item,
        judge: "乙",
        date: "2026-11-25",
      });
      for (const v of plan.validations) {
        expect(v.prompt.length).toBeLessThanOrEqual(255);
        expect(v.error.length).toBeLessThanOrEqual(255);
        expect(v.promptTitle.length).toBeLessThanOrEqual(32);
        expect(v.errorTitle.length).toBeLessThanOrEqual(32);
        if (v.kind === "list") expect(v.items.join(",").length).toBeLessThanOrEqual(255);
      }
    }
  });
});
