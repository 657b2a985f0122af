/** What a scoring sheet's guards must be, derived from its plan and the standard. */
import { expect } from "@jest/globals";
import { type SheetPlan } from "../../src/sheet-kit";
import { entryName } from "../../src/workbook-format";
import { subItemsForItem, type Standard } from "../../src/standard";
import type { ScoringSheetRead, SheetGuards } from "../../src/xlsx";

export function expectGuardsOf(
  standard: Standard,
  item: number,
  sheet: ScoringSheetRead,
  guards: SheetGuards
): void {
  const subs = subItemsForItem(standard, item);
  expect(guards.protected).toBe(true);
  // Exactly the judge's input cells are unlocked: score, 成熟度, 优点, 改进机会 of each sub-item.
  const inputs = subs.flatMap((s) =>
    (["score", "maturity", "strength", "improvement"] as const).map(
      (f) => sheet.names[entryName(f, s.code)]
    )
  );
  expect([...guards.unlockedCells].sort()).toEqual([...inputs].sort());
  // Every score cell: decimal 0 … its maximum, Stop style, with a prompt naming the maximum.
  for (const s of subs) {
    const cell = sheet.names[entryName("score", s.code)];
    const v = guards.validations.find((d) => d.sqref.split(" ").includes(cell));
    expect(v).toBeDefined();
    expect(v!.type).toBe("decimal");
    expect(v!.operator ?? "between").toBe("between");
    expect(Number(v!.formula1)).toBe(0);
    expect(Number(v!.formula2)).toBe(s.max);
    expect(v!.errorStyle ?? "stop").toBe("stop");
    expect(v!.prompt).toContain(String(s.max));
    const m = guards.validations.find((d) =>
      d.sqref.split(" ").includes(sheet.names[entryName("maturity", s.code)])
    );
    expect(m?.type).toBe("list");
  }
}

export function planFor(plans: SheetPlan[], sheetName: string): SheetPlan {
  return plans.find((p) => p.sheetName === sheetName)!;
}
