/**
 * What the workbook remembers for its judge, in the workbook's add-in settings: the judge's name
 * as last used, and whether 提交评分 asks first (it does unless the judge chose otherwise).
 */
import type { WorkbookPort } from "../../workbook-format/workbook-port";

const JUDGE_SETTING = "mh-award-scorer.judge";
const CONFIRM_SETTING = "mh-award-scorer.confirmSubmit";
const SKIP = "skip";

export async function rememberedJudge(port: WorkbookPort): Promise<string> {
  return (await port.setting(JUDGE_SETTING)) ?? "";
}

export function rememberJudge(port: WorkbookPort, judge: string): Promise<void> {
  return port.setSetting(JUDGE_SETTING, judge);
}

/** Whether 提交评分 of a sheet without warnings asks for confirmation first: yes, unless the judge turned it off here. */
export async function confirmsSubmission(port: WorkbookPort): Promise<boolean> {
  return (await port.setting(CONFIRM_SETTING)) !== SKIP;
}

export function setConfirmsSubmission(port: WorkbookPort, confirm: boolean): Promise<void> {
  return port.setSetting(CONFIRM_SETTING, confirm ? "ask" : SKIP);
}
