import { css, unsafeCSS } from 'lit';

/** The most characters a bar's label is given room for (.room-1 to .room-24). */
export const ROOM = 24;

// Tile placement as classes (c0–c10, r0–r7), bar lengths in percent (w0–w100) and the room for a
// bar's label in characters (room-1 to room-24): a style attribute would break a strict
// Content-Security-Policy.
const placement = unsafeCSS(
  Array.from({ length: 11 }, (_, i) => `.c${i}{grid-column:${i + 1}}`).join('') +
    Array.from({ length: 8 }, (_, i) => `.r${i}{grid-row:${i + 1}}`).join('') +
    Array.from({ length: 101 }, (_, i) => `.w${i}{--f:${i / 100}}`).join('') +
    // One character more than the label: a few of its characters ($, letters) are wider than a digit (1ch).
    Array.from({ length: ROOM }, (_, i) => `.room-${i + 1}{--room:${i + 2}ch}`).join(''),
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
  .only .tile.step::after,
  .only .legend .swatch.step::after {
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
  .legend > span:last-child:not(:first-child) {
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
  /* With the top states only: those in the accent colour, each with its rank, so the map says
       "these five", never "these are low" (a graded step would); the others plain outlines. */
  .marked {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    line-height: 1.1;
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  .plain {
    background: transparent;
    border-color: var(--_grid);
    color: var(--_muted);
    font-weight: 400;
  }
  .rank {
    font-weight: 700;
  }
  /* A small tile has room for one line: its rank, the code said to screen readers only. */
  .marked .code {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .swatch.marked {
    display: inline-block;
  }
  /* The map's box: its tiles' size follows its width (and the text size: both in em). */
  .map-pane {
    container: mrt-map / inline-size;
  }
  /* Two lines (code and rank, 2 × 1.1 lines of max(12px, 0.75em), and the border) need a tile of
     29 px at a 12 px page text; 11 such tiles and their gaps, 340 px (28em); at larger text the
     tiles grow faster than their text. */
  @container mrt-map (min-width: 28em) and (min-width: 340px) {
    .marked .code {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip-path: none;
    }
  }
  /* The box the map and the table share: side by side when it is wide. Containment is set only on
     the boxes that are queried (.frame, .map-pane, .ranked): a container cannot grow with its
     content. */
  .frame {
    container: mrt-states / inline-size;
  }
  @container mrt-states (min-width: 52em) {
    .panes.view-both {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(min-content, 2fr);
      gap: 0 32px;
      align-items: start;
    }
    .panes.view-both thead th:first-child {
      white-space: nowrap;
    }
    /* The ranked list needs room for its bars: half and half. */
    .panes.view-both.coverage-top {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    /* Every state: the table no taller than the map beside it (height 0 keeps it from stretching
       the row; min-height fills the row the map sets), scrolling under its sticky header. */
    .panes.view-both.coverage-all .table-wrap {
      height: 0;
      min-height: 100%;
      overflow-y: auto;
    }
  }
  /* Focus that scrolls the table stops below the sticky header, never under it (WCAG 2.4.11). */
  .table-wrap {
    scroll-padding-block-start: 3.5em;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface);
    /* A collapsed border does not move with a sticky cell (Chromium): a shadow does. */
    box-shadow: inset 0 -1px 0 var(--_grid);
  }
  .unit {
    font-weight: 400;
  }
  /* The ranked list's headers keep "(a year)" whole; a narrow full table's break anywhere, so that
     both figures fit beside whole names at 280 px. */
  .ranked .unit {
    white-space: nowrap;
  }
  /* The ranked list (top states only): the ranked figure as a bar from zero, labelled at its end in
     the room kept after the longest bar (--room, from .room-N); the table as wide as its box. */
  .ranked table {
    width: 100%;
  }
  .ranked td:first-child {
    width: 1%;
  }
  /* The bar's column takes close to half; the others share the rest by their text's length. */
  .ranked .bar-head,
  .ranked .bar-cell {
    width: 45%;
    text-align: start;
  }
  .ranked thead th:first-child {
    white-space: nowrap;
  }
  /* The ranked list's box: its layout follows its width. (Not the full table's: a container's
     width cannot follow its content, and the full table's column is as wide as the table needs.) */
  .ranked {
    container: mrt-table / inline-size;
  }
  /* Room for whole names on one line. (The column headers may wrap between words: in a wide font,
     or in Spanish, "Salario promedio (al año)" whole would not fit beside the map.) */
  @container mrt-table (min-width: 30em) {
    .ranked th[scope='row'] {
      white-space: nowrap;
    }
  }
  .track {
    display: flex;
    align-items: center;
    gap: 4px;
    min-width: calc(var(--room) + 3em);
  }
  .bar {
    flex: none;
    width: calc((100% - var(--room) - 4px) * var(--f));
    height: 0.875em;
    border-radius: 0 2px 2px 0;
    background: var(--_accent);
    forced-color-adjust: none;
  }
  .value {
    flex: none;
    white-space: nowrap;
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
  /* A state's name breaks between words, or inside a word only if that alone is too long: never
     "Washingto-n" to make room for the figures. */
  th[scope='row'] bdi {
    overflow-wrap: break-word;
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
  /* Narrow (last: it overrides the rules above): the label above its bar, at the end of the cell,
     and the bar across the whole cell. */
  @container mrt-table (max-width: 28em) {
    .track {
      flex-direction: column;
      align-items: stretch;
      min-width: 0;
    }
    .bar {
      width: calc(100% * var(--f));
    }
    .value {
      order: -1;
      align-self: end;
    }
    .ranked .bar-head {
      text-align: end;
    }
    /* Every column as narrow as its longest word, whatever the font (the engines' default fonts
       differ by a tenth in width). */
    .ranked thead th:first-child,
    .ranked .unit {
      white-space: normal;
    }
    .ranked th,
    .ranked td {
      padding-right: 6px;
    }
  }
  /* Every state at 280 px: whole names and both figures without scrolling. */
  @container mrt-states (max-width: 28em) {
    th,
    td {
      padding-right: 8px;
    }
  }
  ${placement}
`;
