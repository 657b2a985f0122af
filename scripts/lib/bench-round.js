/**
 * The bench's rounds: `applications` over the five items and `judges`, everyone scoring everything
 * (no 回避, no assignment grid). `pad` writes application ids with two digits (A01).
 */
function everyoneRound(applicationCount, judgeCount, { pad = false } = {}) {
  const applications = Array.from({ length: applicationCount }, (_, k) => ({
    id: `A${pad ? String(k + 1).padStart(2, "0") : k + 1}`,
    applicant: `上海第${k + 1}号申报单位有限公司`,
    item: (k % 5) + 1,
  }));
  const judges = Array.from({ length: judgeCount }, (_, k) => ({
    id: `J${k + 1}`,
    name: `评委${k + 1}`,
    unit: "",
  }));
  return {
    name: "基准",
    passRatio: 0.6,
    date: "",
    applications,
    judges,
    conflicts: [],
    grid: null,
  };
}

module.exports = { everyoneRound };
