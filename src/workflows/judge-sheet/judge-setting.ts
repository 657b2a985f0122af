/** The judge's name as last used in this workbook, remembered in the workbook's add-in settings. */
import type { WorkbookPort } from "../../workbook-format/workbook-port";

const JUDGE_SETTING = "mh-award-scorer.judge";

export async function rememberedJudge(port: WorkbookPort): Promise<string> {
  return (await port.setting(JUDGE_SETTING)) ?? "";
}

export function rememberJudge(port: WorkbookPort, judge: string): Promise<void> {
  return port.setSetting(JUDGE_SETTING, judge);
}
