/** What Excel tells the pane as it happens (src/workbook-format/workbook-events.ts), through Office.js. */
import type { Standard } from "../standard";
import type { InvalidScore, WorkbookEvents } from "../workbook-format/workbook-events";
import type { Capabilities } from "./capabilities";
import type { ExcelRun } from "./excel-run";
import { ScoreGuard } from "./score-guard";
import { readSelection, watchSelection } from "./selection";

export function officeEvents(run: ExcelRun, caps: Capabilities): WorkbookEvents {
  return {
    selection: () => run((context) => readSelection(context)),
    watchSelection: (onChange) => run((context) => watchSelection(context, onChange)),
    watchScores: (
      standard: Standard,
      onUpdate: (invalid: InvalidScore[], external: boolean) => void
    ) => new ScoreGuard(run, standard, caps, onUpdate),
  };
}
