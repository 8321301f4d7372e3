/** Registers `<mrt-career-path>` only. */
export { MrtCareerPath } from './components/career-path/career-path.js';
export { MrtDataErrorEvent } from './events/data-error.js';
export { MrtStepSelectEvent } from './events/step-select.js';
export type { DataErrorDetail, ProfileOrigin } from './events/data-error.js';
export type { Theme } from './internal/locale.js';
