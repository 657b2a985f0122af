import * as React from "react";
import { t } from "../../strings";

/** Shown when the page is opened outside Excel: one line, no exception, no blank page. */
export function OutsideExcel() {
  return (
    <p role="status" style={{ fontFamily: "sans-serif", margin: 16 }}>
      {t("pane.outsideOffice")}
    </p>
  );
}
