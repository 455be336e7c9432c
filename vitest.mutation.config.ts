import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation testing only (stryker.config.mjs, tests/tools/run-mutation.mjs): the unit tests of the folder
// being mutated, so each mutant does not load every component test that imports it indirectly.
// MUTATION_TESTS: comma-separated globs, set by the runner per folder. (Not mergeConfig: it would append
// these globs to the base list instead of replacing it.)
// The Node environment: the mutated folders' unit tests bring their own DOM where they need one
// (linkedom, happy-dom's Window), and setting up happy-dom took about a second per test file per mutant,
// most of the time a mutant takes. MUTATION_ENV=happy-dom restores it.
const include = (process.env.MUTATION_TESTS ?? '').split(',').filter(Boolean);

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: include.length ? include : base.test!.include!,
    environment: process.env.MUTATION_ENV ?? 'node',
    isolate: process.env.MUTATION_ISOLATE !== '0',
  },
});
