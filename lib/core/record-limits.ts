/**
 * Limits on what a user writes into the record. The record's schema enforces them and the sidebar's
 * form applies them as the user types; both read them from here because the sidebar must not load
 * the schema (zod stays out of the in-page scripts).
 */

/** Characters in the optional private note that goes with a decision. */
export const NOTE_MAX = 500;
