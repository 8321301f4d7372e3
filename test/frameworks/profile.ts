// The profile every fixture app passes as an object (`.data`), and the one it switches to.
import { BUILT_IN_PROFILES } from 'mrt-widgets/data';

const base = BUILT_IN_PROFILES['medical-records-technician'] as Record<string, unknown>;

/** The built-in profile under another title, so a test can tell the object was used. */
export const fixtureProfile = (title: string): Record<string, unknown> => ({ ...base, title });
