import { css, unsafeCSS } from 'lit';

// Label positions and widths as classes (.x0–.x100 and .w0–.w100, whole percents): a style
// attribute would break a strict Content-Security-Policy, and a class also holds in pre-rendered HTML.
const positions = unsafeCSS(Array.from({ length: 101 }, (_, i) => `.x${i}{--x:${i}%}.w${i}{--w:${i}%}`).join(''));

/** The bar itself; shared by `<mrt-salary-range>` and `<mrt-salary-card>`. */
export const rangeStyles = css`
  /* A size container for the ticks' @container rule (not in the shared theme: containment costs layout work). */
  :host {
    container-type: inline-size;
  }
  .range {
    margin: 0;
  }
  .chart {
    font-variant-numeric: tabular-nums;
    line-height: 1.3;
  }
  .plot {
    display: block;
    overflow: visible;
  }
  .row {
    position: relative;
    min-height: 1.3em;
  }
  /* A label over x % of the width: margin moves its start there, translate moves it back by x % of
     its own width, so its point at x % is over the mark and it never leaves the row. */
  .at {
    display: block;
    width: max-content;
    max-width: 100%;
    margin-inline-start: var(--x);
    translate: calc(-1 * var(--x)) 0;
  }
  .label {
    font-size: max(12px, 0.8125em);
  }
  .label .name,
  .row.name .label {
    color: var(--_muted);
  }
  .row.value .label {
    font-size: 1em;
    font-weight: 700;
  }
  .ends {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    column-gap: 1em;
  }
  .ends .p90 {
    margin-inline-start: auto;
  }
  /* Each tick's label has the room between two ticks (.wN: N % of the width), centred on its tick
     and kept inside the chart; a label longer than that wraps within it, so no two can meet in any
     locale ("30 mil US$") or font. One grid cell for all, so the row is as tall as the tallest. */
  .ticks {
    display: grid;
    color: var(--_muted);
    font-size: max(12px, 0.75em);
  }
  .ticks .at {
    grid-area: 1 / 1;
    width: var(--w);
    margin-inline-start: clamp(0%, calc(var(--x) - var(--w) / 2), calc(100% - var(--w)));
    translate: none;
    text-align: center;
    overflow-wrap: anywhere;
  }
  /* Narrower than 16em the labelled figures say enough: no ticks. */
  @container (width < 16em) {
    .ticks {
      display: none;
    }
  }
  ${positions}
  .grid line {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .whisker {
    stroke: var(--_muted);
    stroke-width: 2;
  }
  .box {
    fill: var(--_accent);
  }
  .median {
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3;
  }
  .mean-halo {
    stroke: var(--_surface);
    stroke-width: 5;
  }
  .mean {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .sentence {
    margin: 4px 0 0;
    font-size: 0.9375em;
  }
  p.toggle {
    margin: 0;
  }
  .figures-wrap {
    max-width: 100%;
    overflow-x: auto;
  }
  .figures {
    margin-top: 4px;
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .figures caption {
    text-align: start;
    font-weight: 600;
  }
  .figures th,
  .figures td {
    padding: 2px 16px 2px 0;
    text-align: start;
    border-bottom: 1px solid var(--_grid);
  }
  .figures td {
    text-align: end;
    padding-inline-end: 0;
  }
  @media (forced-colors: active) {
    .box,
    .median {
      forced-color-adjust: none;
    }
    .box {
      fill: Highlight;
    }
    .median {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
`;
