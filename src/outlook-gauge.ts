/** Registers `<mrt-outlook-gauge>` only. */
export { MrtOutlookGauge } from './components/outlook-gauge/outlook-gauge.js';
export { MrtDataErrorEvent } from './events/data-error.js';
export type { DataErrorDetail, ProfileOrigin } from './events/data-error.js';
export type { Theme } from './internal/locale.js';
