/** The 图表 sheet: per item, bars of the final scores from high to low, with the pass line. */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { CheckedFiles, consolidateChecked, type ConsolidationResult } from "../../src/consolidate";
import { parseAddress, type SheetPlan } from "../../src/sheet-kit";
import { chartRows, chartSheet } from "../../src/secretariat-sheets/consolidation/chart-sheet";
import { defaultStandard as std } from "../../src/standard";
import { chartXml } from "../../src/xlsx/charts";
import { syntheticConsensus, syntheticRound } from "../support/synthetic-round";

let result: ConsolidationResult;
let plan: SheetPlan;
const withConsensus = [0, 5, 10];

beforeAll(async () => {
  const checked = new CheckedFiles(std);
  for (const f of syntheticRound(50, 5)) await checked.add(f);
  result = consolidateChecked(
    checked,
    {},
    std,
    undefined,
    undefined,
    syntheticConsensus(withConsensus)
  );
  plan = chartSheet(std, result);
});

const valueAt = (address: string) => plan.cells.find((c) => c.address === address);
const rowsOf = (range: string) => {
  const [from, to = from] = range.split(":").map(parseAddress);
  return Array.from({ length: to.row - from.row + 1 }, (_, i) => from.row + i);
};

describe("the 图表 sheet of a 50-application round", () => {
  it("has one chart per item, its applications from the highest final score down", () => {
    expect(plan.charts).toHaveLength(5);
    for (const chart of plan.charts!) {
      const rows = rowsOf(chart.categories);
      expect(rows).toHaveLength(10);
      const names = rows.map((r) => valueAt(`B${r}`)!.value);
      const finals = names.map((n) => result.applications.find((a) => a.applicant === n)!.final!);
      expect(finals).toEqual([...finals].sort((a, b) => b - a));
      expect(rows.map((r) => valueAt(`E${r}`)!.result)).toEqual(finals);
    }
  });

  it("marks the pass line and tells the independent from the consensus scores", () => {
    const [first, second] = plan.charts!;
    expect(first.axis).toEqual({ max: 500, minorUnit: 50, mark: 300, markLabel: "通过线 300" });
    // Item 1 holds applications 0, 5 and 10, which the meeting scored: two series, two colours.
    expect(first.series.map((s) => s.name)).toEqual(["独立评分得分", "共识总分"]);
    expect(new Set(first.series.map((s) => s.color)).size).toBe(2);
    expect(second.series.map((s) => s.name)).toEqual(["最终得分"]);
    const xml = chartXml(plan.sheetName, first);
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).toContain('<c:orientation val="maxMin"/>');
    expect(xml).toContain('<c:majorUnit val="300"/>');
    expect(xml).toContain("[=300]&quot;通过线 300&quot;;0");
  });

  it("grows the chart with the number of applications, within one page", () => {
    const height = (n: number) => chartRows(n, 1);
    expect(height(20)).toBeGreaterThan(height(10));
    expect(height(50)).toBeGreaterThan(height(20));
    expect(height(200) * 15).toBeLessThanOrEqual(690);
    const anchor = plan.charts![0].anchor;
    expect(parseAddress(anchor.to).row - parseAddress(anchor.from).row).toBe(chartRows(10, 2));
  });
});
