/**
 * A test round's roster as plain rows (row 1 the headers), for an independent writer (exceljs):
 * 8 applications over 3 items (items written as numbers and names), 7 judges, 3 回避 pairs and an
 * explicit 分配 grid that respects them.
 */
export type Rows = (string | number | null)[][];

export const ROSTER: Record<string, Rows> = {
  轮次: [
    ["项目", "内容"],
    ["名称", "2027 年闵行区质量创新单项奖 材料评审"],
    ["通过线比例", 0.6],
    ["评审日期", "2027-03-15"],
  ],
  申报: [
    ["编号", "申报组织", "申报单项"],
    ["A01", "上海甲科技有限公司", 2],
    ["A02", "上海乙制造有限公司", "研发创新"],
    ["A03", "上海丙服务有限公司", "3. 服务创新"],
    ["A04", "上海丁服务有限公司", 3],
    ["A05", "上海戊管理咨询有限公司", "管理创新"],
    ["A06", "上海己管理有限公司", 4],
    ["A07", "上海庚科技有限公司", 2],
    ["A08", "上海辛服务有限公司", 3],
  ],
  评委: [
    ["编号", "姓名", "单位"],
    ...[1, 2, 3, 4, 5, 6, 7].map((k) => [`J${k}`, `评委${k}`, `单位${k}`]),
  ],
  回避: [
    ["申报编号", "评委编号", "原因"],
    ["A01", "J1", "曾任职"],
    ["A05", "J3", "竞争对手"],
    ["A08", "J7", "亲属"],
  ],
  分配: [
    ["申报编号", "申报组织", "申报单项", "J1", "J2", "J3", "J4", "J5", "J6", "J7"],
    ["A01", null, null, null, "√", "√", "√", null, null, null],
    ["A02", null, null, "√", "√", null, null, "√", null, null],
    ["A03", null, null, "√", null, "√", null, null, "√", null],
    ["A04", null, null, null, null, null, "√", "√", "√", null],
    ["A05", null, null, "√", "√", null, null, null, null, "√"],
    ["A06", null, null, null, null, "√", "√", null, null, "√"],
    ["A07", null, null, null, "√", null, null, "√", "√", null],
    ["A08", null, null, "√", null, "√", "√", null, null, null],
  ],
};
