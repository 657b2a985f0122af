/** Each function short enough to read: the longest in src/ is at most 80 lines. */
import { expect, it } from "@jest/globals";
import * as path from "path";

const { functionLengths } = require("../../scripts/function-lengths.js");

it("the longest function in src/ is at most 80 lines", () => {
  const [[lines, where]] = functionLengths(path.join(__dirname, "..", "..", "src"));
  expect({ where, lines: lines <= 80 ? "at most 80" : lines }).toEqual({
    where,
    lines: "at most 80",
  });
});
