import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation testing only (stryker.config.mjs, tests/tools/run-mutation.mjs): the unit tests of the folder
// being mutated, so each mutant does not load every component test that imports it indirectly.
// MUTATION_TESTS: comma-separated globs (a leading ! excludes), set by the runner per folder. (Not
// mergeConfig: it would append these globs to the base list instead of replacing it.)
// The Node environment: the mutated folders' unit tests bring their own DOM where they need one
// (linkedom, happy-dom's Window), and setting up happy-dom took about a second per test file per mutant,
// most of the time a mutant takes. MUTATION_ENV=happy-dom restores it.
const globs = (process.env.MUTATION_TESTS ?? '').split(',').filter(Boolean);
const include = globs.filter((g) => !g.startsWith('!'));
const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: include.length ? include : base.test!.include!,
    exclude: [...(base.test!.exclude ?? ['**/node_modules/**']), ...exclude],
    environment: process.env.MUTATION_ENV ?? 'node',
  },
});
