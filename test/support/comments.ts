/**
 * Judges' comments of a given length: realistic, varied Chinese (with the figures and the odd
 * Latin abbreviation judges write), built from sentences a judge might use, exactly `length`
 * characters (UTF-16 units, as Excel's LEN counts them), ending with "。".
 */
const SENTENCES = [
  "企业建立了覆盖研发全流程的质量管理体系，",
  "关键工艺参数实行统计过程控制（SPC），",
  "与上海交通大学联合开展可靠性试验，数据可追溯；",
  "近三年新品开发周期由18个月缩短至11个月，",
  "客户投诉率下降42%，",
  "申请发明专利17项、授权9项；",
  "但部分供应商的来料检验数据仍靠人工录入，",
  "建议建立数字化质量追溯平台，",
  "一线员工提出改善提案326条，采纳率约六成；",
  "创新成果已在闵行、松江两个基地推广，",
  "成本节约的测算口径需要说明，",
  "对标行业先进水平的证据略显不足，",
  "质量信息化系统与ERP尚未打通，",
  "管理层定期评审创新项目的进展与风险，",
];

export function judgeComment(length: number, seed = 0): string {
  let text = "";
  for (let i = seed; text.length < length; i++) text += SENTENCES[i % SENTENCES.length];
  return text.slice(0, length - 1) + "。";
}
