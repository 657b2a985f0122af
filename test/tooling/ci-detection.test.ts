/**
 * How the tests tell CI from a local run (test/support/ci.js, used by global-setup.js and
 * describeWithWriter): any non-empty CI but "false" or "0" is CI — CI=1 and GitLab's CI=yes too.
 */
import { describe, expect, it } from "@jest/globals";
import { onCI } from "../support/ci";

describe("onCI", () => {
  it("counts every truthy CI value as CI", () => {
    for (const CI of ["true", "1", "yes", "TRUE", "True", "on", "woodpecker"])
      expect([CI, onCI({ CI })]).toEqual([CI, true]);
  });

  it("counts an unset, empty, false or 0 CI as a local run", () => {
    expect(onCI({})).toBe(false);
    for (const CI of ["", " ", "false", "FALSE", "False", "0"])
      expect([CI, onCI({ CI })]).toEqual([CI, false]);
  });
});
