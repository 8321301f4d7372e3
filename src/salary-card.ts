/** Registers `<mrt-salary-card>` only. */
export { MrtSalaryCard } from './components/salary-card/salary-card.js';
export { MrtBasisChangeEvent } from './events/basis-change.js';
export { MrtDataErrorEvent } from './events/data-error.js';
export type { DataErrorDetail, ProfileOrigin } from './events/data-error.js';
export type { Theme } from './internal/locale.js';
