/** The synchronous SHA-256 that compares copies' texts equals node's on texts of every length. */
import { describe, expect, it } from "@jest/globals";
import { createHash } from "crypto";
import { sha256Hex } from "../../src/consolidate/content-digest";

const node = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("sha256Hex", () => {
  it("is the SHA-256 of the empty text and of 'abc' (FIPS 180-4 examples)", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
  });

  it("equals node's crypto across block boundaries and for CJK and astral characters", () => {
    const pieces = ["建议补充近三年的质量成本数据", "a", "𠀋", "\n", "优点：", "0123456789"];
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: n }, (_, i) => pieces[(i * 7 + n) % pieces.length]).join(
        ""
      );
      expect(sha256Hex(text)).toBe(node(text));
    }
  });
});
