/**
 * Task pane entry. Renders the app once Office says it runs inside Excel; in a plain browser
 * (or when office.js could not load) it shows one clear line instead of a blank page.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { officeHost } from "../excel/office-host";
import { todayIso } from "../sheet-kit/excel-date";
import { resolveRoundContext } from "../workflows/round-context";
import { App } from "./components/App";
import { OutsideExcel } from "./components/OutsideExcel";
import { browserFiles } from "./host-files";
import type { OfficeServices } from "./services";

/** Dark when the Office theme's background is dark. */
function officeTheme(): "light" | "dark" {
  const bg = Office.context?.officeTheme?.bodyBackgroundColor;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bg ?? "");
  if (!m) return "light";
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}

const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    root.render(<OutsideExcel />);
  } else {
    Office.onReady((info) => {
      if (info.host !== Office.HostType.Excel) {
        root.render(<OutsideExcel />);
        return;
      }
      // The host and the round context, resolved once: below this line the pane only calls workflows.
      const host = officeHost((batch) => Excel.run(batch), Office.context.requirements);
      const context = resolveRoundContext();
      if (!context.ok) throw new Error(context.message);
      const services: OfficeServices = {
        workbook: host.workbook,
        events: host.events,
        hostNotes: host.notes,
        context: context.value,
        theme: officeTheme(),
        today: () => todayIso(),
        platform: info.platform ? String(info.platform) : null,
        files: browserFiles,
      };
      root.render(<App services={services} />);
    });
  }
}
