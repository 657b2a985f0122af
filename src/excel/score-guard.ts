/**
 * The guard: watches a scoring sheet's changes and keeps the list of score cells that hold
 * something invalid (text, a negative, more than the maximum) — a paste of many cells included,
 * where Excel gives no change details. It never writes to the sheet, so it cannot loop and can
 * never clamp or erase what the judge typed; the sheet's conditional format paints the same cells.
 * Changes made by the add-in itself are skipped.
 */
import { parseAddress, address as a1 } from "../sheet-kit/cell-address";
import { entryName } from "../workbook-format/format-names";
import type { InvalidScore, ScoreWatch } from "../workbook-format/workbook-events";
import { checkScore, subItemsForItem, type Standard, type SubItem } from "../standard";
import { t } from "../strings";
import type { Capabilities } from "./capabilities";
import type { ExcelRun } from "./excel-run";
import { namesOf, queueSnapshot } from "./sheet-snapshot";

export type { InvalidScore };

interface Watched {
  sheetName: string;
  /** Score cell address → sub-item. */
  cells: Map<string, SubItem>;
  /** The 成熟度 and 评语 cells: a change there is reported (warnings may change), not checked. */
  inputs: Set<string>;
  handler?: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
}

interface ChangeArgs {
  worksheetId: string;
  address: string;
  details?: { valueAfter: unknown };
  triggerSource?: string;
}

function* cellsIn(ref: string): Generator<string> {
  const [from, to] = ref.split(":");
  const a = parseAddress(from);
  const b = to ? parseAddress(to) : a;
  for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
    for (let c = Math.min(a.column, b.column); c <= Math.max(a.column, b.column); c++)
      yield a1(c, r);
  }
}

export class ScoreGuard implements ScoreWatch {
  private readonly watched = new Map<string, Watched>();
  private readonly invalid = new Map<string, InvalidScore>();
  /** Addresses the add-in is about to write, by sheet id: their change events are its own. */
  private readonly ownWrites = new Map<string, Set<string>>();
  /** Syncs the guard itself made (for the bench). */
  syncs = 0;

  constructor(
    private readonly run: ExcelRun,
    private readonly standard: Standard,
    private readonly caps: Capabilities,
    /** `external`: the judge changed a watched sheet (false when a sheet has just been taken on). */
    private readonly onUpdate: (invalid: InvalidScore[], external: boolean) => void = () =>
      undefined
  ) {}

  get list(): InvalidScore[] {
    return [...this.invalid.values()].sort(
      (x, y) => x.sheetName.localeCompare(y.sheetName) || x.code.localeCompare(y.code)
    );
  }

  /** Start watching a scoring sheet: read its score cells (one sync), check them all, subscribe (one sync). */
  async watch(sheetName: string, item: number): Promise<void> {
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.load("id");
      const snapshot = queueSnapshot(sheet);
      await context.sync();
      this.syncs++;
      const names = namesOf(snapshot);
      const cells = new Map<string, SubItem>();
      const inputs = new Set<string>();
      for (const sub of subItemsForItem(this.standard, item)) {
        const a = names[entryName("score", sub.code)];
        if (a) cells.set(a, sub);
        for (const field of ["maturity", "strength", "improvement"] as const) {
          const input = names[entryName(field, sub.code)];
          if (input) inputs.add(input);
        }
      }
      const w: Watched = { sheetName, cells, inputs };
      this.watched.set(sheet.id, w);
      const values = snapshot.used.values;
      const top = parseAddress(snapshot.used.address.split("!").pop()!.split(":")[0]);
      for (const [a, sub] of cells) {
        const p = parseAddress(a);
        this.check(w, a, sub, values[p.row - top.row]?.[p.column - top.column]);
      }
      w.handler = sheet.onChanged.add((e) => this.onChanged(e));
      await context.sync();
      this.syncs++;
    });
    this.onUpdate(this.list, false);
  }

  /** Like noteOwnWrite, by sheet name (for a sheet being watched). */
  noteOwnWriteOn(sheetName: string, addresses: string[]): void {
    for (const [id, w] of this.watched)
      if (w.sheetName === sheetName) this.noteOwnWrite(id, addresses);
  }

  /** Stop tracking a sheet (it was rebuilt and has a new id); its entries leave the list. */
  forget(sheetName: string): void {
    for (const [id, w] of this.watched) if (w.sheetName === sheetName) this.watched.delete(id);
    for (const [key, v] of this.invalid) if (v.sheetName === sheetName) this.invalid.delete(key);
  }

  isWatching(sheetName: string): boolean {
    return [...this.watched.values()].some((w) => w.sheetName === sheetName);
  }

  /** Call before the add-in writes to these cells; their change events are then skipped. */
  noteOwnWrite(sheetId: string, addresses: string[]): void {
    const set = this.ownWrites.get(sheetId) ?? new Set<string>();
    addresses.forEach((a) => set.add(a));
    this.ownWrites.set(sheetId, set);
  }

  private isOwn(e: ChangeArgs): boolean {
    if (this.caps.triggerSource && e.triggerSource) return e.triggerSource === "ThisLocalAddin";
    const set = this.ownWrites.get(e.worksheetId);
    if (!set?.has(e.address)) return false;
    set.delete(e.address);
    return true;
  }

  async onChanged(event: Excel.WorksheetChangedEventArgs | ChangeArgs): Promise<void> {
    const e = event as ChangeArgs;
    const w = this.watched.get(e.worksheetId);
    if (!w || this.isOwn(e)) return;
    const address = e.address.split("!").pop()!;
    const cells = [...cellsIn(address)];
    const touched = cells.filter((a) => w.cells.has(a));
    if (touched.length === 0) {
      if (cells.some((a) => w.inputs.has(a))) this.onUpdate(this.list, true);
      return;
    }
    if (touched.length === 1 && address.indexOf(":") < 0 && e.details) {
      // A single cell with details (ExcelApi 1.9): no need to read the sheet.
      this.check(w, touched[0], w.cells.get(touched[0])!, e.details.valueAfter);
    } else {
      await this.run(async (context) => {
        const range = context.workbook.worksheets
          .getItem(w.sheetName)
          .getRange(address)
          .load("values");
        await context.sync();
        this.syncs++;
        const top = parseAddress(address.split(":")[0]);
        for (const a of touched) {
          const p = parseAddress(a);
          this.check(w, a, w.cells.get(a)!, range.values[p.row - top.row][p.column - top.column]);
        }
      });
    }
    this.onUpdate(this.list, true);
  }

  private check(w: Watched, address: string, sub: SubItem, value: unknown): void {
    const key = `${w.sheetName}!${address}`;
    const result = checkScore(this.standard, sub, value);
    if (result.status === "error") {
      this.invalid.set(key, {
        sheetName: w.sheetName,
        code: sub.code,
        address,
        value,
        message: t("guard.invalid", { message: result.message, address }),
      });
    } else this.invalid.delete(key);
  }

  /** Stop watching every sheet. A handler is removed through the context that added it. */
  async dispose(): Promise<void> {
    for (const w of this.watched.values()) {
      if (!w.handler) continue;
      w.handler.remove();
      await w.handler.context.sync();
    }
    this.watched.clear();
  }
}
