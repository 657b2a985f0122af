import { describe, expect, it } from "@jest/globals";
import { ScoreGuard } from "../../src/excel";
import type { InvalidScore } from "../../src/workflows";
import { defaultStandard as std } from "../../src/standard";
import { host, generateScoringSheet, writeEntry } from "../support/excel-host";

async function scoringSheet(apiMinor = 14) {
  const h = host(apiMinor);
  await generateScoringSheet(
    h.port,
    {
      standard: std,
      header: { applicant: "甲", item: 2, judge: "张三", date: "2026-11-24" },
      sheetName: "S",
      mode: "new",
    },
    h.caps
  );
  const updates: InvalidScore[][] = [];
  const guard = new ScoreGuard(h.run, std, h.caps, (list) => updates.push(list));
  await guard.watch("S", 2);
  return { ...h, guard, updates };
}

describe("the guard", () => {
  it.each([8, 9, 14])(
    "flags a pasted 3×2 block's over-maximum and text values without changing them (ExcelApi 1.%i)",
    async (minor) => {
      const { excel, guard } = await scoringSheet(minor);
      // Excel refuses a paste over locked cells of the protected sheet…
      const ones = [
        [1, 1],
        [1, 1],
        [1, 1],
      ];
      expect(() => excel.userEdit("S", "D7:E9", ones)).toThrow(/refuses/);
      // …so the judge unprotects it (there is no password) and pastes D7:E9: 2.1–2.3's scores
      // and the 得分率 column beside them. A paste bypasses data validation.
      excel.userUnprotect("S");
      excel.resetCounters();
      excel.userEdit("S", "D7:E9", [
        [130, "x"],
        ["六十", 1],
        [40, 2],
      ]);
      await excel.idle();
      expect(guard.list.map((i) => [i.code, i.address, i.value])).toEqual([
        ["2.1", "D7", 130],
        ["2.2", "D8", "六十"],
      ]);
      expect(guard.list[0].message).toBe("2.1 技术研发先进性：得分 130 超过满分 120（单元格 D7）");
      expect(excel.roundTrips).toBe(1); // one read for a multi-cell change, no write
      expect([excel.valueAt("S", "D7"), excel.valueAt("S", "D8")]).toEqual([130, "六十"]);

      // Corrected, one cell at a time: the list empties (with details from 1.9, without a read).
      excel.resetCounters();
      excel.userEdit("S", "D7", [[66]]);
      excel.userEdit("S", "D8", [[55]]);
      await excel.idle();
      expect(guard.list).toEqual([]);
      expect(excel.roundTrips).toBe(minor >= 9 ? 0 : 2);
      expect(excel.handlerErrors).toEqual([]);
    }
  );

  it("finds invalid values already in the sheet when it starts watching", async () => {
    const h = await scoringSheet();
    h.excel.userEdit("S", "D11", [[-1]]);
    await h.excel.idle();
    const again = new ScoreGuard(h.run, std, h.caps);
    await again.watch("S", 2);
    expect(again.list.map((i) => i.code)).toEqual(["6.1"]);
  });

  it("checks a paste into the score column of the protected sheet", async () => {
    const { excel, guard } = await scoringSheet(9);
    excel.userEdit("S", "D7:D9", [[121], [100], ["八十"]]);
    await excel.idle();
    expect(guard.list.map((i) => i.code)).toEqual(["2.1", "2.3"]);
  });

  it("reports a 成熟度 or 评语 change without reading, and ignores the add-in's own writes", async () => {
    const { excel, port, guard, updates } = await scoringSheet(8);
    let before = updates.length;
    excel.resetCounters();
    excel.userEdit("S", "G7", [["优点：很多"]]);
    await excel.idle();
    // Warnings may have changed: the pane is told (and re-reads); the guard itself read nothing.
    expect(updates.length).toBe(before + 1);
    expect(updates[updates.length - 1]).toEqual(guard.list);
    expect(excel.roundTrips).toBe(0);
    before = updates.length;
    guard.noteOwnWrite(excel.state.sheets[0].id, ["D9"]);
    excel.resetCounters();
    await writeEntry(port, "S", "2.3", { score: 40 });
    await excel.idle();
    expect(excel.roundTrips).toBe(1); // the write itself; the guard did not read
    expect(updates.length).toBe(before);
  });

  it("stops listening when disposed", async () => {
    const { excel, guard } = await scoringSheet();
    await guard.dispose();
    excel.userEdit("S", "D7", [[999]]);
    await excel.idle();
    expect(guard.list).toEqual([]);
  });
});
