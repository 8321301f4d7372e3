/** Registers `<mrt-state-wages>` only. */
export { MrtStateWages } from './components/state-wages/state-wages.js';
export { MrtDataErrorEvent } from './events/data-error.js';
export { MrtStateSelectEvent } from './events/state-select.js';
export type { DataErrorDetail, ProfileOrigin } from './events/data-error.js';
export type { Theme } from './internal/locale.js';
