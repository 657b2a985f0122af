/** The pane's actions share one busy flag and one notice; every failure is shown in zh-CN. */
import { useCallback, useState } from "react";
import { SheetOperationError } from "../../workbook-format/sheet-operation-error";
import { t } from "../../strings";

export type Notice = { intent: "success" | "error" | "warning" | "info"; text: string } | null;

export function useActionRunner() {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  const reportError = useCallback((e: unknown) => {
    const text =
      e instanceof SheetOperationError
        ? t("pane.error", { message: e.message })
        : t("pane.unexpected", { message: (e as Error)?.message ?? String(e) });
    setNotice({ intent: "error", text });
  }, []);

  /** Wrap an action: busy flag, and every failure shown in zh-CN. */
  const act = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      try {
        return await action();
      } catch (e) {
        reportError(e);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [reportError]
  );

  return { busy, notice, setNotice, act, reportError };
}

export type ActionRunner = ReturnType<typeof useActionRunner>;
