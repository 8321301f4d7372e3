import type { StateRow } from '../data/types.js';

/** The reader chose a state on the map or in the table. Not fired for programmatic changes. */
export class MrtStateSelectEvent extends Event {
  static readonly eventName = 'mrt-state-select';
  /** The state's row: code, name and figures (null where not published). */
  readonly detail: StateRow;

  constructor(row: StateRow) {
    super(MrtStateSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = row;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mrt-state-select': MrtStateSelectEvent;
  }
}
