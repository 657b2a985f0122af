/**
 * Task pane entry. Renders the app once Office says it runs inside Excel; in a plain browser
 * (or when office.js could not load) it shows one clear line instead of a blank page.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { OutsideExcel } from "./components/OutsideExcel";

const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    root.render(<OutsideExcel />);
  } else {
    Office.onReady((info) => {
      root.render(info.host === Office.HostType.Excel ? <App /> : <OutsideExcel />);
    });
  }
}
