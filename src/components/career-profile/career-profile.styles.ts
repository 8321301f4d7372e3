import { css } from 'lit';

export const profileStyles = css`
  /* A size container for the two-column @container rule (not in the shared theme: containment costs layout work). */
  :host {
    container-type: inline-size;
  }
  .title {
    margin-bottom: 12px;
    font-size: 1.375em;
    font-weight: 700;
  }
  .aliases {
    margin: -8px 0 12px;
    color: var(--_muted);
  }
  .files {
    margin-top: 8px;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .files code {
    font: inherit;
    overflow-wrap: anywhere;
  }
  .parts {
    display: grid;
    gap: var(--mrt-gap, 24px);
  }
  /* The parts' own titles, messages and sources give way to the profile's (one of each). */
  .part::part(title),
  .part::part(label),
  .part::part(message),
  .part::part(source) {
    display: none;
  }
  .parts > * {
    min-width: 0;
  }
  .part {
    --mrt-padding: 0;
  }
  .subhead {
    margin-bottom: 8px;
    font-weight: 600;
    font-size: 0.9375em;
  }
  /* While the profile loads, the parts' space is kept: their heights with the built-in data at
     1,000 px (the last one with the sources below it). */
  .placeholder .card,
  .placeholder .gauge {
    min-height: 487px;
  }
  .placeholder .states {
    min-height: 614px;
  }
  .placeholder .path {
    min-height: 526px;
  }
  /* 37.5em: 600 px at 16 px text; with larger text the layout changes at a wider box. */
  @container (width >= 37.5em) {
    .parts {
      grid-template-columns: 1fr 1fr;
    }
    .parts > :nth-child(n + 3) {
      grid-column: 1 / -1;
    }
  }
`;
