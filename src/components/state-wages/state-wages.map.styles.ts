import { css, unsafeCSS } from 'lit';

// Tile placement as classes (c0–c10, r0–r7): a style attribute would break a strict Content-Security-Policy.
const placement = unsafeCSS(
  Array.from({ length: 11 }, (_, i) => `.c${i}{grid-column:${i + 1}}`).join('') + Array.from({ length: 8 }, (_, i) => `.r${i}{grid-row:${i + 1}}`).join(''),
);

/** The map and the table (state-wages.map.ts), which come with their code. */
export const drawingStyles = css`
  /* A code in a wide font may be a little wider than its tile at the narrowest: it may reach into
       the 2 px gap rather than be cut off. */
  .tile {
    aspect-ratio: 1;
    min-width: 0;
    overflow: visible;
    padding: 0;
    /* An outline in the muted colour (over 3:1 against the page) sets every tile apart, whatever its step. */
    border: 1px solid var(--_muted);
    border-radius: 3px;
    font: inherit;
    font-size: max(12px, 0.75em);
    font-weight: 600;
    cursor: pointer;
    forced-color-adjust: none;
    position: relative;
  }
  /* One scale a theme: light to dark on a light surface, dark to light on a dark one, so the
       highest figure always stands out most; each step's text is 4.5:1 on its fill. */
  .bin-0 {
    --level: 0.2;
    background: light-dark(#e3eefa, #2f66b0);
    color: light-dark(#1b1f24, #ffffff);
  }
  .bin-1 {
    --level: 0.4;
    background: light-dark(#a8c8ec, #4f86cf);
    color: light-dark(#1b1f24, #0d1117);
  }
  .bin-2 {
    --level: 0.6;
    background: light-dark(#6c9cdb, #7eaae6);
    color: light-dark(#1b1f24, #0d1117);
  }
  .bin-3 {
    --level: 0.8;
    background: light-dark(#2c64b4, #a3c4f0);
    color: light-dark(#ffffff, #0d1117);
  }
  .bin-4 {
    --level: 1;
    background: light-dark(#10315f, #e8f1fc);
    color: light-dark(#ffffff, #0d1117);
  }
  /* Map alone: each step also as a bar along the tile's foot, a fifth of its width a step, so no
       figure is told by colour alone (WCAG 1.4.1). */
  .only .tile:not(.missing)::after,
  .only .legend .swatch:not(.missing)::after {
    content: '';
    position: absolute;
    left: 2px;
    bottom: 2px;
    width: calc(var(--level) * 100% - 4px);
    height: 3px;
    background: currentColor;
  }
  /* A top-coded mean (#, "or more"): a dotted ring inside the tile, so it is not told by colour alone. */
  .top::before {
    content: '';
    position: absolute;
    inset: 2px;
    border: 2px dotted currentColor;
    border-radius: 2px;
    pointer-events: none;
  }
  .group {
    text-align: start;
    font-weight: 600;
  }
  .missing {
    background: transparent;
    border: 2px dashed var(--_muted);
    color: var(--_muted);
  }
  /* Selected: a two-tone ring, visible on every step and on the page. */
  [aria-pressed='true'].tile {
    box-shadow:
      0 0 0 2px var(--_surface),
      0 0 0 4px var(--_text);
    position: relative;
    z-index: 1;
  }
  .detail {
    min-height: 1.45em;
    margin: 4px 0;
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 2px;
    margin: 0 0 12px;
    font-size: max(12px, 0.8em);
  }
  .legend > span:last-child {
    margin-inline-start: 16px;
  }
  .swatch {
    position: relative;
    display: inline-block;
    width: 1.5em;
    height: 1em;
    vertical-align: -1px;
  }
  .swatch {
    border: 1px solid var(--_muted);
    forced-color-adjust: none;
  }
  .swatch.missing {
    border-style: dashed;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 4px 12px 4px 0;
    text-align: end;
    border-bottom: 1px solid var(--_grid);
  }
  th[scope='row'],
  thead th:nth-child(2) {
    text-align: start;
  }
  .sort,
  .row {
    min-width: 24px;
    min-height: 24px;
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-align: inherit;
  }
  .sort {
    font-weight: 700;
  }
  .row {
    font-weight: 400;
    text-decoration: underline;
  }
  /* The selected row: a bar at its start and bold text, not colour alone. */
  .selected th[scope='row'] {
    box-shadow: inset 4px 0 0 var(--_text);
    padding-inline-start: 8px;
  }
  .selected .row {
    font-weight: 700;
  }
  ${placement}
`;
