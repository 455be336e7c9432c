/**
 * Time bounds in unit tests are for the code as shipped. Mutation testing (npm run mutation) runs code
 * instrumented with every mutant's switch, several times slower, and sets DOR_TIME_FACTOR so those bounds
 * still judge the code rather than the instrumentation. `npm test` leaves it unset (1).
 */
export const TIME_FACTOR = Math.max(1, Number(process.env.DOR_TIME_FACTOR ?? 1) || 1);
