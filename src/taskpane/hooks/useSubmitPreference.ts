/**
 * Whether 提交评分 asks first when the sheet has no warnings: read from the workbook when 状态
 * opens, changed from the confirmation (or back from 状态). Until read, it asks.
 */
import { useCallback, useState } from "react";
import type { WorkbookPort } from "../../workbook-format/workbook-port";
import {
  confirmsSubmission,
  setConfirmsSubmission,
} from "../../workflows/judge-sheet/judge-setting";

export function useSubmitPreference(workbook: WorkbookPort) {
  const [confirmSubmit, setConfirm] = useState(true);
  const loadSubmitPreference = useCallback(
    async () => setConfirm(await confirmsSubmission(workbook)),
    [workbook]
  );
  const setConfirmSubmit = useCallback(
    async (confirm: boolean) => {
      await setConfirmsSubmission(workbook, confirm);
      setConfirm(confirm);
    },
    [workbook]
  );
  return { confirmSubmit, loadSubmitPreference, setConfirmSubmit };
}
