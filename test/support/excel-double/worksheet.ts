/** Worksheets, their names, protection, freeze panes, page layout and change events. */
import { absolute, quoteSheetName, sanitizeSheetName } from "../../../src/sheet-kit";
import { ClientObject } from "./client-object";
import type { DoubleContext } from "./context";
import { accessDenied, alreadyExists, invalidArgument, itemNotFound } from "./errors";
import { boundsOf, newSheet, normalizeRange, type SheetState } from "./model";
import { Range } from "./range";
import { ChartCollection } from "./chart";

export class Worksheet extends ClientObject<SheetState> {
  protected readonly scalarProps = ["name", "id", "position", "visibility"];

  constructor(
    context: DoubleContext,
    private readonly find: () => SheetState | null,
    orNull = false
  ) {
    super(context, orNull);
  }
  protected locate(): SheetState | null {
    return this.find();
  }
  protected notFound(): Error {
    return itemNotFound("worksheet");
  }
  protected readProp(prop: string, s: SheetState): unknown {
    if (prop === "name") return s.name;
    if (prop === "id") return s.id;
    if (prop === "position") return this.context.host.state.sheets.indexOf(s);
    if (prop === "visibility") return s.visibility ?? "Visible";
    throw invalidArgument(`Worksheet.${prop}`);
  }

  get name(): string {
    return this.prop("name");
  }
  set name(n: string) {
    this.queue("rename", (s) => (s.name = n));
  }
  get id(): string {
    return this.prop("id");
  }
  get position(): number {
    return this.prop("position");
  }
  get visibility(): string {
    return this.prop("visibility");
  }
  set visibility(v: string) {
    this.queue("visibility", (s) => (s.visibility = v as SheetState["visibility"]));
  }
  set position(p: number) {
    this.queue("position", (s) => {
      const sheets = this.context.host.state.sheets;
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.min(p, sheets.length), 0, s);
    });
  }

  getRange(address = ""): Range {
    return new Range(this.context, () => {
      const sheet = this.target();
      if (!address) return { sheet, ref: "A1:XFD1048576" };
      return { sheet, ref: normalizeRange(address) };
    });
  }

  getCell(row: number, column: number): Range {
    return this.getRange("A1").getCell(row, column);
  }

  /** Like Excel, an empty sheet's used range is A1. */
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, () => {
      const sheet = this.target();
      return usedRange(sheet, valuesOnly) ?? { sheet, ref: "A1" };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.context, () => usedRange(this.target(), valuesOnly), true);
  }

  get names(): NamedItemCollection {
    return new NamedItemCollection(this.context, () => this.target());
  }
  get charts(): ChartCollection {
    return new ChartCollection(this.context, () => this.target());
  }
  get protection(): WorksheetProtection {
    return new WorksheetProtection(this.context, () => this.target());
  }
  get freezePanes() {
    return {
      freezeRows: (count: number) => this.queue("freezeRows", (s) => (s.frozenRows = count)),
    };
  }
  /** ExcelApi 1.9: a manual break above the range's first row. */
  get horizontalPageBreaks() {
    this.context.host.requireApi(9, "Worksheet.horizontalPageBreaks");
    return {
      add: (at: string) =>
        this.queue("horizontalPageBreaks.add", (s) => {
          const row = Number(/\d+/.exec(at)?.[0]);
          s.page.breaks = [...new Set([...(s.page.breaks ?? []), row])].sort((a, b) => a - b);
        }),
    };
  }
  get pageLayout() {
    this.context.host.requireApi(9, "Worksheet.pageLayout");
    const set = (what: string, change: (s: SheetState) => void) =>
      this.queue(`pageLayout.${what}`, change);
    return {
      set orientation(v: string) {
        set("orientation", (s) => (s.page.orientation = v));
      },
      set paperSize(v: string) {
        set("paperSize", (s) => (s.page.paperSize = v));
      },
      set centerHorizontally(v: boolean) {
        set("centerHorizontally", (s) => (s.page.centerHorizontally = v));
      },
      set leftMargin(v: number) {
        set("leftMargin", (s) => (s.page.margins.left = v));
      },
      set rightMargin(v: number) {
        set("rightMargin", (s) => (s.page.margins.right = v));
      },
      set topMargin(v: number) {
        set("topMargin", (s) => (s.page.margins.top = v));
      },
      set bottomMargin(v: number) {
        set("bottomMargin", (s) => (s.page.margins.bottom = v));
      },
      set headerMargin(v: number) {
        set("headerMargin", (s) => (s.page.margins.header = v));
      },
      set footerMargin(v: number) {
        set("footerMargin", (s) => (s.page.margins.footer = v));
      },
      set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
        set("zoom", (s) => (s.page.zoom = v));
      },
      setPrintArea: (a: string) => set("printArea", (s) => (s.page.printArea = normalizeRange(a))),
      setPrintTitleRows: (a: string) =>
        set("printTitleRows", (s) => (s.page.printTitleRows = a.replace(/\$/g, ""))),
      headersFooters: {
        defaultForAllPages: {
          set centerFooter(v: string) {
            set("centerFooter", (s) => (s.page.centerFooter = v));
          },
          set centerHeader(v: string) {
            set("centerHeader", (s) => (s.page.centerHeader = v));
          },
        },
      },
    };
  }
  get onChanged() {
    return {
      add: (handler: (args: any) => Promise<unknown> | void) => {
        this.context.host.requireApi(7, "Worksheet.onChanged");
        this.queue("onChanged.add", (s) => this.context.host.addHandler(s.id, handler));
        return {
          context: this.context,
          remove: () =>
            this.context.enqueue("onChanged.remove", () =>
              this.context.host.removeHandler(handler)
            ),
        };
      },
    };
  }
  activate(): void {
    this.queue("activate", (s) => (this.context.host.state.activeSheet = s.id));
  }
  delete(): void {
    this.queue("delete", (s) => {
      const sheets = this.context.host.state.sheets;
      sheets.splice(sheets.indexOf(s), 1);
    });
  }
}

function usedRange(
  sheet: SheetState,
  valuesOnly: boolean
): { sheet: SheetState; ref: string } | null {
  let minR = Infinity,
    minC = Infinity,
    maxR = 0,
    maxC = 0;
  for (const [a, c] of sheet.cells) {
    if (valuesOnly && c.value === null && !c.formula) continue;
    const b = boundsOf(a).first;
    minR = Math.min(minR, b.row);
    minC = Math.min(minC, b.column);
    maxR = Math.max(maxR, b.row);
    maxC = Math.max(maxC, b.column);
  }
  if (maxR === 0) return null;
  return { sheet, ref: normalizeRange(`${colLetters(minC)}${minR}:${colLetters(maxC)}${maxR}`) };
}

function colLetters(n: number): string {
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export class WorksheetCollection extends ClientObject<SheetState[]> {
  protected readonly scalarProps = ["items"];
  protected locate(): SheetState[] {
    return this.context.host.state.sheets;
  }
  protected notFound(): Error {
    return itemNotFound("worksheets");
  }
  protected readProp(prop: string, sheets: SheetState[]): unknown {
    if (prop.startsWith("items")) {
      const sub = prop.includes("/") ? prop.split("/")[1] : undefined;
      return sheets.map((s) => {
        const w = new Worksheet(this.context, () =>
          this.context.host.state.sheets.includes(s) ? s : null
        );
        w.preload(sub ? [sub] : ["name", "id", "position"], s);
        return w;
      });
    }
    throw invalidArgument(`WorksheetCollection.${prop}`);
  }
  get items(): Worksheet[] {
    const all = [...this.loaded.keys()].filter((k) => k.startsWith("items"));
    if (all.length === 0) return this.prop("items");
    // Merge per-property loads ("items/name", "items/id") into one list of proxies.
    const lists = all.map((k) => this.loaded.get(k) as Worksheet[]);
    return lists[0].map((w, i) => {
      for (const l of lists.slice(1)) w.absorb(l[i]);
      return w;
    });
  }
  add(name: string): Worksheet {
    const holder: { s?: SheetState } = {};
    this.context.enqueue("worksheets.add", () => {
      const sheets = this.context.host.state.sheets;
      if (!name || sanitizeSheetName(name) !== name)
        throw invalidArgument(`worksheet name ${name}`);
      if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw alreadyExists(`worksheet ${name}`);
      holder.s = newSheet(`{${++this.context.host.state.nextId}}`, name);
      sheets.push(holder.s);
    });
    return new Worksheet(this.context, () => holder.s ?? null);
  }
  getItem(name: string): Worksheet {
    return new Worksheet(this.context, () => findSheet(this.context, name));
  }
  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.context, () => findSheet(this.context, name), true);
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => {
      const st = this.context.host.state;
      return st.sheets.find((s) => s.id === st.activeSheet) ?? st.sheets[0] ?? null;
    });
  }
}

function findSheet(ctx: DoubleContext, nameOrId: string): SheetState | null {
  const lower = nameOrId.toLowerCase();
  return (
    ctx.host.state.sheets.find((s) => s.name.toLowerCase() === lower || s.id === nameOrId) ?? null
  );
}

export class WorksheetProtection extends ClientObject<SheetState> {
  protected readonly scalarProps = ["protected", "options"];
  constructor(
    context: DoubleContext,
    private readonly sheet: () => SheetState
  ) {
    super(context);
  }
  protected locate(): SheetState {
    return this.sheet();
  }
  protected notFound(): Error {
    return itemNotFound("protection");
  }
  protected readProp(prop: string, s: SheetState): unknown {
    if (prop === "protected") return s.protection.protected;
    if (prop === "options") return { ...(s.protection.options ?? {}) };
    throw invalidArgument(`WorksheetProtection.${prop}`);
  }
  get protected(): boolean {
    return this.prop("protected");
  }
  protect(options?: Record<string, unknown>, password?: string): void {
    if (password !== undefined) this.context.host.requireApi(7, "protect with a password");
    this.queue("protect", (s) => {
      if (s.protection.protected) throw accessDenied(`${s.name} is already protected`);
      s.protection = { protected: true, options: { ...(options ?? {}) } };
    });
  }
  unprotect(_password?: string): void {
    this.queue("unprotect", (s) => (s.protection = { protected: false }));
  }
}

export class NamedItemCollection extends ClientObject<SheetState> {
  protected readonly scalarProps = ["items"];
  constructor(
    context: DoubleContext,
    private readonly sheet: () => SheetState
  ) {
    super(context);
  }
  protected locate(): SheetState {
    return this.sheet();
  }
  protected notFound(): Error {
    return itemNotFound("names");
  }
  protected readProp(prop: string, s: SheetState): unknown {
    if (!prop.startsWith("items")) throw invalidArgument(`NamedItemCollection.${prop}`);
    return [...s.names.keys()].map((n) => {
      const item = new NamedItem(this.context, s, n);
      item.preload(["name", "type", "value", "visible"], { sheet: s, name: n });
      return item;
    });
  }
  get items(): NamedItem[] {
    const key = [...this.loaded.keys()].find((k) => k.startsWith("items"));
    return this.prop(key ?? "items");
  }
  add(name: string, reference: Range | string, _comment?: string): NamedItem {
    this.context.enqueue("names.add", () => {
      const s = this.sheet();
      if (s.protection.protected) throw accessDenied(`${s.name}: names.add`);
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw invalidArgument(`name ${name}`);
      if (s.names.has(name)) throw alreadyExists(`name ${name}`);
      // A formula of one string constant (="…") names a text, as MH_STANDARD does.
      const constant = typeof reference === "string" ? /^="((?:[^"]|"")*)"$/.exec(reference) : null;
      if (constant) {
        s.names.set(name, `"${constant[1]}"`);
        return;
      }
      const ref =
        typeof reference === "string"
          ? reference.replace(/^=/, "").split("!").pop()!
          : reference.target().ref;
      s.names.set(name, absolute(normalizeRange(ref)));
    });
    return new NamedItem(this.context, null, name, () => this.sheet());
  }
  getItem(name: string): NamedItem {
    return new NamedItem(this.context, null, name, () => this.sheet());
  }
  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.context, null, name, () => this.sheet(), true);
  }
}

/** A stored name that is a text constant ("…"), not an address. */
const isConstant = (stored: string) => stored.startsWith('"');

export class NamedItem extends ClientObject<{ sheet: SheetState; name: string }> {
  protected readonly scalarProps = ["name", "type", "value", "visible"];
  constructor(
    context: DoubleContext,
    private readonly fixedSheet: SheetState | null,
    private readonly nameOf: string,
    private readonly sheetOf?: () => SheetState,
    orNull = false
  ) {
    super(context, orNull);
  }
  protected locate() {
    const sheet = this.fixedSheet ?? this.sheetOf!();
    return sheet.names.has(this.nameOf) ? { sheet, name: this.nameOf } : null;
  }
  protected notFound(): Error {
    return itemNotFound(`name ${this.nameOf}`);
  }
  protected readProp(prop: string, t: { sheet: SheetState; name: string }): unknown {
    const stored = t.sheet.names.get(t.name)!;
    const text = isConstant(stored) ? stored.slice(1, -1).replace(/""/g, '"') : null;
    if (prop === "name") return t.name;
    if (prop === "type") return text === null ? "Range" : "String";
    if (prop === "visible") return true;
    if (prop === "value" && text !== null) return text;
    if (prop === "value") {
      const q = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(t.sheet.name)
        ? t.sheet.name
        : quoteSheetName(t.sheet.name);
      return `${q}!${t.sheet.names.get(t.name)}`;
    }
    throw invalidArgument(`NamedItem.${prop}`);
  }
  get name(): string {
    return this.prop("name");
  }
  get type(): string {
    return this.prop("type");
  }
  get value(): string {
    return this.prop("value");
  }
  getRange(): Range {
    return new Range(this.context, () => {
      const t = this.target();
      const stored = t.sheet.names.get(t.name)!;
      if (isConstant(stored)) throw invalidArgument(`name ${t.name} is not a range`);
      return { sheet: t.sheet, ref: stored.replace(/\$/g, "") };
    });
  }
  getRangeOrNullObject(): Range {
    return new Range(
      this.context,
      () => {
        const t = this.tryResolve();
        return t ? { sheet: t.sheet, ref: t.sheet.names.get(t.name)!.replace(/\$/g, "") } : null;
      },
      true
    );
  }
  delete(): void {
    this.queue("name.delete", (t) => {
      if (t.sheet.protection.protected) throw accessDenied(`${t.sheet.name}: names.delete`);
      t.sheet.names.delete(t.name);
    });
  }
}
