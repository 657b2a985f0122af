/**
 * The .xlsx file host of the workbook port: a workbook the tool builds and edits itself, held as
 * an ordered list of sheet plans. Every change edits the plans (as Excel would edit the sheets
 * through Office.js: same refusals, same failure kinds); every read goes through the real bytes,
 * written by writeWorkbook and read back with XlsxPackage, so what a use case reads is what the
 * file holds.
 *
 * Its limit: it edits only workbooks it holds as plans. A workbook opened from someone else's
 * bytes is not editable yet (there is no plan to edit); read such bytes with XlsxPackage.
 *
 * Add-in settings are kept in memory only: a file has no add-in settings part, so they are never
 * written to the bytes.
 */
import { maxOf, minOf } from "../sheet-kit/many";
import { address, parseAddress } from "../sheet-kit/cell-address";
import type { CellValue, PlanCell, SheetPlan } from "../sheet-kit/plan-types";
import { renamePlans } from "../sheet-kit/sheet-names";
import { FORMATS } from "../sheet-kit/styles";
import { parseNameRef } from "../workbook-format/sheet-from-names";
import {
  withHostFailure,
  type ApplyOptions,
  type CellRef,
  type GridRead,
  type HostFailure,
  type SheetPosition,
  type SheetRead,
  type WorkbookChange,
  type WorkbookPort,
} from "../workbook-format/workbook-port";
import { writeWorkbook } from "./write-workbook";
import { XlsxPackage, type SheetContent } from "./xlsx-package";

/** The sheet (and cell) shown last: by `apply`'s `activate` or by `select`. */
export interface ActiveCell {
  sheetName: string;
  address?: string;
}

function fail(kind: HostFailure, detail: string): never {
  throw withHostFailure(new Error(`${kind}: ${detail}`), kind);
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** "$d$7" → "D7"; throws a RangeError for what is not one cell's address. */
const normalAddress = (a: string) => {
  const { column, row } = parseAddress(a);
  return address(column, row);
};

const FORBIDDEN_IN_NAME = /[[\]:*?/\\]/;

/** Excel's rules for a tab name (sheet-kit/sheet-names.ts); a broken name is a caller's bug, not a host failure. */
function checkSheetName(name: string): void {
  const ok =
    name.length >= 1 &&
    name.length <= 31 &&
    !FORBIDDEN_IN_NAME.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history";
  if (!ok) throw new RangeError(`not a valid sheet name: ${JSON.stringify(name)}`);
}

/** Locked unless the plan says locked: false; a cell absent from the plan is locked. */
const isLocked = (cell: PlanCell | undefined) => cell?.locked !== false;

/**
 * The plan list of one batch, copied on write: a plan is cloned the first time the batch
 * changes it, so the held list is never touched until the batch has succeeded.
 */
class Draft {
  readonly plans: SheetPlan[];
  private readonly own = new Set<SheetPlan>();

  constructor(plans: readonly SheetPlan[]) {
    this.plans = [...plans];
  }

  indexOf(sheetName: string): number {
    const i = this.plans.findIndex((p) => sameName(p.sheetName, sheetName));
    return i < 0 ? fail("not-found", `sheet ${sheetName}`) : i;
  }

  editable(sheetName: string): SheetPlan {
    const i = this.indexOf(sheetName);
    let plan = this.plans[i];
    if (!this.own.has(plan)) {
      plan = structuredClone(plan);
      this.plans[i] = plan;
      this.own.add(plan);
    }
    return plan;
  }

  insert(plan: SheetPlan, position: SheetPosition | undefined): void {
    const copy = structuredClone(plan);
    const at =
      position === undefined || position === "end"
        ? this.plans.length
        : Math.max(0, Math.min(Math.trunc(position), this.plans.length));
    this.plans.splice(at, 0, copy);
    this.own.add(copy);
  }

  add(plan: SheetPlan, position: SheetPosition | undefined): void {
    checkSheetName(plan.sheetName);
    if (this.plans.some((p) => sameName(p.sheetName, plan.sheetName)))
      fail("exists", `sheet ${plan.sheetName}`);
    this.insert(plan, position);
  }

  /** The new plan under the old one's name (its formulas naming itself follow), at its index or `position`. */
  replace(sheetName: string, plan: SheetPlan, position: SheetPosition | undefined): void {
    const i = this.indexOf(sheetName);
    const name = this.plans[i].sheetName;
    const [renamed] = renamePlans([plan], [name]);
    this.plans.splice(i, 1);
    this.insert(renamed, position ?? i);
  }
}

/** The address a CellRef points to on the plan's sheet; an unknown name is "not-found". */
function targetOf(plan: SheetPlan, ref: CellRef): string {
  if ("address" in ref) return normalAddress(ref.address);
  const named =
    plan.names.find((n) => n.name === ref.name) ??
    plan.names.find((n) => sameName(n.name, ref.name));
  return named ? normalAddress(named.address) : fail("not-found", `name ${ref.name}`);
}

function cellOf(plan: SheetPlan, at: string, create: boolean): PlanCell | undefined {
  let cell = plan.cells.find((c) => normalAddress(c.address) === at);
  if (!cell && create) {
    cell = { address: at };
    plan.cells.push(cell);
  }
  return cell;
}

/**
 * What Excel does with a value written into a cell: "=…" becomes a formula, unless `text` or the
 * cell is formatted as text ("@", as the comment cells are: Excel then keeps what is typed as text).
 */
function writeValue(cell: PlanCell, value: CellValue, text: boolean): void {
  delete cell.formula;
  delete cell.result;
  delete cell.value;
  const asText = text || cell.numberFormat === FORMATS.text;
  if (typeof value === "string" && value.startsWith("=") && !asText) cell.formula = value;
  else if (value !== null && value !== "") cell.value = value;
}

function applyChange(draft: Draft, change: WorkbookChange): void {
  switch (change.kind) {
    case "add":
      return draft.add(change.plan, change.position);
    case "replace":
      return draft.replace(change.sheetName, change.plan, change.position);
    case "cells": {
      const plan = draft.editable(change.sheetName);
      for (const c of change.cells) {
        const at = targetOf(plan, c);
        if (plan.protection && isLocked(cellOf(plan, at, false)))
          fail("protected", `${plan.sheetName}!${at}`);
        writeValue(cellOf(plan, at, true)!, c.value, change.text === true);
      }
      return;
    }
    case "lock": {
      const plan = draft.editable(change.sheetName);
      if (plan.protection) fail("protected", plan.sheetName);
      for (const ref of change.cells) {
        const cell = cellOf(plan, targetOf(plan, ref), true)!;
        if (change.locked) delete cell.locked;
        else cell.locked = false;
      }
      return;
    }
    case "protect":
      draft.editable(change.sheetName).protection = change.protect
        ? { allowFormatColumns: true, allowFormatRows: true }
        : null;
      return;
  }
}

/** A sheet's sheet-scoped names: those pointing at one of its cells, and its text constants. */
function scopedNames(pkg: XlsxPackage, index: number) {
  const sheetName = pkg.sheets[index].name;
  const names: Record<string, string> = {};
  const texts: Record<string, string> = {};
  for (const n of pkg.names) {
    if (n.localSheetId !== index) continue;
    const text = /^"((?:[^"]|"")*)"$/.exec(n.ref.trim());
    const ref = parseNameRef(n.ref);
    if (text && !(n.name in texts)) texts[n.name] = text[1].replace(/""/g, '"');
    else if (ref && ref.sheet === sheetName && !(n.name in names)) names[n.name] = ref.cell;
  }
  return { names, texts };
}

async function sheetRead(pkg: XlsxPackage, index: number, formulas: boolean): Promise<SheetRead> {
  const content = await pkg.readSheet(index);
  const cell = (a: string) => content.cells.get(normalAddress(a));
  return {
    sheetName: pkg.sheets[index].name,
    position: index,
    ...scopedNames(pkg, index),
    value: (a) => cell(a)?.value,
    formula: (a) => {
      const c = formulas ? cell(a) : undefined;
      return c?.formula !== undefined ? `=${c.formula}` : c?.value;
    },
    protected: content.protected,
  };
}

/** The used range (every cell present in the part) as a grid; null for a sheet without cells. */
function gridOf(content: SheetContent, hidden: boolean): GridRead | null {
  const at = [...content.cells.keys()].map((a) => ({ a, ...parseAddress(a) }));
  if (at.length === 0) return null;
  const rows = at.map((c) => c.row);
  const columns = at.map((c) => c.column);
  const [top, left] = [minOf(rows), minOf(columns)];
  const [height, width] = [maxOf(rows) - top + 1, maxOf(columns) - left + 1];
  const values = Array.from({ length: height }, () =>
    Array.from({ length: width }, () => null as CellValue)
  );
  for (const c of at) values[c.row - top][c.column - left] = content.cells.get(c.a)?.value ?? null;
  return { values, row: top, column: left, hidden };
}

export class FileWorkbook implements WorkbookPort {
  /** The sheet (and cell) last activated by `apply` or `select`; null until then. */
  active: ActiveCell | null = null;
  private list: readonly SheetPlan[];
  private written: { bytes: Promise<Uint8Array>; pkg?: Promise<XlsxPackage> } | null = null;
  private readonly settings = new Map<string, string>();
  private roundTrips = 0;

  private constructor(plans: readonly SheetPlan[]) {
    this.list = plans;
  }

  /**
   * A workbook of these sheets, in order (the plans are copied: later edits to them are not seen).
   * It may start empty (reads find no sheet) until a batch adds one; an empty one has no bytes.
   */
  static fromPlans(plans: readonly SheetPlan[]): FileWorkbook {
    const draft = new Draft([]);
    for (const plan of plans) draft.add(plan, "end");
    return new FileWorkbook(draft.plans);
  }

  get syncs(): number {
    return this.roundTrips;
  }

  /** The workbook's sheets as plans, in order (a copy). */
  plans(): readonly SheetPlan[] {
    return structuredClone(this.list);
  }

  /** The .xlsx file of the current plans (written once per change; the caller gets its own copy). Rejects for a workbook without sheets. */
  async bytes(): Promise<Uint8Array> {
    return (await this.ownBytes()).slice();
  }

  private ownBytes(): Promise<Uint8Array> {
    if (!this.written) {
      const written = { bytes: writeWorkbook(this.list) };
      written.bytes.catch(() => {
        if (this.written === written) this.written = null;
      });
      this.written = written;
    }
    return this.written.bytes;
  }

  /** The current bytes opened; null for a workbook without sheets (a file needs one). */
  private async package(): Promise<XlsxPackage | null> {
    if (this.list.length === 0) return null;
    const bytes = this.ownBytes();
    const written = this.written!;
    written.pkg ??= bytes.then((b) => XlsxPackage.open(b));
    return written.pkg;
  }

  async sheetNames(): Promise<string[]> {
    this.roundTrips++;
    return (await this.package())?.sheets.map((s) => s.name) ?? [];
  }

  async readSheets(
    which: string[] | "all",
    options: { formulas?: boolean } = {}
  ): Promise<SheetRead[]> {
    this.roundTrips += which === "all" ? 2 : 1;
    const pkg = await this.package();
    if (!pkg) return [];
    const wanted = pkg.sheets.filter(
      (s) => which === "all" || which.some((name) => sameName(name, s.name))
    );
    return Promise.all(wanted.map((s) => sheetRead(pkg, s.index, options.formulas === true)));
  }

  async readGrids(sheetNames: string[]): Promise<Record<string, GridRead | null>> {
    this.roundTrips++;
    const pkg = await this.package();
    const grids: Record<string, GridRead | null> = {};
    for (const name of sheetNames) {
      const sheet = pkg?.sheets.find((s) => sameName(s.name, name));
      grids[name] = pkg && sheet ? gridOf(await pkg.readSheet(sheet.index), sheet.hidden) : null;
    }
    return grids;
  }

  /** All or nothing: the changes are applied in order to a copy, which replaces the plans only when all succeeded. */
  async apply(changes: WorkbookChange[], options: ApplyOptions = {}): Promise<void> {
    this.roundTrips++;
    const draft = new Draft(this.list);
    for (const change of changes) applyChange(draft, change);
    if (changes.length > 0) {
      this.list = draft.plans;
      this.written = null;
    }
    if (options.activate) this.active = { ...options.activate };
  }

  /** Kept in memory only: a file has no add-in settings part. */
  async setting(key: string): Promise<string | null> {
    this.roundTrips++;
    return this.settings.get(key) ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.roundTrips++;
    this.settings.set(key, value);
  }

  async select(sheetName: string, address: string): Promise<void> {
    this.roundTrips++;
    const plan = this.list.find((p) => sameName(p.sheetName, sheetName));
    if (!plan) fail("not-found", `sheet ${sheetName}`);
    this.active = { sheetName: plan.sheetName, address };
  }
}
