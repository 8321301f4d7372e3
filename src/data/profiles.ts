import medicalRecordsTechnician from '../../data/medical-records-technician.json';

/** Id of the profile an element shows when given nothing else. */
export const DEFAULT_OCCUPATION = 'medical-records-technician';

/**
 * The built-in profiles, as raw JSON: each passes through `parseProfile` like
 * any other, so built-in data get no shortcut past validation. (The CDN file
 * holds the default one as `parseProfile` read it at build time, frozen:
 * docs/decisions/0006-cdn-reader-on-first-use.md.)
 */
export const BUILT_IN_PROFILES: Readonly<Record<string, unknown>> = {
  [DEFAULT_OCCUPATION]: medicalRecordsTechnician,
};
