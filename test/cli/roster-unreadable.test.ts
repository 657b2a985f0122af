/**
 * A roster that cannot be read says why, as a judge's file would: encrypted with a password, an
 * old .xls, damaged, a WPS .et file — not one vague line for all of them.
 */
import { describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";
import { t } from "../../src/strings";
import { mhscore } from "../support/cli";
import { tempDir } from "../support/engine";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function ole(encrypted: boolean): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(OLE);
  if (encrypted) bytes.set(Array.from(Buffer.from("EncryptionInfo", "utf16le")), 1536);
  return bytes;
}

describe("a roster that cannot be read", () => {
  const dir = tempDir("roster-unreadable");
  const cases: [string, Uint8Array, string][] = [
    ["加密名册.xlsx", ole(true), t("problem.encrypted")],
    ["旧名册.xls", ole(false), t("problem.oldXls")],
    ["名册.txt", new TextEncoder().encode("编号,申报组织\nA01,上海甲公司\n"), t("problem.notXlsx")],
    [
      "名册.et",
      new Uint8Array([1, 2, 3]),
      t("cli.consolidate.otherFormat", { program: t("cli.program.wps") }),
    ],
  ];
  it.each(cases)("%s: the reason, with the path", async (name, bytes, reason) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const out = path.join(dir, `发出-${name}`);
    const r = await mhscore("distribute", file, "-o", out);
    expect(r.code).toBe(1);
    expect(r.err).toContain(t("cli.distribute.rosterUnreadable", { path: file, reason }));
    expect(fs.existsSync(out)).toBe(false);
  });

  it("a damaged one names what is damaged", async () => {
    const good = path.join(dir, "好名册.xlsx");
    expect((await mhscore("roster", "-o", good)).code).toBe(0);
    const bytes = fs.readFileSync(good);
    const damaged = path.join(dir, "损坏名册.xlsx");
    fs.writeFileSync(damaged, bytes.subarray(0, bytes.length >> 1));
    const r = await mhscore("distribute", damaged, "-o", path.join(dir, "发出-损坏"));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`无法读取名册“${damaged}”：`);
    expect(r.err).not.toContain(t("cli.distribute.notRoster", { path: damaged }));
  });
});
