import * as React from "react";
import { FluentProvider, Text, Title3, webLightTheme } from "@fluentui/react-components";
import { defaultStandard } from "../../standard";
import { t } from "../../strings";

/** The judge's task pane. Generation, the maturity guide and status arrive with later issues. */
export function App() {
  const subItems = defaultStandard.parts.reduce((n, p) => n + p.subItems.length, 0);
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16, minHeight: "100vh" }}>
      <Title3 as="h1">{t("pane.title")}</Title3>
      <Text as="p" block>
        {t("pane.placeholder", {
          name: defaultStandard.name,
          parts: defaultStandard.parts.length,
          subItems,
          fullMarks: defaultStandard.fullMarks,
        })}
      </Text>
    </FluentProvider>
  );
}
