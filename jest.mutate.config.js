/**
 * The jest configuration Stryker runs (`npm run mutate`, stryker.config.mjs): only the fast unit
 * tests that call src/standard, src/round and the aggregation (src/consolidate/aggregate.ts,
 * agreement.ts) in-process. Left out: the LibreOffice (test/engine), Chromium (test/e2e) and CLI
 * suites — slow, and the CLI runs the compiled lib/, which Stryker does not mutate, so they could
 * not kill a mutant anyway. No global setup (it only looks for LibreOffice and Chromium).
 */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: base.testEnvironment,
  roots: base.roots,
  transform: base.transform,
  moduleFileExtensions: base.moduleFileExtensions,
  testMatch: [
    "<rootDir>/test/standard/*.test.ts",
    "<rootDir>/test/round/assign-boundaries.test.ts",
    "<rootDir>/test/round/roster.test.ts",
    "<rootDir>/test/round/read-roster.test.ts",
    "<rootDir>/test/round/assign-stages.test.ts",
    "<rootDir>/test/round/pass-ratio.test.ts",
    "<rootDir>/test/round/stages-roster.test.ts",
    "<rootDir>/test/consolidate/boundaries.test.ts",
    "<rootDir>/test/consolidate/cell-numbers.test.ts",
    "<rootDir>/test/consolidate/consensus-trust.test.ts",
    "<rootDir>/test/consolidate/aggregate.test.ts",
    "<rootDir>/test/consolidate/agreement.test.ts",
    "<rootDir>/test/reliability/consolidation-properties.test.ts",
    "<rootDir>/test/workflows/round-context.test.ts",
  ],
  testTimeout: 30000,
};
