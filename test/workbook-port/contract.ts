/**
 * The workbook-port contract: what every host of "the open workbook" must do alike. Each host's
 * test file calls `portContract` with a way to make an empty workbook of that host; the same
 * cases then run against the Office.js adapter (over the in-memory Excel double) and the .xlsx
 * file host (every read through the real bytes).
 */
import { describe, expect, it } from "@jest/globals";
import { rosterWorkbook } from "../../src/judge-sheets/roster";
import {
  buildScoringSheetPlan,
  COLUMN_WIDTHS,
  COLUMNS,
} from "../../src/judge-sheets/scoring-sheet";
import { rowHeightFor } from "../../src/sheet-kit";
import { defaultStandard as std, standardTag, subItemsForItem } from "../../src/standard";
import {
  entryName,
  hostFailureOf,
  NAMES,
  STANDARD_NAME,
  type WorkbookPort,
} from "../../src/workbook-format";
import { judgeComment } from "../support/comments";

export type MakePort = () => Promise<WorkbookPort>;

/** How tall a row of a sheet is in the host now, and whether it is auto-height (not given a height). */
export type RowProbe = (
  port: WorkbookPort,
  sheetName: string,
  row: number
) => Promise<{ height: number; auto: boolean }>;

const header = (applicant: string, item: number) => ({
  applicant,
  item,
  judge: "王 芳",
  date: "2026-11-24",
});
const scoring = (sheetName: string, applicant: string, item: number) =>
  buildScoringSheetPlan(std, header(applicant, item), { sheetName });

/** A workbook of two scoring sheets (different items, applicants with awkward names) and the roster. */
async function seeded(make: MakePort) {
  const port = await make();
  await port.apply([
    { kind: "add", plan: scoring("甲", "上海甲乙精密制造有限公司", 2) },
    { kind: "add", plan: scoring("李 & 子（闵行）", "李 & 子（闵行）有限公司", 5) },
    ...rosterWorkbook(std).map((plan) => ({ kind: "add" as const, plan })),
  ]);
  return port;
}

async function failureOf(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
  } catch (e) {
    return hostFailureOf(e) ?? `unmarked: ${(e as Error).message}`;
  }
  return null;
}

const scoreName = (code: string) => entryName("score", code);

export function portContract(host: string, make: MakePort, rowOf: RowProbe): void {
  describe(`the workbook port on ${host}`, () => {
    it("fits a comment row to its text when asked: it grows, shrinks back, stays auto-height", async () => {
      const port = await seeded(make);
      const code = subItemsForItem(std, 2)[0].code;
      const [s] = await port.readSheets(["甲"]);
      const cell = s.names[entryName("strength", code)];
      const row = Number(/\d+$/.exec(cell)![0]);
      const before = await rowOf(port, "甲", row);
      expect(before.auto).toBe(true);
      const comment = judgeComment(120, 2);
      const write = (value: string) =>
        port.apply([
          {
            kind: "cells",
            sheetName: "甲",
            cells: [{ name: entryName("strength", code), value }],
            fitRows: true,
          },
        ]);
      await write(comment);
      const grown = await rowOf(port, "甲", row);
      // At least as tall as Excel's own measure of the text in the 优点 column.
      const width = COLUMN_WIDTHS[COLUMNS.strength - 1] as number;
      expect(grown.height).toBeGreaterThanOrEqual(rowHeightFor([{ text: comment, width }]));
      expect(grown.auto).toBe(true);
      await write("有创新");
      const shrunk = await rowOf(port, "甲", row);
      expect(shrunk.height).toBeLessThanOrEqual(36);
      expect(shrunk.auto).toBe(true);
    });

    it("lists the sheets in order and reads named ones: names, the standard, values, position", async () => {
      const port = await seeded(make);
      const names = await port.sheetNames();
      expect(names.slice(0, 2)).toEqual(["甲", "李 & 子（闵行）"]);
      expect(names.length).toBe(2 + rosterWorkbook(std).length);
      const [a, b] = await port.readSheets(["李 & 子（闵行）", "甲", "无此表"]);
      expect([a.sheetName, a.position, b.sheetName, b.position]).toEqual([
        "甲",
        0,
        "李 & 子（闵行）",
        1,
      ]);
      expect(a.value(a.names[NAMES.applicant])).toBe("上海甲乙精密制造有限公司");
      expect(b.value(b.names[NAMES.item])).toBe(5);
      expect(a.texts[STANDARD_NAME]).toBe(standardTag(std));
      expect(a.protected).toBe(true);
      const first = subItemsForItem(std, 2)[0].code;
      expect(a.names[scoreName(first)]).toMatch(/^[A-Z]+\d+$/);
    });

    it("reads every sheet with 'all', formulas only when asked", async () => {
      const port = await seeded(make);
      const all = await port.readSheets("all", { formulas: true });
      expect(all.map((s) => s.sheetName)).toEqual(await port.sheetNames());
      const sheet = all[0];
      const total = sheet.names[NAMES.total];
      expect(String(sheet.formula(total))).toMatch(/^=/);
      const [plain] = await port.readSheets(["甲"]);
      expect(plain.formula(total)).toBeUndefined();
    });

    it("writes cells by name and by address; text stays text", async () => {
      const port = await seeded(make);
      const code = subItemsForItem(std, 2)[0].code;
      await port.apply([
        {
          kind: "cells",
          sheetName: "甲",
          cells: [
            { name: scoreName(code), value: 12.5 },
            { name: entryName("strength", code), value: "=1+1 是评语，不是公式" },
          ],
          text: false,
        },
        {
          kind: "cells",
          sheetName: "甲",
          cells: [{ name: entryName("improvement", code), value: "=SUM(1)" }],
          text: true,
        },
      ]);
      const [s] = await port.readSheets(["甲"]);
      expect(s.value(s.names[scoreName(code)])).toBe(12.5);
      expect(s.value(s.names[entryName("strength", code)])).toBe("=1+1 是评语，不是公式");
      expect(s.value(s.names[entryName("improvement", code)])).toBe("=SUM(1)");
    });

    it("refuses a locked cell of a protected sheet; an input cell takes a value", async () => {
      const port = await seeded(make);
      const [s] = await port.readSheets(["甲"]);
      const code = subItemsForItem(std, 2)[1].code;
      const locked = s.names[NAMES.applicant];
      expect(
        await failureOf(
          port.apply([
            { kind: "cells", sheetName: "甲", cells: [{ address: locked, value: "乙" }] },
          ])
        )
      ).toBe("protected");
      await port.apply([
        { kind: "cells", sheetName: "甲", cells: [{ name: scoreName(code), value: 3 }] },
      ]);
      const [after] = await port.readSheets(["甲"]);
      expect(after.value(locked)).toBe("上海甲乙精密制造有限公司");
      expect(after.value(after.names[scoreName(code)])).toBe(3);
    });

    it("locks inputs and protects: the input is then refused; unprotected it is taken again", async () => {
      const port = await seeded(make);
      const code = subItemsForItem(std, 5)[0].code;
      const cells = [{ name: scoreName(code) }];
      const sheetName = "李 & 子（闵行）";
      await port.apply([
        { kind: "protect", sheetName, protect: false },
        { kind: "lock", sheetName, cells, locked: true },
        { kind: "protect", sheetName, protect: true },
      ]);
      const write = (value: number) =>
        port.apply([{ kind: "cells", sheetName, cells: [{ name: scoreName(code), value }] }]);
      expect(await failureOf(write(7))).toBe("protected");
      await port.apply([{ kind: "protect", sheetName, protect: false }]);
      await write(7);
      const [s] = await port.readSheets([sheetName]);
      expect([s.protected, s.value(s.names[scoreName(code)])]).toEqual([false, 7]);
    });

    it("replaces a sheet in its place, or at the end", async () => {
      const port = await seeded(make);
      const before = await port.sheetNames();
      await port.apply([
        { kind: "replace", sheetName: "甲", plan: scoring("甲", "上海甲乙精密制造有限公司", 3) },
      ]);
      expect(await port.sheetNames()).toEqual(before);
      const [s] = await port.readSheets(["甲"]);
      expect(s.value(s.names[NAMES.item])).toBe(3);
      await port.apply([
        {
          kind: "replace",
          sheetName: "甲",
          plan: scoring("甲", "上海甲乙精密制造有限公司", 4),
          position: "end",
        },
      ]);
      expect(await port.sheetNames()).toEqual([...before.slice(1), "甲"]);
    });

    it("adds at a position; a taken name is 'exists', an absent sheet 'not-found'", async () => {
      const port = await seeded(make);
      await port.apply([{ kind: "add", plan: scoring("丙", "丙公司", 1), position: 1 }]);
      expect((await port.sheetNames()).slice(0, 3)).toEqual(["甲", "丙", "李 & 子（闵行）"]);
      expect(await failureOf(port.apply([{ kind: "add", plan: scoring("丙", "又一家", 1) }]))).toBe(
        "exists"
      );
      const [kept] = await port.readSheets(["丙"]);
      expect(kept.value(kept.names[NAMES.applicant])).toBe("丙公司");
      expect(
        await failureOf(
          port.apply([{ kind: "replace", sheetName: "无此表", plan: scoring("无此表", "丁", 1) }])
        )
      ).toBe("not-found");
      expect(await failureOf(port.select("无此表", "A1"))).toBe("not-found");
    });

    it("applies a batch all or nothing", async () => {
      const port = await seeded(make);
      const code = subItemsForItem(std, 2)[2].code;
      const names = await port.sheetNames();
      const failed = await failureOf(
        port.apply([
          {
            kind: "cells",
            sheetName: "甲",
            cells: [{ name: scoreName(code), value: 9, previous: null }],
          },
          { kind: "add", plan: scoring("新表", "戊", 1) },
          { kind: "cells", sheetName: "无此表", cells: [{ address: "A1", value: 1 }] },
        ])
      );
      expect(failed).toBe("not-found");
      expect(await port.sheetNames()).toEqual(names);
      const [s] = await port.readSheets(["甲"]);
      expect([null, undefined, ""]).toContain(s.value(s.names[scoreName(code)]));
    });

    it("reads grids of the roster sheets; an absent sheet is null", async () => {
      const port = await seeded(make);
      const [first] = rosterWorkbook(std).slice(1);
      const grids = await port.readGrids([first.sheetName, "无此表"]);
      expect(grids["无此表"]).toBeNull();
      const grid = grids[first.sheetName]!;
      expect(grid.row).toBeGreaterThanOrEqual(1);
      const a1 = first.cells.find((c) => c.value !== undefined && c.value !== null)!;
      const row = Number(/\d+/.exec(a1.address)![0]);
      expect(grid.values[row - grid.row]).toContain(a1.value);
    });

    it("remembers a setting; counts its round trips as documented", async () => {
      const port = await seeded(make);
      expect(await port.setting("mh-award-scorer.judge")).toBeNull();
      await port.setSetting("mh-award-scorer.judge", "王 芳");
      const before = port.syncs;
      expect(await port.setting("mh-award-scorer.judge")).toBe("王 芳");
      await port.readSheets(["甲"]);
      const code = subItemsForItem(std, 2)[0].code;
      const comment = { name: entryName("strength", code), value: "有创新" };
      await port.apply([{ kind: "cells", sheetName: "甲", cells: [comment] }]);
      await port.sheetNames();
      await port.readSheets("all");
      expect(port.syncs - before).toBe(1 + 1 + 1 + 1 + 2);
    });
  });
}
