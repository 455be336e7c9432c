/**
 * Time bounds in unit tests are for the code as shipped. Mutation testing (npm run mutation) runs code
 * instrumented with every mutant's switch, several times slower, and sets DOR_TIME_FACTOR so those bounds
 * still judge the code rather than the instrumentation. `npm test` leaves it unset (1).
 */
export const TIME_FACTOR = Math.max(1, Number(process.env.DOR_TIME_FACTOR ?? 1) || 1);

/**
 * Set by npm run mutation. Tests that feed megabytes to the detector (for their time bounds) use less in
 * mutation runs: every surviving mutant reruns every test that reaches it, and megabytes through
 * instrumented code took most of a mutant's minute. Their verdicts hold at any length.
 */
export const MUTATION_RUN = process.env.DOR_MUTATION === '1';
