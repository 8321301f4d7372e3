import { css } from 'lit';

export const gaugeStyles = css`
  /* A size container for the figure's cqi size (not in the shared theme: containment costs layout work). */
  :host {
    container-type: inline-size;
  }
  .gauge {
    margin: 0 auto;
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
    max-width: 20em;
    margin: 0 auto;
  }
  /* The ring, with the figure in its hollow and the scale's ends under its feet: HTML text, so it
     follows the reader's font size, never the drawing's scale. */
  .meter {
    display: grid;
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
    /* Fits the ring's hollow at any width; never under 1em. */
    font-size: max(1em, min(2em, 11cqi));
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
