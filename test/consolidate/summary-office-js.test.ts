import { beforeAll, describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { consolidate, type FileInput } from "../../src/consolidate";
import { consolidationWorkbook } from "../../src/secretariat-sheets";
import { defaultStandard as std } from "../../src/standard";
import { openScoringWorkbook } from "../../src/xlsx";
import { A, buildFixture } from "../support/consolidation-fixture";
import { host, normalizePlan, writeNewSheetsTo } from "../support/excel-host";
import { summarySheetNames } from "../support/summary-sheets";

let plans: ReturnType<typeof consolidationWorkbook>;
/** Items with at least one scored application: one chart each. */
let chartedItems: number;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mh-officejs-summary-"));
  await buildFixture(dir);
  const inputs: FileInput[] = [];
  for (const f of fs.readdirSync(dir).sort()) {
    inputs.push({
      file: f,
      result: await openScoringWorkbook(new Uint8Array(fs.readFileSync(path.join(dir, f)))),
    });
  }
  const result = await consolidate(inputs);
  plans = consolidationWorkbook(std, result);
  chartedItems = new Set(result.applications.filter((a) => a.final !== null).map((a) => a.item))
    .size;
}, 120000);

describe("writing the summary through Office.js", () => {
  it("gives the same sheets as the .xlsx path, chart included, in 2 round trips", async () => {
    const { excel, caps, port } = host();
    await writeNewSheetsTo(port, plans, caps);
    expect(excel.roundTrips).toBe(2);
    const written = excel.toPlans();
    expect(written.map((p) => p.sheetName)).toEqual(summarySheetNames());
    written.forEach((p, i) => expect(normalizePlan(p)).toEqual(normalizePlan(plans[i])));
    // The charts, drawn through Office.js as the .xlsx draws them, one per item.
    expect(chartedItems).toBeGreaterThan(1);
    expect(plans[1].charts).toHaveLength(chartedItems);
    expect(written[1].charts).toEqual(plans[1].charts);
    expect(written[1].pageBreaks).toEqual(plans[1].pageBreaks);
    // Text from the judges' files stays text.
    const evil = [...excel.state.sheets[0].cells.values()].find((c) => c.value === A.evil);
    expect(evil?.formula).toBeUndefined();
  });

  it("never overwrites an existing 汇总: the new sheets get free names", async () => {
    const { excel, caps, port } = host();
    await writeNewSheetsTo(port, plans, caps);
    excel.userEdit("汇总", "A1", [["秘书处的批注"]]);
    const names = await writeNewSheetsTo(port, plans, caps);
    expect(names).toEqual(summarySheetNames({ suffix: " (2)" }));
    expect(excel.valueAt("汇总", "A1")).toBe("秘书处的批注");
    // 图表 (2) reads 汇总 (2), never the secretariat's own 汇总.
    const links = [...excel.state.sheets.find((s) => s.name === "图表 (2)")!.cells.values()]
      .map((c) => c.formula ?? "")
      .filter((f) => f.includes("!"));
    expect(links.length).toBeGreaterThan(0);
    for (const f of links) expect(f).toMatch(/^[^']*('汇总 \(2\)'![^']*)+$/);
  });
});
