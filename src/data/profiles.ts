import medicalRecordsTechnician from '../../data/medical-records-technician.json';

/** Id of the profile an element shows when given nothing else. */
export const DEFAULT_OCCUPATION = 'medical-records-technician';

/**
 * Ids of every built-in profile: the default one, bundled, and the others, fetched from
 * `data/<id>.json`. An `occupation` is matched against this list before any address is
 * formed from it, so no id can point a widget at another file.
 */
export const BUILT_IN_IDS = [DEFAULT_OCCUPATION, 'medical-records-specialists'] as const;
export type BuiltInId = (typeof BUILT_IN_IDS)[number];

/** Whether `id` is exactly one of the built-in ids. */
export const isBuiltInId = (id: unknown): id is BuiltInId => (BUILT_IN_IDS as readonly unknown[]).includes(id);

/**
 * The built-in profiles, as raw JSON: each passes through `parseProfile` like
 * any other, so built-in data get no shortcut past validation. (The CDN file
 * holds the default one as `parseProfile` read it at build time, frozen:
 * docs/decisions/0006-cdn-reader-on-first-use.md.)
 */
export const BUILT_IN_PROFILES: Readonly<Record<string, unknown>> = {
  [DEFAULT_OCCUPATION]: medicalRecordsTechnician,
};
