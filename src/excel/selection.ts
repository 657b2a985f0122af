/** Excel's selection: where it is (one round trip) and a watcher for its moves. */
import type { Selection } from "../workbook-format/workbook-events";

export async function readSelection(context: Excel.RequestContext): Promise<Selection> {
  const range = context.workbook.getSelectedRange().load("address");
  await context.sync();
  const full = range.address;
  const bang = full.lastIndexOf("!");
  const sheet = full
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { sheetName: sheet, address: full.slice(bang + 1) };
}

/** Call `onChange` whenever the selection moves; returns a function that stops watching. */
export async function watchSelection(
  context: Excel.RequestContext,
  onChange: () => void
): Promise<() => Promise<void>> {
  const handler = context.workbook.onSelectionChanged.add(async () => onChange());
  await context.sync();
  return async () => {
    handler.remove();
    await handler.context.sync();
  };
}
