/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx", "**/*.test.js"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // Stryker's sandboxes (npm run mutate) are copies of the project: never tests, never modules.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/.stryker-tmp/"],
  modulePathIgnorePatterns: ["<rootDir>/.stryker-tmp/"],
  globalSetup: "<rootDir>/test/support/global-setup.js",
  // A line as each test file starts: the long suites (LibreOffice, Chromium) never look like a hang.
  reporters: ["default", "<rootDir>/test/support/progress-reporter.js"],
  // LibreOffice conversions take a few seconds each.
  testTimeout: 120000,
};
