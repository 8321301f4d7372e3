import { BUILT_IN_PROFILES, DEFAULT_OCCUPATION } from '../data/profiles.js';
import type { OccupationProfile, ParseResult } from '../data/types.js';
import type { Reader } from './reader.js';

// Not `new URL(…, import.meta.url)` inline: Vite would turn it into a search for matching files.
const HERE = import.meta.url;
let loaded: Reader | undefined;
let loading: Promise<Reader> | undefined;

/**
 * The CDN file's `loadReader` (see reader.ts and docs/decisions/0006-cdn-reader-on-first-use.md):
 * read-profile.ts with the profile checker, built on its own as dist/cdn/read-profile.js and
 * imported from beside the CDN file the first time a page brings data. Its address carries the
 * CDN file's query, so a `?ver=…` that refreshes one refreshes both. After a failed load the
 * next input tries again.
 */
export function loadReader(): Reader | Promise<Reader> {
  if (loaded) return loaded;
  const url = new URL(`./read-profile.js${new URL(HERE).search}`, HERE).href;
  loading ??= (import(/* @vite-ignore */ url) as Promise<Reader>).then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      // Chromium's and Firefox's message ends with the address; Safari's (WebKit's) names none
      // ("Importing a module script failed."), and the person fixing the page needs it.
      throw String(error).includes(url) ? error : new TypeError(`${(error as Error).message} ${url}`);
    },
  );
  return loading;
}

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
