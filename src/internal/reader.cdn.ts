import { BUILT_IN_PROFILES, DEFAULT_OCCUPATION } from '../data/profiles.js';
import type { OccupationProfile, ParseResult } from '../data/types.js';
import { firstUse } from './first-use.js';
import type { Reader } from './reader.js';

/**
 * The CDN file's `loadReader` (see reader.ts and docs/decisions/0006-cdn-reader-on-first-use.md):
 * read-profile.ts with the profile checker is a chunk beside the CDN file
 * (`read-profile-<hash>.js`), imported the first time a page brings data, with the CDN file's
 * query (vite.config.ts, `chunksCarryQuery`).
 */
export const loadReader: () => Reader | Promise<Reader> = firstUse(() => import('./read-profile.js'));

const freeze = (value: unknown): void => {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  Object.values(value).forEach(freeze);
};

const DEFAULT = BUILT_IN_PROFILES[DEFAULT_OCCUPATION];
// Elements hand the shown profile to page code (the career profile gives it to its parts as
// `.data`, and their shadow roots are open): frozen, it stays what the build checked.
freeze(DEFAULT);

/**
 * The default profile inside the CDN file is the checker's own reading of it, made when the file
 * was built (vite.config.ts, `checkedProfiles`: the build stops on any problem), so the file shows
 * it without the reader.
 */
export const checkedAtBuild = (raw: unknown): ParseResult | undefined =>
  raw === DEFAULT ? { profile: raw as OccupationProfile, problems: [] } : undefined;
