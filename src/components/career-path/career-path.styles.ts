import { css } from 'lit';

export const pathStyles = css`
  /* A size container for the horizontal @container rule (not in the shared theme: containment costs layout work). */
  :host {
    container-type: inline-size;
  }
  .steps {
    display: grid;
    gap: 12px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Narrow: the circle spans both rows, so the title's row is as tall as the title alone and the
     facts follow it after the same row gap whether the title takes one line or three (the circle
     no longer sets the first row's height). The second row is 1fr: a circle taller than a one-line
     title grows that row, not the gap above the facts. */
  .step {
    position: relative;
    display: grid;
    grid-template-columns: 2.25em 1fr;
    grid-template-rows: auto 1fr;
    gap: 4px 8px;
    width: 100%;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .marker {
    display: grid;
    place-items: center;
    width: 2.25em;
    height: 2.25em;
    border: 2px solid var(--_muted);
    border-radius: 50%;
    background: var(--_surface);
    font-weight: 700;
    grid-row: 1 / span 2;
  }
  [aria-current] .marker {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
  }
  /* The title's first line is centred on the circle (2.25em and its 2px borders; 1.45 line height). */
  .name {
    padding-top: calc(0.4em + 2px);
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .facts,
  .details {
    grid-column: 2;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Side by side when they fit, else one under the other. */
  .facts {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
  }
  .chevron {
    color: var(--_muted);
    font-weight: 400;
  }
  /* Lined up with the title and facts: the circle's 2.25em (of the step's text, 0.875 of its own)
     and the column gap. */
  .details {
    margin: 4px 0 0;
    margin-inline-start: calc(2.25em / 0.875 + 8px);
    color: var(--_text);
  }
  .details p {
    margin: 0 0 4px;
  }
  .subhead,
  summary {
    margin: 16px 0 4px;
    font-size: 1em;
    font-weight: 700;
  }
  .related {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  /* Narrow: circles one above the other, joined by a line down the left. */
  .steps li {
    position: relative;
  }
  .steps li:not(:last-child)::before {
    content: '';
    position: absolute;
    top: 2.375em;
    bottom: -10px;
    inset-inline-start: calc(1.125em - 1px);
    border-inline-start: 2px solid var(--_muted);
  }
  /* 37.5em: 600 px at 16 px text; with larger text the layout changes at a wider box. */
  @container (width >= 37.5em) {
    .steps li:not(:last-child)::before {
      content: none;
    }
    .steps {
      grid-auto-flow: column;
      grid-auto-columns: 1fr;
    }
    /* Circle on top, words below, a line from circle to circle. */
    .step {
      grid-template-columns: 1fr;
      grid-template-rows: none;
    }
    .marker {
      grid-row: auto;
    }
    .name {
      padding-top: 0;
    }
    .facts,
    .details {
      grid-column: 1;
      margin-inline-start: 0;
    }
    .steps li:not(:last-child) .step::after {
      content: '';
      position: absolute;
      top: 1.125em;
      inset-inline-start: 2.75em;
      inset-inline-end: -4px;
      border-top: 2px solid var(--_muted);
    }
  }
  @media (forced-colors: active) {
    [aria-current] .marker {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
