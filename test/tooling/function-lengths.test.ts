/** Each function short enough to read: the longest in src/ stays under 120 lines. */
import { expect, it } from "@jest/globals";
import * as path from "path";

const { functionLengths } = require("../../scripts/function-lengths.js");

it("the longest function in src/ is under 120 lines", () => {
  const [[lines, where]] = functionLengths(path.join(__dirname, "..", "..", "src"));
  expect({ where, lines: lines < 120 ? "under 120" : lines }).toEqual({
    where,
    lines: "under 120",
  });
});
