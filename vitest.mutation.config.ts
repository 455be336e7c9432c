import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation testing only (stryker.config.mjs, tests/tools/run-mutation.mjs): the unit tests of the folder
// being mutated, so each mutant does not load every component test that imports it indirectly.
// MUTATION_TESTS: comma-separated globs, set by the runner per folder.
const include = (process.env.MUTATION_TESTS ?? '').split(',').filter(Boolean);

// isolate: false keeps modules loaded between runs: Stryker switches mutants at run time (a global the
// instrumented code reads), so each mutant need not re-import the test files; static mutants, which would
// need a fresh import, are not run (ignoreStatic). The unit tests reset their shared state per test.
export default mergeConfig(base, defineConfig({ test: { include: include.length ? include : base.test!.include!, isolate: false } }));
