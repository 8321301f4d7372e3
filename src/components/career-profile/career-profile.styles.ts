import { css } from 'lit';

/** The element's own styles: the layout of the parts and the placeholder's space (the drawing's are in career-profile.drawing.ts). */
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
  .parts {
    display: grid;
    gap: var(--mrt-gap, 24px);
  }
  .parts > * {
    min-width: 0;
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
