import { css } from 'lit';

/** The bar itself; shared by `<mrt-salary-range>` and `<mrt-salary-card>`. */
export const rangeStyles = css`
  .range {
    margin: 0;
  }
  .chart {
    display: block;
    overflow: visible;
    font-variant-numeric: tabular-nums;
  }
  .grid line {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .grid text {
    fill: var(--_muted);
    font-size: 12px;
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
  .label {
    fill: var(--_text);
    font-size: 13px;
  }
  .label.value {
    font-size: 16px;
    font-weight: 700;
  }
  .label .name,
  .label.name {
    fill: var(--_muted);
    font-size: 12px;
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
