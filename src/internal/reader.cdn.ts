import { BUILT_IN_PROFILES, DEFAULT_OCCUPATION } from '../data/profiles.js';
import type { OccupationProfile, ParseResult } from '../data/types.js';
import type { Reader } from './reader.js';

let loaded: Reader | undefined;
let loading: Promise<Reader> | undefined;

/**
 * The CDN file's reader (see reader.ts and docs/decisions/0006-cdn-reader-on-first-use.md):
 * read-profile.ts with the profile checker, built on its own as dist/cdn/read-profile.js and
 * loaded from beside the CDN file the first time a page brings data (one request per page; a
 * failed load is tried again by the next input).
 */
export function reader(): Reader | Promise<Reader> {
  if (loaded) return loaded;
  loading ??= import('./read-profile.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The default profile inside the CDN file is the checker's own reading of it, made when the file
 * was built (vite.config.ts, `checkedProfiles`: the build stops on any problem), so the file shows
 * it without the reader.
 */
export const checkedAtBuild = (raw: unknown): ParseResult | undefined =>
  raw === BUILT_IN_PROFILES[DEFAULT_OCCUPATION] ? { profile: raw as OccupationProfile, problems: [] } : undefined;
