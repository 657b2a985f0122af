/**
 * The pane's host as it starts: the Office.js adapter loaded on first use (lazyWorkbookPort,
 * lazyWorkbookEvents). The port keeps the whole contract; a score watch asked for before its
 * adapter has arrived flags what the guard flags, with the calls made meanwhile in their order.
 */
import { describe, expect, it } from "@jest/globals";
import { officeEvents, officeWorkbook } from "../../src/excel";
import { defaultStandard as std } from "../../src/standard";
import { lazyWorkbookEvents, lazyWorkbookPort } from "../../src/workbook-format/lazy-port";
import type { InvalidScore } from "../../src/workflows";
import { generateScoringSheet, host } from "../support/excel-host";
import { portContract } from "./contract";

portContract("Excel, its adapter loaded on first use (lazyWorkbookPort)", async () => {
  const { run, caps } = host();
  return lazyWorkbookPort(async () => officeWorkbook(run, caps));
});

/** A gate the test opens: the adapter "arrives" when the test says so. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

async function judgeSheet() {
  const h = host();
  await generateScoringSheet(
    h.port,
    {
      standard: std,
      header: { applicant: "乙方科技有限公司", item: 3, judge: "王五", date: "2026-12-01" },
      sheetName: "乙方",
      mode: "new",
    },
    h.caps
  );
  return h;
}

describe("the pane's host, its adapter loaded on first use", () => {
  it("loads the adapter once, at the first call, and counts its round trips from then", async () => {
    const h = host();
    let loads = 0;
    const port = lazyWorkbookPort(async () => {
      loads++;
      return officeWorkbook(h.run, h.caps);
    });
    expect([loads, port.syncs]).toEqual([0, 0]);
    const [names, setting] = await Promise.all([port.sheetNames(), port.setting("judge")]);
    expect([names, setting, loads]).toEqual([[], null, 1]);
    expect(port.syncs).toBe(h.excel.roundTrips);
    expect(port.syncs).toBeGreaterThanOrEqual(2);
  });

  it("watches scores asked for before the adapter came, calls replayed in order", async () => {
    const h = await judgeSheet();
    const { open, opened } = gate();
    const events = lazyWorkbookEvents(async () => {
      await opened;
      return officeEvents(h.run, h.caps);
    });
    const updates: InvalidScore[][] = [];
    const watch = events.watchScores(std, (list) => updates.push(list));
    // Before the adapter is there: nothing is watched, and the calls wait their turn.
    const watching = watch.watch("乙方", 3);
    watch.forget("乙方");
    expect([watch.isWatching("乙方"), watch.list]).toEqual([false, []]);
    open();
    await watching;
    // The same two calls on the adapter's own watch end the same way.
    const direct = officeEvents(h.run, h.caps).watchScores(std, () => undefined);
    const directWatching = direct.watch("乙方", 3);
    direct.forget("乙方");
    await directWatching;
    expect(watch.isWatching("乙方")).toBe(direct.isWatching("乙方"));
    await direct.dispose();
    if (!watch.isWatching("乙方")) await watch.watch("乙方", 3);
    h.excel.userUnprotect("乙方");
    h.excel.userEdit("乙方", "D7", [[999]]);
    await h.excel.idle();
    expect(watch.list.map((i) => [i.address, i.value])).toEqual([["D7", 999]]);
    expect(updates.at(-1)?.map((i) => i.address)).toEqual(["D7"]);
    await watch.dispose();
    expect(h.excel.handlerErrors).toEqual([]);
  });

  it("tells each caller when the adapter cannot be loaded", async () => {
    const events = lazyWorkbookEvents(() => Promise.reject(new Error("chunk failed")));
    const watch = events.watchScores(std, () => undefined);
    watch.noteOwnWriteOn("乙方", ["D7"]);
    await expect(watch.watch("乙方", 3)).rejects.toThrow("chunk failed");
    await expect(events.selection()).rejects.toThrow("chunk failed");
  });
});
