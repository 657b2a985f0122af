/** Judges' names kept out of applicants' reports. */
import { describe, expect, it } from "@jest/globals";
import { namePattern, redactNames } from "../../src/consolidate";

describe("namePattern and redactNames", () => {
  it("replaces every name, the longest first, and counts the lines changed", () => {
    const names = namePattern(["王小", "王小明", "李红"]);
    const r = redactNames(["王小明说很好", "与李红一致", "无名"], names);
    expect(r.lines).toEqual(["某评委说很好", "与某评委一致", "无名"]);
    expect(r.changed).toBe(2);
  });

  it("finds a name of letters and digits only where it stands alone", () => {
    const r = redactNames(["J1 认为", "见 J10 的意见", "AJ1X 型号", "（J1）"], namePattern(["J1"]));
    expect(r.lines).toEqual(["某评委 认为", "见 J10 的意见", "AJ1X 型号", "（某评委）"]);
  });

  it("leaves one-character names and an empty roster alone", () => {
    expect(namePattern(["王", " ", ""])).toBeNull();
    expect(redactNames(["王说好"], namePattern(["王"])).lines).toEqual(["王说好"]);
  });

  it("treats a name's regular-expression characters as text", () => {
    expect(redactNames(["A.B 说", "AxB 说"], namePattern(["A.B"])).lines).toEqual([
      "某评委 说",
      "AxB 说",
    ]);
  });
});
