/** Dates as people type them are taken, and only real dates: the CLI and the use case agree. */
import { describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";
import { isoDateFrom, isoDateToSerial } from "../../src/sheet-kit";
import { readScoringSheets } from "../../src/xlsx";
import { mhscore } from "../support/cli";
import { tempDir } from "../support/engine";

describe("isoDateFrom", () => {
  it.each([
    ["2026-11-24", "2026-11-24"],
    ["2026/11/24", "2026-11-24"],
    ["2026.11.24", "2026-11-24"],
    ["2026年11月24日", "2026-11-24"],
    ["2026/1/5", "2026-01-05"],
    ["２０２６／１１／２４", "2026-11-24"],
    [" 2026-11-24 ", "2026-11-24"],
  ])("%s → %s", (typed, iso) => expect(isoDateFrom(typed)).toBe(iso));
  it.each(["2026-02-30", "2026/13/01", "24/11/2026", "2026-11", "明天", ""])(
    "%s is no date",
    (typed) => expect(isoDateFrom(typed)).toBeNull()
  );
});

describe("mhscore template --date", () => {
  it("takes 2026/11/24 and writes the same date as 2026-11-24", async () => {
    const dir = tempDir("dates");
    const file = path.join(dir, "评分表.xlsx");
    const r = await mhscore(
      ...["template", "-o", file, "--item", "2", "--applicant", "甲", "--judge", "张三"],
      ...["--date", "2026/11/24"]
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain("2026-11-24");
    const [sheet] = await readScoringSheets(new Uint8Array(fs.readFileSync(file)));
    expect(sheet.date).toBe(isoDateToSerial("2026-11-24"));
  });
  it("still refuses a date that does not exist, naming it", async () => {
    const dir = tempDir("dates");
    const r = await mhscore(
      ...["template", "-o", path.join(dir, "x.xlsx"), "--item", "2", "--applicant", "甲"],
      ...["--judge", "张三", "--date", "2026/02/30"]
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("评审日期“2026/02/30”无效");
  });
});
