import type { DataProblem } from '../data/types.js';

/** Where the profile with problems came from. */
export type ProfileOrigin = 'data' | 'inline' | 'src' | 'occupation';

export interface DataErrorDetail {
  /** Which input the profile came from. */
  origin: ProfileOrigin;
  /** The URL for `src`, the id for `occupation`. */
  location?: string;
  /** Every problem, each with its path. */
  problems: DataProblem[];
  /** The problems as one sentence, as shown in the element. */
  message: string;
}

/**
 * A profile could not be loaded, or parts of it failed validation and are
 * not shown. Bubbles and is composed.
 */
export class MrtDataErrorEvent extends Event {
  static readonly eventName = 'mrt-data-error';
  readonly detail: DataErrorDetail;

  constructor(detail: DataErrorDetail) {
    super(MrtDataErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mrt-data-error': MrtDataErrorEvent;
  }
}
