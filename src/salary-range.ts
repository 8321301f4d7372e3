/** Registers `<mrt-salary-range>` only. */
export { MrtSalaryRange } from './components/salary-range/salary-range.js';
export { MrtDataErrorEvent } from './events/data-error.js';
export type { DataErrorDetail, ProfileOrigin } from './events/data-error.js';
export type { Theme } from './internal/locale.js';
