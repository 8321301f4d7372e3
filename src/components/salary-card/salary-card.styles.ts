import { css } from 'lit';

export const cardStyles = css`
  /* A size container for the figure's cqi size and the narrow @container rule (not in the shared
     theme: containment costs layout work). The card's inset is inside its part, so a border set on
     ::part(card) goes around it. */
  :host {
    container-type: inline-size;
    /* Important, as the theme's inset it replaces is (so no page rule can undo either). */
    padding: 0 !important;
  }
  .card {
    padding: var(--_inset);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px 16px;
  }
  .title {
    flex: 1 1 12em;
    min-width: 0;
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .headline {
    margin: 12px 0 4px;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 8px;
  }
  /* The headline figure fits its box at any text size: at most 2em, at least 1em, about a tenth of
     the box ("239.200 US$ o más" holds together with no-break spaces), broken as a last resort. */
  .figure {
    font-size: clamp(1em, 10cqi, 2em);
    overflow-wrap: anywhere;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .per {
    color: var(--_text);
  }
  /* The hourly figure on a line of its own: no separator that could start or end a line. */
  .alt {
    flex-basis: 100%;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .stats {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(10em, 100%), 1fr));
    gap: 8px 16px;
    margin: 16px 0 0;
  }
  .stats dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .stats dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .settings {
    margin-top: 16px;
  }
  .subhead {
    font-weight: 600;
    font-size: 0.9375em;
  }
  .stats dd.note {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.875em;
  }
  .subhead .note {
    color: var(--_muted);
    font-weight: 400;
  }
  .settings ul {
    list-style: none;
    margin: 4px 0 0;
    padding: 0;
  }
  .settings li {
    display: grid;
    grid-template-columns: minmax(min(6em, 100%), 10em) minmax(0, 1fr) auto;
    align-items: center;
    gap: 4px 12px;
    padding: 2px 0;
  }
  .settings .value {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    text-align: end;
  }
  .bar rect {
    fill: var(--_accent);
  }
  .empty {
    margin: 12px 0 0;
    color: var(--_muted);
  }
  /* Under 22.5em: 360 px at 16 px text; with larger text, at a wider box. */
  @container (width < 22.5em) {
    .card {
      padding: 12px;
    }
    .settings li {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .settings .name {
      overflow-wrap: anywhere;
    }
    .settings .bar {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }
  @media (forced-colors: active) {
    .bar rect {
      fill: CanvasText;
    }
  }
`;
