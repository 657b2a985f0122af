import { beforeAll, describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { consolidate, type FileInput } from "../../src/consolidate";
import { consolidationWorkbook } from "../../src/sheets";
import { writeNewSheets } from "../../src/excel";
import { defaultStandard as std } from "../../src/standard";
import { openScoringWorkbook } from "../../src/xlsx";
import { A, buildFixture } from "../support/consolidation-fixture";
import { host, normalizePlan } from "../support/excel-host";

let plans: ReturnType<typeof consolidationWorkbook>;

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
  plans = consolidationWorkbook(std, await consolidate(inputs));
}, 120000);

describe("writing the summary through Office.js", () => {
  it("gives the same sheets as the .xlsx path, chart included, in 2 round trips", async () => {
    const { excel, run, caps } = host();
    await run((ctx) => writeNewSheets(ctx, plans, caps));
    expect(excel.roundTrips).toBe(2);
    const written = excel.toPlans();
    expect(written.map((p) => p.sheetName)).toEqual([
      "汇总",
      "拟获奖名单",
      "评委明细",
      "问题清单",
      "评分提醒",
      "评语",
      "评委一致性",
    ]);
    written.forEach((p, i) => expect(normalizePlan(p)).toEqual(normalizePlan(plans[i])));
    expect(written[0].charts).toEqual(plans[0].charts);
    // Text from the judges' files stays text.
    const evil = [...excel.state.sheets[0].cells.values()].find((c) => c.value === A.evil);
    expect(evil?.formula).toBeUndefined();
  });

  it("never overwrites an existing 汇总: the new sheets get free names", async () => {
    const { excel, run, caps } = host();
    await run((ctx) => writeNewSheets(ctx, plans, caps));
    excel.userEdit("汇总", "A1", [["秘书处的批注"]]);
    const names = await run((ctx) => writeNewSheets(ctx, plans, caps));
    expect(names).toEqual([
      "汇总 (2)",
      "拟获奖名单 (2)",
      "评委明细 (2)",
      "问题清单 (2)",
      "评分提醒 (2)",
      "评语 (2)",
      "评委一致性 (2)",
    ]);
    expect(excel.valueAt("汇总", "A1")).toBe("秘书处的批注");
  });
});
