// Mutation testing (StrykerJS, vitest runner): `npm run mutation` (tests/tools/run-mutation.mjs), not part
// of `npm test`. The runner passes `--mutate` one source file at a time and gives each file its own
// incremental file, so an interrupted or time-boxed run keeps what it finished and a re-run retests only
// mutants whose code or tests changed. Settings here are the ones every file shares.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // The folder's own unit tests (vitest.mutation.config.ts), of those only the files that import the
  // mutated file (vitest's import graph). Every mutant runs all of those (bail at the first failure):
  // "perTest" asks for per-test coverage, but Stryker 9.5.1 gets none from vitest 4.1 (stryker-js issue
  // #5928; the later fixes have open reports of wrong verdicts, #6073 and #6192), so each mutant runs
  // every related test, and is switched on before the test files import the code: module-level
  // (static) mutants are tested too, none is ignored.
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // Two cores shared by many: one test process at a time.
  concurrency: 1,
  incremental: true,
  timeoutMS: 10_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 15,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: process.env.STRYKER_JSON_REPORT ?? 'tests/results/mutation/report.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  ignorePatterns: ['.output', 'tests/results', 'playwright-report', '*.log'],
  // One temp folder per folder being mutated, so runs for two folders can go side by side.
  tempDirName: `tests/results/stryker-tmp/${process.env.MUTATION_FOLDER ?? 'all'}`,
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: null },
};
