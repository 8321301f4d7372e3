/** Registers `<mrt-career-profile>` and the four elements it is made of. */
export { MrtCareerProfile } from './components/career-profile/career-profile.js';
export { MrtBasisChangeEvent } from './events/basis-change.js';
export { MrtDataErrorEvent } from './events/data-error.js';
export { MrtStateSelectEvent } from './events/state-select.js';
export { MrtStepSelectEvent } from './events/step-select.js';
export type { DataErrorDetail, ProfileOrigin } from './events/data-error.js';
export type { Theme } from './internal/locale.js';
