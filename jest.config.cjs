/** Jest projects: fast unit tests of every layer, and end-to-end tests in real Chromium. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];

const shared = {
  testEnvironment: "node",
  transform: { "^.+\\.(ts|tsx)$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "mjs", "json"],
  // office-addin-mock pulls office-addin-manifest, whose ESM-only dependencies jest cannot load.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.cjs" },
};

module.exports = {
  projects: [
    { ...shared, displayName: "unit", testMatch: ["<rootDir>/test/**/*.test.ts?(x)"], testPathIgnorePatterns: ["/test/e2e/"] },
    { ...shared, displayName: "e2e", testMatch: ["<rootDir>/test/e2e/**/*.test.ts"] },
  ],
};
