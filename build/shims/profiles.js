// CDN build only: no profile is bundled; every built-in profile, the default too, is fetched from
// data/<id>.json beside the package (../../data/ from dist/cdn/), as the npm build fetches all but
// the default. Keeps dist/cdn/mrt-widgets.js within its size budget. See
// docs/decisions/0005-cdn-fetches-built-in-profiles.md.
export const DEFAULT_OCCUPATION = 'medical-records-technician';
export const BUILT_IN_PROFILES = {};
