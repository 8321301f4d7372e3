import { css } from 'lit';
import { switchStyles } from '../../internal/switch.styles.js';

/** What the element draws before its map and table have loaded: heading, view switch, placeholder, metro areas. */
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
    /* Tiles grow with the text (a code at 12 px or 0.75em needs 1.4em); when 11 of them do not fit,
       the map scrolls (.scroller), and every tile stays at least 22 px with 2 px between (WCAG 2.5.8). */
    .map {
      display: grid;
      grid-template-columns: repeat(11, minmax(max(22px, 1.4em), 1fr));
      gap: 2px;
      max-width: 40em;
      padding: 2px;
    }
    .placeholder {
      aspect-ratio: 11 / 8;
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
  `,
];
