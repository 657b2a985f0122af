// Mutation testing of the scoring rules (`npm run mutate`; README 测试 → 变异测试).
// One directory: npm run mutate -- --mutate 'src/standard/**/*.ts'
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    "src/standard/**/*.ts",
    "src/round/**/*.ts",
    "src/consolidate/aggregate.ts",
    "src/consolidate/agreement.ts",
    "!src/**/index.ts",
  ],
  testRunner: "jest",
  // findRelatedTests: a mutant runs only the test files that import its file (and only the tests
  // that reached it, perTest).
  jest: { configFile: "jest.mutate.config.js", enableFindRelatedTests: true },
  coverageAnalysis: "perTest",
  // The default standard is validated as src/standard loads, so most of load-standard.ts and
  // exact-sum.ts also runs before any test. A mutant that a test also reaches is still tested,
  // with only the tests that reach it; one reached only while loading (a constant, the bundled
  // standard's error path) would need every test file reloaded per mutant — about an hour for
  // src/standard alone — and is reported as Ignored. --ignoreStatic false tests those too.
  ignoreStatic: true,
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.mutate.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  // Only mutants whose code or tests changed since the last run are tested again. The file stays
  // in reports/ (ignored by git): it changes on every run and differs per branch, so committing it
  // would only bring merge conflicts; a fresh clone's first run is simply a full run.
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // Copy only what the tests need into the sandbox (.stryker-tmp/, ignored by git and by jest).
  ignorePatterns: ["lib", "dist", "docs", "test-output", ".bench", "coverage", "reports"],
  tempDirName: ".stryker-tmp",
  concurrency: 2,
  timeoutMS: 10000,
  thresholds: { high: 90, low: 80, break: null },
};
