/**
 * `mrt-widgets/react`: a React component for every element, made with `@lit/react`'s
 * `createComponent`, for React 18 (which sets only attributes on custom elements and does not
 * listen to their events) and for anyone who wants typed props. Props set the element's
 * properties (so `data` takes a profile object); `onBasisChange`, `onStateSelect`, `onStepSelect`
 * and `onDataError` listen to `mrt-basis-change`, `mrt-state-select`, `mrt-step-select` and
 * `mrt-data-error`. Importing this module registers every element. `react` and `lit` are peer
 * dependencies, never bundled.
 *
 * React 19 sets properties and listens to custom events itself: plain tags work there (see the
 * README), and these wrappers still do.
 * @packageDocumentation
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { MrtCareerPath } from './components/career-path/career-path.js';
import { MrtCareerProfile } from './components/career-profile/career-profile.js';
import { MrtOutlookGauge } from './components/outlook-gauge/outlook-gauge.js';
import { MrtSalaryCard } from './components/salary-card/salary-card.js';
import { MrtSalaryRange } from './components/salary-range/salary-range.js';
import { MrtStateWages } from './components/state-wages/state-wages.js';
import type { MrtBasisChangeEvent } from './events/basis-change.js';
import type { MrtDataErrorEvent } from './events/data-error.js';
import type { MrtStateSelectEvent } from './events/state-select.js';
import type { MrtStepSelectEvent } from './events/step-select.js';

const onDataError = 'mrt-data-error' as EventName<MrtDataErrorEvent>;
const onBasisChange = 'mrt-basis-change' as EventName<MrtBasisChangeEvent>;
const onStateSelect = 'mrt-state-select' as EventName<MrtStateSelectEvent>;
const onStepSelect = 'mrt-step-select' as EventName<MrtStepSelectEvent>;

/** `<mrt-salary-card>`: `onBasisChange` when the reader switches between annual and hourly pay. */
export const SalaryCard = createComponent({
  tagName: 'mrt-salary-card',
  elementClass: MrtSalaryCard,
  react: React,
  events: { onBasisChange, onDataError },
  displayName: 'SalaryCard',
});

/** `<mrt-salary-range>`. */
export const SalaryRange = createComponent({
  tagName: 'mrt-salary-range',
  elementClass: MrtSalaryRange,
  react: React,
  events: { onDataError },
  displayName: 'SalaryRange',
});

/** `<mrt-state-wages>`: `onStateSelect` when the reader chooses a state (`detail` is its row). */
export const StateWages = createComponent({
  tagName: 'mrt-state-wages',
  elementClass: MrtStateWages,
  react: React,
  events: { onStateSelect, onDataError },
  displayName: 'StateWages',
});

/** `<mrt-outlook-gauge>`. */
export const OutlookGauge = createComponent({
  tagName: 'mrt-outlook-gauge',
  elementClass: MrtOutlookGauge,
  react: React,
  events: { onDataError },
  displayName: 'OutlookGauge',
});

/** `<mrt-career-path>`: `onStepSelect` when the reader opens a step (`detail` is `{ id, title }`). */
export const CareerPath = createComponent({
  tagName: 'mrt-career-path',
  elementClass: MrtCareerPath,
  react: React,
  events: { onStepSelect, onDataError },
  displayName: 'CareerPath',
});

/** `<mrt-career-profile>`: the events of the four elements it is made of, and its own `onDataError`. */
export const CareerProfile = createComponent({
  tagName: 'mrt-career-profile',
  elementClass: MrtCareerProfile,
  react: React,
  events: { onBasisChange, onStateSelect, onStepSelect, onDataError },
  displayName: 'CareerProfile',
});

export { MrtBasisChangeEvent } from './events/basis-change.js';
export { MrtDataErrorEvent } from './events/data-error.js';
export { MrtStateSelectEvent } from './events/state-select.js';
export { MrtStepSelectEvent } from './events/step-select.js';
export type { Theme } from './internal/locale.js';
