/**
 * The try-it page's view of the active sheet: what the workbook holds (read through Office.js
 * from the in-browser double), with the totals, the verdict and the warnings computed by
 * src/standard — the same rules the sheet's formulas implement. Read-only; clicking a row
 * selects its score cell, as clicking in Excel would, so the pane's guide follows.
 */
import * as React from "react";
import { readSheetState, type WorkbookPort } from "../src/workflows";
import type { CellValue } from "../src/sheet-kit";
import {
  checkScore,
  defaultStandard as standard,
  entryWarnings,
  sheetFigures,
  subItemsForItem,
  type SubItem,
} from "../src/standard";
import { t } from "../src/strings";
import { entryName, NAMES, type ScoringSheetRead } from "../src/workbook-format";

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v));

const cell: React.CSSProperties = { border: "1px solid #c8c8c8", padding: "4px 6px" };
const bad: React.CSSProperties = { ...cell, background: "#FFC7CE", color: "#9C0006" };
const hint: React.CSSProperties = { ...cell, color: "#9C5700", fontSize: "0.85em" };

function Row(props: { sub: SubItem; state: ScoringSheetRead; onSelect(address: string): void }) {
  const { sub, state } = props;
  const entry = state.entries[sub.code] ?? {};
  const invalid = checkScore(standard, sub, entry.score).status === "error";
  const warnings = entryWarnings(standard, sub, entry);
  const address = state.names[entryName("score", sub.code)];
  return (
    <tr onClick={() => props.onSelect(address)} style={{ cursor: "pointer" }} data-code={sub.code}>
      <td style={cell}>{`${sub.code} ${sub.title}`}</td>
      <td style={{ ...cell, textAlign: "center" }}>{sub.max}</td>
      <td
        style={invalid ? bad : { ...cell, textAlign: "center" }}
        data-testid={`score-${sub.code}`}
      >
        {text(entry.score)}
      </td>
      <td style={cell}>{text(entry.maturity)}</td>
      <td style={cell}>{text(entry.strength)}</td>
      <td style={cell}>{text(entry.improvement)}</td>
      <td style={hint}>{warnings.map((w) => w.message).join(t("sep.clause"))}</td>
    </tr>
  );
}

function Figures({ state }: { state: ScoringSheetRead }) {
  const item = Number(state.item);
  const scores = Object.fromEntries(Object.entries(state.entries).map(([c, e]) => [c, e.score]));
  const f = sheetFigures(standard, item, scores);
  return (
    <p data-testid="sheet-figures">
      {t("demo.figures", {
        total: f.total,
        fullMarks: standard.fullMarks,
        percent: (f.percent * 100).toFixed(2),
        passLine: f.passLine,
        verdict: f.verdict,
      })}
    </p>
  );
}

/** Re-read the active sheet whenever the workbook may have changed (polled: it is a demo). */
function useActiveSheet(
  workbook: WorkbookPort,
  activeSheet: () => string | null
): ScoringSheetRead | null {
  const [state, setState] = React.useState<ScoringSheetRead | null>(null);
  React.useEffect(() => {
    let last = "";
    const read = async () => {
      const name = activeSheet();
      if (!name) return;
      try {
        const next = await readSheetState(workbook, name);
        const key = JSON.stringify([next.sheetName, next.entries, next.submission]);
        if (key !== last) {
          last = key;
          setState(next);
        }
      } catch {
        // Not a scoring sheet (or being rebuilt): keep showing the last one.
      }
    };
    void read();
    const timer = setInterval(() => void read(), 400);
    return () => clearInterval(timer);
  }, [workbook, activeSheet]);
  return state;
}

export function SheetView(props: {
  workbook: WorkbookPort;
  activeSheet: () => string | null;
  onSelect(sheetName: string, address: string): void;
}) {
  const state = useActiveSheet(props.workbook, props.activeSheet);
  if (!state || !(NAMES.format in state.names)) return <p>{t("demo.noSheet")}</p>;
  const subs = subItemsForItem(standard, Number(state.item));
  return (
    <div>
      <h2 style={{ margin: "0 0 4px", fontSize: "1.1em" }}>
        {t("demo.viewTitle", { sheet: state.sheetName })}
      </h2>
      <p style={{ margin: "0 0 8px", color: "#605e5c", fontSize: "0.9em" }}>{t("demo.viewNote")}</p>
      <table style={{ borderCollapse: "collapse", width: "100%", fontSize: "0.9em" }}>
        <thead>
          <tr>
            {(
              ["project", "max", "score", "maturity", "strength", "improvement", "hint"] as const
            ).map((h) => (
              <th key={h} style={{ ...cell, background: "#DDEBF7" }}>
                {t(`sheet.col.${h}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {subs.map((sub) => (
            <Row
              key={sub.code}
              sub={sub}
              state={state}
              onSelect={(address) => props.onSelect(state.sheetName, address)}
            />
          ))}
        </tbody>
      </table>
      <Figures state={state} />
    </div>
  );
}
