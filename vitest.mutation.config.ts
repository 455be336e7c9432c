import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation testing only (stryker.config.mjs, tests/tools/run-mutation.mjs): the unit tests of the folder
// being mutated, so each mutant does not load every component test that imports it indirectly.
// MUTATION_TESTS: comma-separated globs, set by the runner per folder.
const include = (process.env.MUTATION_TESTS ?? '').split(',').filter(Boolean);

// Test files stay isolated (as in npm test): some mock modules (vi.mock), which needs a fresh import.
export default mergeConfig(base, defineConfig({ test: { include: include.length ? include : base.test!.include! } }));
