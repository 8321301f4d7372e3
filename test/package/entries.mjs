// Helpers for the package tests.

/** Each `exports` entry a program imports as code (not types-only, JSON or a wildcard), as `mrt-widgets/…`. */
export const codeEntries = (exports) =>
  Object.entries(exports)
    .filter(([key, target]) => !key.includes('*') && !key.endsWith('.json') && (typeof target === 'string' || target.default || target.node))
    .map(([key]) => key.replace(/^\./, 'mrt-widgets'));
