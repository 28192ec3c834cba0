// Mutation testing of the rules (src/rules/**/*.ts): `npm run mutation`. Not part of `npm test`: it takes up to an
// hour on two cores. The clear-text reporter prints the score of every file and each surviving mutant; the HTML and
// JSON reports go to reports/mutation/. `npm run mutation -- --incremental` reuses the results of mutants whose code
// and tests did not change (reports/stryker-incremental.json).
// StrykerJS 10 (needs Node 22 or later, as the whole project does).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  // The rules tests with a covering (not the full) exhaustive enumeration, and the docs staleness test.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: ['src/rules/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Two cores, shared: one vitest worker per core.
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { allowColor: false, reportMutants: true, reportScoreTable: true, logTests: false },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/stryker-incremental.json',
  // Every file of src/rules must reach 90 %; the break threshold checks the total, the table shows each file.
  thresholds: { high: 95, low: 90, break: 90 },
  ignorePatterns: ['dist', 'coverage', 'test-artifacts', 'reports'],
  tempDirName: '.stryker-tmp',
};
export default config;
