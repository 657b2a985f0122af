/**
 * A workbook port and its events whose adapter is loaded on first use: the pane's first screen
 * renders before the Office.js adapter's code has arrived (src/excel/office-host.ts). Every call
 * waits for the adapter and then is the adapter's own; a score watch's calls made before it has
 * arrived are replayed on it in the order they were made.
 */
import type { Standard } from "../standard";
import type { InvalidScore, ScoreWatch, WorkbookEvents } from "./workbook-events";
import type { WorkbookPort } from "./workbook-port";

/** `load` once, however often it is asked for. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => (loading ??= load());
}

export function lazyWorkbookPort(load: () => Promise<WorkbookPort>): WorkbookPort {
  const port = once(load);
  let loaded: WorkbookPort | null = null;
  const ready = () => port().then((p) => (loaded = p));
  return {
    sheetNames: async () => (await ready()).sheetNames(),
    readSheets: async (which, options) => (await ready()).readSheets(which, options),
    readGrids: async (names) => (await ready()).readGrids(names),
    apply: async (changes, options) => (await ready()).apply(changes, options),
    setting: async (key) => (await ready()).setting(key),
    setSetting: async (key, value) => (await ready()).setSetting(key, value),
    select: async (sheetName, address) => (await ready()).select(sheetName, address),
    get syncs() {
      return loaded?.syncs ?? 0;
    },
  };
}

/** A score watch that starts once the adapter is there; until then nothing is watched. */
class LazyScoreWatch implements ScoreWatch {
  private real: ScoreWatch | null = null;

  constructor(private readonly made: Promise<ScoreWatch>) {
    made.then(
      (w) => (this.real = w),
      () => undefined // each call below reports the failure to its caller
    );
  }

  /** On the watch now, or once it is there: reactions to one promise run in the order made. */
  private on<T>(call: (w: ScoreWatch) => T | Promise<T>): Promise<T> {
    return this.real ? Promise.resolve(call(this.real)) : this.made.then(call);
  }

  get list(): InvalidScore[] {
    return this.real?.list ?? [];
  }

  watch(sheetName: string, item: number): Promise<void> {
    return this.on((w) => w.watch(sheetName, item));
  }

  isWatching(sheetName: string): boolean {
    return this.real?.isWatching(sheetName) ?? false;
  }

  forget(sheetName: string): void {
    this.on((w) => w.forget(sheetName)).catch(() => undefined);
  }

  noteOwnWriteOn(sheetName: string, addresses: string[]): void {
    this.on((w) => w.noteOwnWriteOn(sheetName, addresses)).catch(() => undefined);
  }

  dispose(): Promise<void> {
    return this.on((w) => w.dispose());
  }
}

export function lazyWorkbookEvents(load: () => Promise<WorkbookEvents>): WorkbookEvents {
  const events = once(load);
  return {
    selection: async () => (await events()).selection(),
    watchSelection: async (onChange) => (await events()).watchSelection(onChange),
    watchScores: (
      standard: Standard,
      onUpdate: (invalid: InvalidScore[], external: boolean) => void
    ) => new LazyScoreWatch(events().then((e) => e.watchScores(standard, onUpdate))),
  };
}
