/**
 * Text for HTML and CSS written as strings: by `mrt-widgets render`, the snippet builder and the
 * CDN build's template minifier (vite.config.ts). No DOM here, and nothing the elements import.
 */

/** `text` as HTML element content. A no-break space is written `&nbsp;`, which no editor loses. */
export const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');

/** `text` as a double-quoted HTML attribute value. */
export const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

/**
 * CSS, shorter and read the same: comments go, white space collapses, the spaces around its
 * punctuation and the zeros before a decimal point go.
 */
export const shrinkCss = (css: string): string =>
  css
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .trim();
