import type { Basis } from '../data/types.js';

/** The reader switched between annual and hourly pay. Not fired for programmatic changes. */
export class MrtBasisChangeEvent extends Event {
  static readonly eventName = 'mrt-basis-change';
  readonly detail: { basis: Basis };

  constructor(basis: Basis) {
    super(MrtBasisChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = { basis };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mrt-basis-change': MrtBasisChangeEvent;
  }
}
