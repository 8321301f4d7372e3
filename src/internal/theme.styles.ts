import { css } from 'lit';

/**
 * Tokens and base rules shared by every element. Public `--mrt-*` properties
 * are read once on `:host` into private `--_*` ones, so authors can set them on
 * any ancestor. Defaults use `light-dark()`, driven by `color-scheme`, which
 * the `theme` attribute sets (`auto` follows the reader's system setting).
 *
 * No `container-type` here: a size container costs layout and style work on every
 * render (docs/decisions/0013-render-cost.md), so only the elements whose own
 * styles use `@container` or `cq*` units make their host one.
 */
export const themeStyles = css`
  :host {
    --_text: var(--mrt-text, light-dark(#1b1f24, #e6e9ed));
    --_muted: var(--mrt-muted, light-dark(#57606a, #a4adb8));
    --_surface: var(--mrt-surface, light-dark(#ffffff, #16191d));
    --_accent: var(--mrt-accent, light-dark(#1d5fbf, #74a9f7));
    --_accent-text: var(--mrt-accent-text, light-dark(#ffffff, #0d1117));
    --_grid: var(--mrt-grid, light-dark(#d5dae0, #3a4048));
    --_error: var(--mrt-error, light-dark(#b42318, #ff9c8f));
    --_radius: var(--mrt-radius, 6px);
    /* One inset for every element used alone; the career profile sets it to 0 on its parts, whose
       edges then line up with its own. */
    --_inset: var(--mrt-padding, 16px);
    color-scheme: light dark;
    display: block;
    /* What follows is !important: a page's rule that matches the element itself (a reset such as
       * { margin: 0; padding: 0 }, .content * { color: #333 }, * { white-space: nowrap }) would
       otherwise beat :host, whose normal declarations yield to the page's. Important ones win in
       the shadow tree's favour, so these hold on any page; the theme's own knobs are the --mrt-*
       properties (and the element's width, height and margins stay the page's). */
    padding: var(--_inset) !important;
    box-sizing: border-box !important;
    /* Our text (English and Spanish) runs left to right on any page, a right-to-left one too: the
       chart axes, the map and the stepper never mirror, and arrow keys move the way they are drawn. */
    direction: ltr !important;
    unicode-bidi: isolate !important;
    /* The page's font and size carry in; its other text styles do not (an uppercase heading
       theme, a vertical writing mode, spaced or unbreakable text would break the layout). */
    writing-mode: horizontal-tb !important;
    text-transform: none !important;
    text-indent: 0 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    word-break: normal !important;
    white-space: normal !important;
    font-variant: normal !important;
    text-shadow: none !important;
    line-height: 1.45 !important;
    text-align: start !important;
    color: var(--_text) !important;
    background: var(--_surface) !important;
    /* Where the page sizes the element by its content (a table cell, a flex or grid item, an
       inline-block, a float, a dialog, a vertical page), an element whose styles make its host a
       size container would have no width of its own (zero): it takes this one instead, never more
       than the room it has. (No effect on the others, nor where the page gives the width.) */
    contain-intrinsic-inline-size: min(20em, 100vw - 4em);
    min-width: 0;
    max-width: 100%;
    /* Fills and backgrounds that carry meaning (map tiles, legend swatches, bars, the current
       step) print even where the browser leaves backgrounds out by default. */
    print-color-adjust: exact;
    font-family: var(--mrt-font-family, inherit);
    /* The size of the text around the element (1em of the parent), not the root's: themes that set
       html { font-size: 62.5% } must not shrink it. */
    font-size: var(--mrt-font-size, 1em);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* Text from data: isolated from the text around it (as <bdi> is by default), and broken
     anywhere rather than overflowing when it has no spaces. */
  bdi {
    unicode-bidi: isolate;
    overflow-wrap: anywhere;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* A box wider than its element scrolls. Where it is used it is a named group holding controls
     (focus scrolls it, so a keyboard reaches all of it), and a shadow at its end edge shows that
     more lies beyond (a cover that moves with the content hides it once the end is reached). */
  .scroller {
    max-width: 100%;
    overflow-x: auto;
    background:
      linear-gradient(-90deg, var(--_surface) 30%, #0000) 100% / 2em local,
      radial-gradient(farthest-side at 100%, color-mix(in srgb, var(--_text) 35%, #0000), #0000) 100% / 0.75em;
    background-repeat: repeat-y;
  }
  /* Inside a scroller a focus ring goes inward: outside, the scroller would cut it off. */
  .scroller :focus-visible {
    outline-offset: -2px;
  }
  .vh:not(:focus-within) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
    /* No content-visibility here: Chromium leaves skipped content out of accessible names, and a
       .vh text is often part of one (a map tile's state and figure, a switch's legend). */
  }
  .message {
    margin: 0 0 12px;
    padding: 4px 0 4px 12px;
    border-inline-start: 3px solid var(--_error);
    color: var(--_error);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .source {
    margin: 12px 0 0;
    color: var(--_muted);
    font-size: max(12px, 0.8em);
    overflow-wrap: anywhere;
  }
  .source p {
    margin: 0;
  }
  .source a {
    color: var(--_accent);
  }
  /* Text that only keeps a loading element's space. */
  .placeholder-text {
    visibility: hidden;
  }
  .source-details summary {
    display: list-item;
    width: fit-content;
    min-height: 24px;
    padding: 4px 0;
    box-sizing: border-box;
    color: var(--_accent);
    cursor: pointer;
  }
  /* A reference period ("May 2017", "2016–26") is read as one: never "2016–" above "26". */
  .period {
    white-space: nowrap;
  }
  .toggle {
    display: inline-block;
    font: inherit;
    font-size: max(12px, 0.8em);
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 4px 0;
    text-decoration: underline;
    cursor: pointer;
    list-style: none;
  }
  .toggle::-webkit-details-marker {
    display: none;
  }
  /* The figures' summary says what it does. */
  [open] > .toggle .show,
  :not([open]) > .toggle .hide {
    display: none;
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_accent: Highlight;
      --_accent-text: HighlightText;
      --_grid: GrayText;
      --_error: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      --_text: #000;
      --_muted: #333;
      --_surface: #fff;
      --_accent: #444;
      --_accent-text: #fff;
      --_grid: #999;
      --_error: #000;
      color-scheme: light;
      break-inside: avoid;
    }
    .toggle {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
