/**
 * The 审定 sheet of a summary workbook, as the file host reads it: the sheet carrying MH_A_FORMAT,
 * its rows read back by 申报编号 (src/workbook-format/approval-format.ts checks them). A file that
 * cannot be read, or holds no 审定 sheet, is a message in zh-CN naming it.
 */
import { t } from "../strings";
import { approvalFromCells, isApprovalSheet, type ApprovalRead } from "../workbook-format";
import { namesBySheet } from "./find-scoring-sheets";
import { failure, openWorkbookPackage } from "./open-scoring-workbook";

const isApprovalName = (name: string) => name.startsWith("MH_A_");

export async function readApprovalWorkbook(bytes: Uint8Array, file: string): Promise<ApprovalRead> {
  const opened = await openWorkbookPackage(bytes);
  if (!opened.ok)
    return { ok: false, message: t("approval.fileProblem", { file, message: opened.message }) };
  const { pkg } = opened;
  const found = [...namesBySheet(pkg, isApprovalName)].find(([, s]) => isApprovalSheet(s.names));
  if (!found) return { ok: false, message: t("approval.noSheet", { file }) };
  const [index, { names }] = found;
  try {
    const content = await pkg.readSheet(index);
    const valueAt = (a: string) => content.cells.get(a)?.value;
    return approvalFromCells(file, pkg.sheets[index].name, names, valueAt);
  } catch (e) {
    // A sheet that cannot be read (damaged XML, a cell holding two values …), with its reason.
    return { ok: false, message: t("approval.fileProblem", { file, message: failure(e).message }) };
  }
}
