/** The reader chose a step of the career path (click, Enter or Space). Not fired for programmatic changes. */
export class MrtStepSelectEvent extends Event {
  static readonly eventName = 'mrt-step-select';
  readonly detail: { id: string; title: string };

  constructor(id: string, title: string) {
    super(MrtStepSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = { id, title };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mrt-step-select': MrtStepSelectEvent;
  }
}
