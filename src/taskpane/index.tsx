/**
 * Task pane entry. Renders the app once Office says it runs inside Excel; in a plain browser
 * (or when office.js could not load) it shows one clear line instead of a blank page.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { todayIso } from "../sheet-kit/excel-date";
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
      const services: OfficeServices = {
        run: (batch) => Excel.run(batch),
        requirements: Office.context.requirements,
        theme: officeTheme(),
        today: () => todayIso(),
        platform: info.platform ? String(info.platform) : null,
        files: browserFiles,
      };
      root.render(<App services={services} />);
    });
  }
}
