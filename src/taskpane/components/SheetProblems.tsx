/** 状态's lists: the guard's invalid scores on this sheet and the sheet's warnings, each with 定位. */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { InvalidScore } from "../../workbook-format/workbook-events";
import type { ScoringSheetRead } from "../../workbook-format";
import type { ScoringWarning } from "../../standard";
import { t } from "../../strings";
import { entryName } from "../../workbook-format/format-names";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: "1.2em" },
  warnings: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** A titled list with a 定位 button per line. */
function LocatedList(props: {
  title: string;
  lines: { key: string; message: string; locate?: () => void }[];
  className?: string;
}) {
  const styles = useStyles();
  return (
    <div role="region" aria-label={props.title} className={props.className}>
      <Text weight="semibold">{props.title}</Text>
      <ul className={styles.list}>
        {props.lines.map((line) => (
          <li key={line.key}>
            {line.message}{" "}
            {line.locate && (
              <Button size="small" appearance="transparent" onClick={line.locate}>
                {t("status.locate")}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SheetProblems(props: {
  state: ScoringSheetRead;
  invalid: InvalidScore[];
  warnings: ScoringWarning[];
  onLocate(sheetName: string, address: string): void;
}) {
  const styles = useStyles();
  const { state, warnings, onLocate } = props;
  const forSheet = props.invalid.filter((i) => i.sheetName === state.sheetName);
  const scoreCell = (code: string) => state.names[entryName("score", code)];
  return (
    <>
      {forSheet.length > 0 && (
        <LocatedList
          title={t("status.invalidTitle", { count: forSheet.length })}
          lines={forSheet.map((i) => ({
            key: i.address,
            message: i.message,
            locate: () => onLocate(i.sheetName, i.address),
          }))}
        />
      )}
      {warnings.length > 0 && (
        <LocatedList
          title={t("status.warningsTitle", { count: warnings.length })}
          className={styles.warnings}
          lines={warnings.map((w) => ({
            key: `${w.subItem}-${w.code}`,
            message: w.message,
            locate: scoreCell(w.subItem)
              ? () => onLocate(state.sheetName, scoreCell(w.subItem))
              : undefined,
          }))}
        />
      )}
    </>
  );
}
