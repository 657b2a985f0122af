/**
 * The round context is resolved once, by one rule: the pass ratio is the explicit option, else the
 * roster's, else the standard's; the standard is named by id; the stage is one of the round's.
 */
import { describe, expect, it } from "@jest/globals";
import {
  DOCUMENT_REVIEW,
  readRoster,
  rosterAssignments,
  rosterTableFromGrid,
} from "../../src/round";
import { defaultStandard, parseStandard } from "../../src/standard";
import { resolveRoundContext, standardFor } from "../../src/workflows/round-context";
import { ROSTER } from "../support/round-fixture";

function rosterWith(passRatio: number | null) {
  const rows = ROSTER["轮次"].map((r) => (r[0] === "通过线比例" ? [r[0], passRatio] : r));
  const tables = Object.fromEntries(
    Object.entries({ ...ROSTER, 轮次: rows }).map(([name, grid]) => [
      name,
      rosterTableFromGrid(name, grid, 1, 1),
    ])
  );
  const read = readRoster(defaultStandard, tables);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return { round: read.round, assignments: rosterAssignments(read.round) };
}

describe("the pass ratio, one rule", () => {
  const ratio = (request: Parameters<typeof resolveRoundContext>[0]) => {
    const c = resolveRoundContext(request);
    if (!c.ok) throw new Error(c.message);
    return c.value.passRatio;
  };
  it("the explicit option wins over the roster's and the standard's", () => {
    expect(ratio({ passRatio: 0.55, roster: rosterWith(0.7) })).toBe(0.55);
  });
  it("else the roster's", () => {
    expect(ratio({ roster: rosterWith(0.7) })).toBe(0.7);
  });
  it("else the standard's (a roster that gives none takes it too)", () => {
    const strict = parseStandard({ ...defaultStandard, passRatio: 0.65 });
    if (!strict.ok) throw new Error();
    expect(ratio({ standard: strict.standard })).toBe(0.65);
    expect(ratio({})).toBe(defaultStandard.passRatio);
    expect(ratio({ roster: rosterWith(null) })).toBe(defaultStandard.passRatio);
  });
  it("refuses a ratio no round can use, in zh-CN", () => {
    expect(resolveRoundContext({ passRatio: 1.5 })).toEqual({
      ok: false,
      message: "通过线比例“1.5”无效：应为大于 0、不超过 1 的小数，例如 0.6。",
    });
  });
});

describe("the standard and the stage", () => {
  it("an unknown standard id is refused, naming the built-in ones", () => {
    const c = resolveRoundContext({ standardId: "no-such-standard" });
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.message).toContain("“no-such-standard”");
    expect(standardFor("no-such-standard")).toBeNull();
    expect(standardFor()).toBe(defaultStandard);
  });
  it("a round without stages is one stage, 资料评审; another stage name is refused", () => {
    const c = resolveRoundContext({});
    if (!c.ok) throw new Error(c.message);
    expect(c.value.stage).toEqual(DOCUMENT_REVIEW);
    expect(c.value.stage.name).toBe("资料评审");
    const named = resolveRoundContext({ stage: "资料评审" });
    expect(named.ok && named.value.stage.id).toBe("document-review");
    expect(resolveRoundContext({ stage: "现场评审" })).toEqual({
      ok: false,
      message: "本轮评审没有“现场评审”这个阶段：可用的阶段是 资料评审",
    });
  });
  it("the judge travels as { id, name }", () => {
    const c = resolveRoundContext({ judge: { id: "J3", name: "张伟" } });
    expect(c.ok && c.value.judge).toEqual({ id: "J3", name: "张伟" });
  });
});
