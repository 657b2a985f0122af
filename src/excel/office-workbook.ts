/**
 * The workbook port over Office.js: the open Excel workbook as src/workflows sees it. Each method
 * is one `Excel.run`; reads and writes are batched (no sync inside a loop). `apply` queues every
 * change, syncs once, and on a failure puts back what it can (new sheets removed, cells written
 * back, locks and protection as they were) before rethrowing the error marked with its kind.
 */
import { renamePlans } from "../sheet-kit/sheet-names";
import type { SheetPlan } from "../sheet-kit/plan-types";
import { t } from "../strings";
import {
  withHostFailure,
  type ApplyOptions,
  type CellRef,
  type GridRead,
  type HostFailure,
  type SheetRead,
  type WorkbookChange,
  type WorkbookPort,
} from "../workbook-format/workbook-port";
import type { Capabilities } from "./capabilities";
import type { ExcelRun } from "./excel-run";
import type { queueSheetPlan as QueueSheetPlan } from "./queue-sheet-plan";
import { sheetReadOf, queueSnapshot, type SheetSnapshot } from "./sheet-snapshot";

const FAILURES: Record<string, HostFailure> = {
  AccessDenied: "protected",
  ItemNotFound: "not-found",
  ItemAlreadyExists: "exists",
};

/** The error as the use cases see it: marked with its kind when it is one they explain. */
function marked(e: unknown): unknown {
  const kind = FAILURES[(e as { code?: string } | null)?.code ?? ""];
  return kind ? withHostFailure(e, kind) : e;
}

/** A temporary sheet name for a sheet being rebuilt, unlikely to be taken (≤ 31 characters). */
function temporaryName(base: string): string {
  return `${base}~${Math.random().toString(36).slice(2, 8)}`;
}

const rangeOf = (sheet: Excel.Worksheet, ref: CellRef): Excel.Range =>
  "name" in ref ? sheet.names.getItem(ref.name).getRange() : sheet.getRange(ref.address);

/** Strings written as text get Excel's text prefix: never a formula, never a date. */
const cellInput = (value: unknown, text: boolean | undefined) =>
  value === null || value === undefined
    ? ""
    : text && typeof value === "string" && value !== ""
      ? `'${value}`
      : value;

/** What a failed batch must undo. */
interface Undo {
  /** Temporary sheets (rebuilds): removed whatever happened. */
  sheets: string[];
  /**
   * Sheets added under their own name. A taken name fails while they are being created: then only
   * those carrying this batch's marker are its own (the judge's sheet of that name stays). After
   * that, every one of them is the batch's.
   */
  added: string[];
  marker: string;
  touched: Set<string>;
  restore: ((sheet: (name: string) => Excel.Worksheet) => void)[];
  protect: Map<string, boolean>;
}

/** Building sheets is loaded with the first batch that adds one: the pane's first screen stays small. */
const loadSheetBuilder = () =>
  import(/* webpackChunkName: "operations" */ "./queue-sheet-plan").then((m) => m.queueSheetPlan);

export class OfficeWorkbook implements WorkbookPort {
  private count = 0;
  private queueSheetPlan: typeof QueueSheetPlan | null = null;

  constructor(
    private readonly run: ExcelRun,
    private readonly caps: Capabilities
  ) {}

  get syncs(): number {
    return this.count;
  }

  private async sync(context: Excel.RequestContext): Promise<void> {
    this.count++;
    await context.sync();
  }

  sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await this.sync(context);
      return sheets.items.map((s) => s.name);
    });
  }

  readSheets(which: string[] | "all", options: { formulas?: boolean } = {}): Promise<SheetRead[]> {
    return this.run(async (context) => {
      const names = which === "all" ? await this.namesIn(context) : which;
      try {
        return await this.snapshots(context, names, options.formulas === true);
      } catch (e) {
        if (which === "all" || (e as { code?: string }).code !== "ItemNotFound") throw marked(e);
        // A named sheet is absent: read the ones that exist.
        const present = new Set(await this.namesIn(context));
        return this.snapshots(
          context,
          which.filter((n) => present.has(n)),
          options.formulas === true
        );
      }
    });
  }

  private async namesIn(context: Excel.RequestContext): Promise<string[]> {
    const sheets = context.workbook.worksheets.load("items/name");
    await this.sync(context);
    return sheets.items.map((s) => s.name);
  }

  private async snapshots(
    context: Excel.RequestContext,
    names: string[],
    formulas: boolean
  ): Promise<SheetRead[]> {
    const queued: [Excel.Worksheet, SheetSnapshot][] = names.map((name) => {
      const sheet = context.workbook.worksheets.getItem(name).load("name,position");
      return [sheet, queueSnapshot(sheet, formulas)];
    });
    if (queued.length === 0) return [];
    await this.sync(context);
    return queued
      .map(([sheet, snapshot]) => sheetReadOf(sheet.name, sheet.position, snapshot, formulas))
      .sort((a, b) => a.position - b.position);
  }

  readGrids(sheetNames: string[]): Promise<Record<string, GridRead | null>> {
    return this.run(async (context) => {
      try {
        return await this.grids(context, sheetNames);
      } catch (e) {
        if ((e as { code?: string }).code !== "ItemNotFound") throw marked(e);
        const present = new Set(await this.namesIn(context));
        return this.grids(
          context,
          sheetNames.filter((n) => present.has(n)),
          sheetNames
        );
      }
    });
  }

  private async grids(
    context: Excel.RequestContext,
    names: string[],
    asked = names
  ): Promise<Record<string, GridRead | null>> {
    const ranges = names.map((name) => {
      const sheet = context.workbook.worksheets.getItem(name).load("visibility");
      const range = sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
      return { name, sheet, range };
    });
    if (ranges.length > 0) await this.sync(context);
    const out: Record<string, GridRead | null> = {};
    for (const name of asked) out[name] = null;
    for (const { name, sheet, range } of ranges) {
      if (range.isNullObject) continue;
      const values = range.values as GridRead["values"];
      const hidden = sheet.visibility !== "Visible";
      out[name] = { values, row: range.rowIndex + 1, column: range.columnIndex + 1, hidden };
    }
    return out;
  }

  async apply(changes: WorkbookChange[], options: ApplyOptions = {}): Promise<void> {
    if (!this.queueSheetPlan && changes.some((c) => c.kind === "add" || c.kind === "replace"))
      this.queueSheetPlan = await loadSheetBuilder();
    return this.run(async (context) => {
      const marker = `MH_NEW_${Math.random().toString(36).slice(2, 10)}`;
      const undo: Undo = {
        sheets: [],
        added: [],
        marker,
        touched: new Set(),
        restore: [],
        protect: new Map(),
      };
      const positions = await this.positionsFor(context, changes);
      if (changes.some((c) => c.kind === "add" || c.kind === "replace"))
        context.application.suspendApiCalculationUntilNextSync();
      // New sheets are created first, empty and marked, so a taken name fails before anything changes.
      const created = new Map<WorkbookChange, Excel.Worksheet>();
      for (const change of changes)
        if (change.kind === "add")
          created.set(change, this.create(context, change.plan.sheetName, undo));
      for (const change of changes) this.queue(context, change, undo, positions, created);
      if (options.activate) queueActivate(context, options.activate);
      try {
        await this.sync(context);
      } catch (e) {
        await this.undo(context, undo, (e as { code?: string }).code === "ItemAlreadyExists");
        throw marked(e);
      }
    });
  }

  /** A new, empty sheet carrying this batch's marker (removed when its plan is queued). */
  private create(context: Excel.RequestContext, sheetName: string, undo: Undo): Excel.Worksheet {
    const sheet = context.workbook.worksheets.add(sheetName);
    undo.added.push(sheetName);
    sheet.names.add(undo.marker, sheet.getRange("A1"));
    return sheet;
  }

  /** The positions of sheets to be replaced where the change gives none: one more round trip, only then. */
  private async positionsFor(
    context: Excel.RequestContext,
    changes: WorkbookChange[]
  ): Promise<Map<string, number>> {
    const wanted = changes.flatMap((c) =>
      c.kind === "replace" && c.position === undefined ? [c.sheetName] : []
    );
    const sheets = wanted.map((n) => context.workbook.worksheets.getItem(n).load("position"));
    if (sheets.length === 0) return new Map();
    try {
      await this.sync(context);
    } catch (e) {
      throw marked(e);
    }
    return new Map(wanted.map((n, i) => [n, sheets[i].position]));
  }

  private queue(
    context: Excel.RequestContext,
    change: WorkbookChange,
    undo: Undo,
    positions: Map<string, number>,
    created: Map<WorkbookChange, Excel.Worksheet>
  ): void {
    const sheets = context.workbook.worksheets;
    switch (change.kind) {
      case "add": {
        const sheet = created.get(change)!;
        sheet.names.getItem(undo.marker).delete();
        this.queueSheetPlan!(sheet, change.plan, this.caps);
        if (typeof change.position === "number") sheet.position = change.position;
        return;
      }
      case "replace":
        return this.queueReplace(
          context,
          change,
          undo,
          change.position ?? positions.get(change.sheetName)
        );
      case "cells": {
        const sheet = sheets.getItem(change.sheetName);
        for (const cell of change.cells)
          rangeOf(sheet, cell).values = [[cellInput(cell.value, change.text) as never]];
        const back = change.cells.filter((c) => c.previous !== undefined);
        if (back.length > 0) {
          undo.touched.add(change.sheetName);
          undo.restore.push((sheet) => {
            const target = sheet(change.sheetName);
            for (const c of back)
              rangeOf(target, c).values = [[cellInput(c.previous, change.text) as never]];
          });
        }
        return;
      }
      case "lock": {
        const sheet = sheets.getItem(change.sheetName);
        for (const cell of change.cells)
          rangeOf(sheet, cell).format.protection.locked = change.locked;
        if (change.previous !== undefined) {
          const previous = change.previous;
          undo.touched.add(change.sheetName);
          undo.restore.push((sheet) => {
            const target = sheet(change.sheetName);
            for (const c of change.cells) rangeOf(target, c).format.protection.locked = previous;
          });
        }
        return;
      }
      case "protect": {
        const protection = sheets.getItem(change.sheetName).protection;
        if (change.protect) protection.protect({ allowFormatColumns: true, allowFormatRows: true });
        else protection.unprotect();
        if (change.previous !== undefined && !undo.protect.has(change.sheetName))
          undo.protect.set(change.sheetName, change.previous);
        undo.touched.add(change.sheetName);
      }
    }
  }

  /** Built beside the old sheet under a temporary name; the old one goes only once the new one is queued. */
  private queueReplace(
    context: Excel.RequestContext,
    change: Extract<WorkbookChange, { kind: "replace" }>,
    undo: Undo,
    position: number | "end" | undefined
  ): void {
    const sheets = context.workbook.worksheets;
    const temporary = temporaryName(t("excel.rebuilding"));
    const [plan] = renamePlans([change.plan], [temporary]) as SheetPlan[];
    const fresh = sheets.add(temporary);
    undo.sheets.push(temporary);
    this.queueSheetPlan!(fresh, plan, this.caps);
    const old = sheets.getItem(change.sheetName);
    old.delete();
    fresh.name = change.sheetName;
    if (typeof position === "number") fresh.position = position;
  }

  /** The sheets this failed batch added (temporary ones, and those still carrying its marker). Two syncs. */
  private async leftovers(
    context: Excel.RequestContext,
    undo: Undo,
    nameTaken: boolean
  ): Promise<Excel.Worksheet[]> {
    const sheets = context.workbook.worksheets;
    const all = sheets.load("items/name");
    await this.sync(context);
    const present = new Set(all.items.map((s) => s.name));
    const temporary = undo.sheets.filter((n) => present.has(n)).map((n) => sheets.getItem(n));
    if (!nameTaken)
      return [
        ...temporary,
        ...undo.added.filter((n) => present.has(n)).map((n) => sheets.getItem(n)),
      ];
    const probes = undo.added
      .filter((n) => present.has(n))
      .map((n) => ({
        sheet: sheets.getItem(n),
        mark: sheets.getItem(n).names.getItemOrNullObject(undo.marker),
      }));
    if (probes.length === 0) return temporary;
    await this.sync(context);
    return [...temporary, ...probes.filter((p) => !p.mark.isNullObject).map((p) => p.sheet)];
  }

  /** After a failed batch: new sheets removed, cells, locks and protection put back. Best effort. */
  private async undo(context: Excel.RequestContext, undo: Undo, nameTaken: boolean): Promise<void> {
    try {
      const sheets = context.workbook.worksheets;
      const leftovers = await this.leftovers(context, undo, nameTaken);
      const protections = [...undo.touched].map((n) => ({
        name: n,
        protection: sheets.getItem(n).protection.load("protected"),
      }));
      await this.sync(context);
      for (const sheet of leftovers) sheet.delete();
      for (const { protection } of protections) if (protection.protected) protection.unprotect();
      const sheet = (name: string) => sheets.getItem(name);
      for (const restore of undo.restore) restore(sheet);
      for (const { name, protection } of protections) {
        const wanted = undo.protect.get(name) ?? protection.protected;
        if (wanted) protection.protect({ allowFormatColumns: true, allowFormatRows: true });
      }
      await this.sync(context);
    } catch {
      // The original failure is what the user hears about.
    }
  }

  setting(key: string): Promise<string | null> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(key).load("value");
      await this.sync(context);
      return setting.isNullObject ? null : String(setting.value ?? "");
    });
  }

  setSetting(key: string, value: string): Promise<void> {
    return this.run(async (context) => {
      context.workbook.settings.add(key, value);
      await this.sync(context);
    });
  }

  select(sheetName: string, address: string): Promise<void> {
    return this.run(async (context) => {
      queueActivate(context, { sheetName, address });
      try {
        await this.sync(context);
      } catch (e) {
        throw marked(e);
      }
    });
  }
}

function queueActivate(
  context: Excel.RequestContext,
  at: { sheetName: string; address?: string }
): void {
  const sheet = context.workbook.worksheets.getItem(at.sheetName);
  sheet.activate();
  if (at.address) sheet.getRange(at.address).select();
}

/** The open workbook through Office.js, as a workbook port. */
export function officeWorkbook(run: ExcelRun, caps: Capabilities): WorkbookPort {
  return new OfficeWorkbook(run, caps);
}
