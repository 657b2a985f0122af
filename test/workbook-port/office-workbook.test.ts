/** The workbook-port contract on the Office.js adapter, over the in-memory Excel double. */
import { describe, expect, it } from "@jest/globals";
import { officeWorkbook } from "../../src/excel";
import { buildScoringSheetPlan } from "../../src/judge-sheets/scoring-sheet";
import { defaultStandard as std } from "../../src/standard";
import { doubles, host, rowInDouble } from "../support/excel-host";
import { portContract } from "./contract";

portContract(
  "Excel (Office.js over the double)",
  async () => {
    const { run, caps, excel } = host();
    const port = officeWorkbook(run, caps);
    doubles.set(port, excel);
    return port;
  },
  rowInDouble
);

describe("the Office.js adapter", () => {
  it("counts what the double counts, and removes a half-built sheet when a batch fails midway", async () => {
    const h = host();
    const port = officeWorkbook(h.run, h.caps);
    const plan = buildScoringSheetPlan(
      std,
      { applicant: "甲", item: 1, judge: "李四", date: "2026-11-24" },
      { sheetName: "甲" }
    );
    h.excel.resetCounters();
    await port.apply([{ kind: "add", plan }]);
    expect([port.syncs, h.excel.roundTrips]).toEqual([1, 1]);
    h.excel.failSync(1, "midway");
    await expect(
      port.apply([{ kind: "add", plan: { ...plan, sheetName: "乙" } }])
    ).rejects.toThrow();
    expect(await port.sheetNames()).toEqual(["甲"]);
  });
});
