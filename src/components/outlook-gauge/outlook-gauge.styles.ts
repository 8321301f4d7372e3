import { css } from 'lit';

export const gaugeStyles = css`
  /* A size container for the wide layout's @container rule (not in the shared theme: containment costs layout work). */
  :host {
    container-type: inline-size;
  }
  /* One grid for the figure. Narrow: label, ring, wording, then the key and the jobs, centred.
     Wide: the ring keeps its bounded size at the start and the words sit beside it, the whole
     centred in the element, so no small ring floats in a large empty box. */
  .gauge {
    display: grid;
    grid-template-areas: 'label' 'meter' 'wording' 'side';
    margin: 0;
    text-align: center;
  }
  .gauge > .label {
    grid-area: label;
  }
  .gauge > .side {
    grid-area: side;
    min-width: 0;
  }
  .gauge > .wording {
    grid-area: wording;
    justify-self: center;
    max-width: 20em;
  }
  .key {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 4px 16px;
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .key svg {
    margin-inline-end: 6px;
  }
  .placeholder {
    display: block;
    width: 100%;
  }
  /* The ring, with the figure in its hollow and the scale's ends under its feet: HTML text, so it
     follows the reader's font size, never the drawing's scale. The meter is the container its
     figure is sized against: the figure is a tenth of the ring's width (the hollow is 0.7 of it),
     so the gap between them stays in proportion at every width; see outlook-gauge.layout.ts. */
  .meter {
    grid-area: meter;
    justify-self: center;
    display: grid;
    width: min(100%, 20em);
    container-type: inline-size;
    font-variant-numeric: tabular-nums;
  }
  .meter svg {
    grid-area: 1 / 1;
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .big {
    grid-area: 1 / 1;
    align-self: end;
    justify-self: center;
    /* 10cqi of a ring at most 20em wide: at most 2em; never under the smallest legible size. */
    font-size: max(12px, 0.75em, 10cqi);
    font-weight: 700;
    overflow-wrap: anywhere;
    line-height: 1.1;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    font-size: max(12px, 0.8125em);
  }
  .track {
    fill: var(--_grid);
    /* The outline shows where the scale ends (the fill alone is too faint against the page). */
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .halo {
    stroke: var(--_surface);
    stroke-width: 7;
  }
  .value {
    fill: var(--_accent);
  }
  /* The arc sweeps in from the left, unless the reader asked for less motion. */
  @media (prefers-reduced-motion: no-preference) {
    .value {
      animation: sweep 0.6s ease-out;
    }
  }
  @keyframes sweep {
    from {
      clip-path: inset(0 100% 0 0);
    }
  }
  .tick {
    stroke: var(--_text);
    stroke-width: 3;
  }
  .tick.compare {
    stroke: var(--_muted);
    stroke-dasharray: 4 3;
  }
  .value-end {
    stroke: none;
  }
  .label {
    color: var(--_muted);
    font-size: 0.875em;
    text-align: center;
  }

  .wording {
    margin: 4px 0 0;
    font-weight: 600;
    text-align: center;
  }
  .jobs {
    margin: 8px 0 0;
    text-align: center;
  }
  /* 45em: 720 px at 16 px text (ring 20em, gap 2em, words at least 23em); in the career profile's
     half column and with larger text the figure stays stacked. */
  @container (width >= 45em) {
    .gauge {
      grid-template-columns: 20em minmax(0, 30em);
      grid-template-areas: 'label label' 'meter wording' 'meter side';
      justify-content: center;
      column-gap: 2em;
    }
    .gauge > .label,
    .gauge > .wording,
    .side .jobs {
      text-align: start;
    }
    .meter {
      align-self: center;
    }
    .gauge > .wording {
      align-self: end;
      justify-self: start;
      max-width: none;
      margin: 0;
    }
    .gauge > .side {
      align-self: start;
    }
    .key {
      justify-content: start;
    }
  }
  @media (forced-colors: active) {
    .value,
    .track {
      forced-color-adjust: none;
    }
    .value {
      fill: Highlight;
    }
    .track {
      fill: GrayText;
    }
    .value-end {
      stroke: CanvasText;
      stroke-width: 3;
    }
  }
`;
