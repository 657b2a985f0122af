/** The workbook: worksheets, settings, selection. */
import { ClientObject } from "./client-object";
import type { DoubleContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import { normalizeRange } from "./model";
import { Range } from "./range";
import { WorksheetCollection } from "./worksheet";

export class Workbook {
  constructor(private readonly context: DoubleContext) {}

  get worksheets(): WorksheetCollection {
    return new WorksheetCollection(this.context);
  }

  get settings(): SettingCollection {
    this.context.host.requireApi(4, "Workbook.settings");
    return new SettingCollection(this.context);
  }

  /** Workbook.onSelectionChanged (ExcelApi 1.2): fired by ExcelDouble.select(). */
  get onSelectionChanged() {
    return {
      add: (handler: (args: any) => Promise<unknown> | void) => {
        this.context.enqueue("onSelectionChanged.add", () =>
          this.context.host.addSelectionHandler(handler)
        );
        return {
          context: this.context,
          remove: () =>
            this.context.enqueue("onSelectionChanged.remove", () =>
              this.context.host.removeSelectionHandler(handler)
            ),
        };
      },
    };
  }

  getSelectedRange(): Range {
    return new Range(this.context, () => {
      const st = this.context.host.state;
      const sel = st.selection;
      const sheet = st.sheets.find((s) => s.name === sel?.sheet) ?? st.sheets[0];
      if (!sheet) throw itemNotFound("selection");
      return { sheet, ref: normalizeRange(sel?.address ?? "A1") };
    });
  }
}

export class SettingCollection {
  constructor(private readonly context: DoubleContext) {}
  add(key: string, value: unknown): void {
    this.context.enqueue("settings.add", () =>
      this.context.host.state.settings.set(key, JSON.parse(JSON.stringify(value)))
    );
  }
  getItemOrNullObject(key: string): Setting {
    return new Setting(this.context, key, true);
  }
  getItem(key: string): Setting {
    return new Setting(this.context, key, false);
  }
}

export class Setting extends ClientObject<{ key: string; value: unknown }> {
  protected readonly scalarProps = ["key", "value"];
  constructor(
    context: DoubleContext,
    private readonly key: string,
    orNull: boolean
  ) {
    super(context, orNull);
  }
  protected locate() {
    const s = this.context.host.state.settings;
    return s.has(this.key) ? { key: this.key, value: s.get(this.key) } : null;
  }
  protected notFound(): Error {
    return itemNotFound(`setting ${this.key}`);
  }
  protected readProp(prop: string, t: { key: string; value: unknown }): unknown {
    if (prop === "key") return t.key;
    if (prop === "value") return t.value;
    throw invalidArgument(`Setting.${prop}`);
  }
  get value(): unknown {
    return this.prop("value");
  }
  delete(): void {
    this.queue("setting.delete", (t) => this.context.host.state.settings.delete(t.key));
  }
}
