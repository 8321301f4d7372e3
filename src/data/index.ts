/**
 * `mrt-widgets/data`: the typed data module. No DOM, no side effects.
 * @packageDocumentation
 */
export type * from './types.js';
export { BASES, DISTRIBUTION_KEYS, PERCENTILE_KEYS } from './types.js';
export { parseProfile, formatProblem, MAX_COUNT, MAX_ITEMS, MAX_PROBLEMS, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, MAX_WAGE } from './parse.js';
export { STATES, STATE_CODES } from './states.js';
export {
  DEFAULT_LOCALE,
  formatCompact,
  formatCompactCurrency,
  formatCurrency,
  formatInteger,
  formatNumber,
  formatOrdinal,
  formatPercent,
  formatSignedInteger,
  resolveLocale,
} from './format.js';
export { BUILT_IN_IDS, BUILT_IN_PROFILES, DEFAULT_OCCUPATION, isBuiltInId } from './profiles.js';
