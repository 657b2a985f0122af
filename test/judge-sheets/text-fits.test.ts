/**
 * Generated text never leaves a cell cut off in print: on every sheet the tool writes (a judge's
 * workbook: 封面, scoring sheets, 评分指引; the secretariat's: 汇总 … 评委一致性, 共识, the
 * roster), a wrapping cell's row is tall enough for its text at its width, and a text that does
 * not wrap fits its cell or may run on into an empty neighbour.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { CheckedFiles, consolidateChecked } from "../../src/consolidate";
import { readRoster, type RosterTables } from "../../src/round";
import {
  address,
  columnLetter,
  displayWidth,
  parseAddress,
  rowHeightFor,
  wrappedLines,
  type PlanCell,
  type SheetPlan,
} from "../../src/sheet-kit";
import { consensusWorkbook } from "../../src/secretariat-sheets/consensus";
import { consolidationWorkbook } from "../../src/secretariat-sheets/consolidation";
import { rosterWorkbook } from "../../src/judge-sheets/roster";
import { defaultStandard as std } from "../../src/standard";
import { distributeRound } from "../../src/workflows/distribute";
import { rosterContext } from "../support/round-context";
import { ROSTER } from "../support/round-fixture";
import { summarySheetNames } from "../support/summary-sheets";
import { syntheticConsensus, syntheticRound } from "../support/synthetic-round";

/** The fixture roster as a host reads it. */
function rosterTables(): RosterTables {
  const tables: RosterTables = {};
  for (const [sheet, [head, ...rows]] of Object.entries(ROSTER)) {
    const headers = Object.fromEntries(head.map((h, i) => [String(h), columnLetter(i + 1)]));
    tables[sheet] = {
      sheet,
      headers,
      rows: rows.map((r, i) => ({
        row: i + 2,
        values: Object.fromEntries(r.map((v, c) => [String(head[c]), v])),
      })),
    };
  }
  return tables;
}

/** A number as its format shows it at its widest ("100.00%", "500.00"), else as it is ("66.5"). */
function shownNumber(c: PlanCell): string | null {
  const v = c.formula !== undefined ? c.result : c.value;
  if (typeof v !== "number") return null;
  const format = c.numberFormat ?? "General";
  // The widest these can be: 100.00 %, and a total of 500.00 points.
  if (format === "0.00%") return "100.00%";
  if (format === "0.00") return Math.max(v, 500).toFixed(2);
  if (format === "General") return String(v);
  return null; // formats that show text (an item's title) are checked as text by the sheets' tests
}

/** Every number that would show as ### (a number never runs on into the next cell). */
function tooNarrow(plan: SheetPlan): string[] {
  const merged = new Map(plan.merges.map((m) => [m.split(":")[0], m.split(":").map(parseAddress)]));
  const narrow: string[] = [];
  for (const cell of plan.cells) {
    const text = shownNumber(cell);
    const { column } = parseAddress(cell.address);
    const c = plan.columns[column - 1];
    if (text === null || c?.hidden) continue;
    const span = merged.get(cell.address);
    let w = 0;
    for (let k = span ? span[0].column : column; k <= (span ? span[1].column : column); k++)
      w += plan.columns[k - 1]?.width ?? 8.43;
    const style = cell.style ? plan.styles[cell.style] : {};
    // A digit is one unit at 11 pt; bold or larger text is wider; the cell keeps about one unit.
    const needed = text.length * ((style.size ?? 11) / 11) * (style.bold ? 1.1 : 1) + 1;
    if (needed > w) narrow.push(`${plan.sheetName}!${cell.address} ${text}`);
  }
  return narrow;
}

const shown = (c: PlanCell) => {
  const v = c.formula !== undefined ? c.result : c.value;
  return typeof v === "string" && v !== "" ? v : null;
};

/** Every cell whose text is cut off, as "sheet!A1 text". */
function cutOff(plan: SheetPlan): string[] {
  const width = (col: number) => {
    const c = plan.columns[col - 1];
    return c ? (c.hidden ? 0 : c.width) : 8.43;
  };
  const height = (row: number) => plan.rowHeights[row] ?? 15;
  const merged = new Map<
    string,
    { from: ReturnType<typeof parseAddress>; to: ReturnType<typeof parseAddress> }
  >();
  const covered = new Set<string>();
  for (const m of plan.merges) {
    const [from, to] = m.split(":").map(parseAddress);
    merged.set(m.split(":")[0], { from, to });
    for (let r = from.row; r <= to.row; r++)
      for (let c = from.column; c <= to.column; c++) covered.add(address(c, r));
  }
  const filled = new Set(plan.cells.filter((c) => shown(c) !== null).map((c) => c.address));
  /** The width of the empty cells right of a cell, which a text that does not wrap runs on into. */
  const spill = (column: number, row: number) => {
    let w = 0;
    for (let c = column + 1; c <= plan.columns.length; c++) {
      const at = address(c, row);
      if (filled.has(at) || covered.has(at)) break;
      w += width(c);
    }
    return w;
  };
  const cut: string[] = [];
  for (const cell of plan.cells) {
    const text = shown(cell);
    if (!text || (covered.has(cell.address) && !merged.has(cell.address))) continue;
    const style = cell.style ? plan.styles[cell.style] : {};
    const { column, row } = parseAddress(cell.address);
    if (width(column) === 0) continue; // a hidden column does not print
    const span = merged.get(cell.address) ?? { from: { column, row }, to: { column, row } };
    let w = 0;
    for (let c = span.from.column; c <= span.to.column; c++) w += width(c);
    let h = 0;
    for (let r = span.from.row; r <= span.to.row; r++) h += height(r);
    const size = style.size ?? 11;
    const lines = wrappedLines(text, w, size);
    // One line needs a line's height (15 pt at 11 pt, Excel's default row); more, rowHeightFor's.
    const fits = style.wrap
      ? lines === 1
        ? Math.ceil(size * 1.36) <= h + 0.5
        : rowHeightFor([{ text, width: w, size }], 0) <= h + 0.5
      : lines === 1 ||
        (!merged.has(cell.address) &&
          displayWidth(text) <= (w + spill(span.to.column, row)) * (11 / size) - 0.5);
    if (!fits) cut.push(`${plan.sheetName}!${cell.address} ${text.slice(0, 30)}`);
  }
  return cut;
}

const sheets: SheetPlan[] = [];

beforeAll(async () => {
  const read = readRoster(std, rosterTables());
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const distribution = distributeRound(rosterContext(read.round), { date: "2027-03-15" });
  if (!distribution.ok) throw new Error("distribution failed");
  sheets.push(...distribution.workbooks[0].plans);
  sheets.push(...rosterWorkbook(std, read.round));
  const checked = new CheckedFiles(std);
  for (const f of syntheticRound(20, 7)) await checked.add(f);
  const result = consolidateChecked(
    checked,
    { winners: 2 },
    std,
    undefined,
    undefined,
    syntheticConsensus([0, 1, 2])
  );
  sheets.push(...consolidationWorkbook(std, result));
  sheets.push(...consensusWorkbook(std, result).slice(0, 5));
});

describe("text the tool writes", () => {
  it("covers every kind of sheet", () => {
    const names = sheets.map((s) => s.sheetName);
    for (const name of [...summarySheetNames(), "封面", "评分指引", "申报", "评委"])
      expect(names).toContain(name);
    expect(sheets.length).toBeGreaterThan(15);
  });

  it("is never cut off: wrapped in a tall enough row, or short enough for its cell", () => {
    expect(sheets.flatMap(cutOff)).toEqual([]);
  });

  it("never shows a number as ### (its column is wide enough for it as formatted)", () => {
    expect(sheets.flatMap(tooNarrow)).toEqual([]);
  });
});
