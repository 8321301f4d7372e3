import { STATES } from '../data/states.js';

/** USPS codes of the states, DC and territories by the names BLS files use. */
export const STATE_CODES_BY_NAME: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(STATES).map(([code, name]) => [name, code]),
);

/** Names by code, for rows that give only the code (`PRIM_STATE`, `st`). */
export const STATE_NAMES_BY_CODE: Readonly<Record<string, string>> = STATES;
