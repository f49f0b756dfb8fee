/**
 * Contract methods of the lexicon editor: read the framing lexicons in force and change the
 * user's edits to them (add, edit, disable, reset entries). Spread into `contract`.
 * Owned by the lexicon editor work; empty until it lands.
 */
export const lexiconMethods = {} as const;
