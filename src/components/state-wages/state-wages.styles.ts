import { css, unsafeCSS } from 'lit';
import { switchStyles } from '../../internal/switch.styles.js';

// Tile placement as classes (c0–c10, r0–r7): a style attribute would break a strict Content-Security-Policy.
const placement = unsafeCSS(
  Array.from({ length: 11 }, (_, i) => `.c${i}{grid-column:${i + 1}}`).join('') +
    Array.from({ length: 8 }, (_, i) => `.r${i}{grid-row:${i + 1}}`).join(''),
);

export const stateStyles = [
  switchStyles,
  css`
    .head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 8px 16px;
      margin-bottom: 8px;
    }
    .title {
      font-size: 1.125em;
      font-weight: 700;
    }
    .map {
      display: grid;
      grid-template-columns: repeat(11, minmax(0, 1fr));
      gap: 3px;
      max-width: 640px;
    }
    .placeholder {
      aspect-ratio: 11 / 8;
    }
    .tile {
      aspect-ratio: 1;
      min-width: 0;
      overflow: hidden;
      padding: 0;
      /* An outline in the muted colour (over 3:1 against the page) sets every tile apart, whatever its step. */
      border: 1px solid var(--_muted);
      border-radius: 3px;
      font: inherit;
      font-size: clamp(8px, 2.2cqi, 0.75em);
      font-weight: 600;
      color: #1b1f24;
      cursor: pointer;
      forced-color-adjust: none;
    }
    .bin-0 {
      background: #e3eefa;
    }
    .bin-1 {
      background: #a8c8ec;
    }
    .bin-2 {
      background: #6c9cdb;
    }
    .bin-3 {
      background: #2c64b4;
      color: #fff;
    }
    .bin-4 {
      background: #10315f;
      color: #fff;
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
      display: inline-block;
      width: 16px;
      height: 12px;
      vertical-align: -1px;
    }
    .swatch {
      border: 1px solid var(--_muted);
      forced-color-adjust: none;
    }
    .swatch.missing {
      border-style: dashed;
    }
    .table-wrap {
      max-width: 100%;
      overflow-x: auto;
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
    .subhead {
      margin: 16px 0 4px;
      font-weight: 700;
    }
    .metros {
      margin: 0;
      /* In em, so the numbers stay inside at 200 % text size. */
      padding-inline-start: 1.75em;
    }
    ${placement}
  `,
];
