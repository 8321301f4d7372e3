/**
 * `mrt-widgets`: registers every element and re-exports the data module.
 * @packageDocumentation
 */
export { MrtSalaryCard } from './components/salary-card/salary-card.js';
export { MrtCareerPath } from './components/career-path/career-path.js';
export { MrtOutlookGauge } from './components/outlook-gauge/outlook-gauge.js';
export { MrtSalaryRange } from './components/salary-range/salary-range.js';
export { MrtStateWages } from './components/state-wages/state-wages.js';
export { MrtCareerProfile } from './components/career-profile/career-profile.js';
export { MrtBasisChangeEvent } from './events/basis-change.js';
export { MrtDataErrorEvent } from './events/data-error.js';
export { MrtStateSelectEvent } from './events/state-select.js';
export { MrtStepSelectEvent } from './events/step-select.js';
export type { DataErrorDetail, ProfileOrigin } from './events/data-error.js';
export * from './data/index.js';
export type { Theme } from './internal/locale.js';
