import type { LitElement } from 'lit';
import { firstUse } from './first-use.js';
import { VERSION } from './version.js';

/**
 * Taking over pre-rendered content: the declarative shadow DOM `mrt-widgets render` writes
 * (docs/decisions/0015-pre-rendered-snippets.md). The element's shadow root is already there when
 * its script arrives, holding the finished widget. Lit would render beside it, so:
 * - a stamp that matches what this script would render (same version, same inputs) keeps the
 *   pre-rendered nodes in view, and what Lit renders meanwhile (a placeholder while a chunk or the
 *   reader loads) goes after them, hidden by the last of them (the renderer's VEIL), until the
 *   element's first complete render, which replaces them in the same task, so the same frame:
 *   no flash, no shift, no second copy;
 * - any other stamp (a newer package, other attributes, the inline profile edited) clears them at once.
 */

/** The attribute that holds the stamp: `<version> <hash of the inputs>`, then INLINE when the profile is written inside the element. */
export const STAMP = 'data-mrt-rendered';

/** The stamp's last word when the element was rendered from a profile written inside it. */
export const INLINE = ' inline';

/**
 * The last node of every pre-rendered shadow root: it hides what comes after it, which is
 * nothing until the script renders beside it. Written by the renderer, so it costs the CDN file nothing.
 */
export const VEIL = '<style>style:last-of-type~*{display:none!important}</style>';

/**
 * The first node of every pre-rendered shadow root: controls that need the script (the
 * annual/hourly and map/table switches, a career path step's chevron)
 * keep their place unseen until it takes over, so nothing is shown that would do nothing, and
 * nothing moves when it shows them; the buttons that stay in view (map tiles, state names, column
 * headers, steps: disabled, below) do not look like links or take a pointer meanwhile.
 */
export const WAITING = '<style>.switch,.chevron{visibility:hidden}button:disabled{text-decoration:none!important;cursor:auto!important}</style>';

/**
 * Pre-rendered markup as it must be before the script takes over (the page cannot tell "no script"
 * from "not yet"): every button disabled, since each one (a map tile, a sort button, a career path
 * step, a switch) acts only through the script, and a button that can be focused and pressed would
 * silently do nothing meanwhile; a disabled one is out of the tab order and says it is
 * unavailable (without `aria-expanded`, `aria-pressed` or `aria-controls`: a state it cannot
 * change is noise, and a step that can never open is not "collapsed"). And every box that may
 * scroll (`.scroller`: the map, the state table) a tab stop itself, since the buttons in it no
 * longer are: a keyboard can still scroll it (WCAG 2.1.1).
 * Links, `<details>` and text stay as they are. The renderer and the snippet builder both write
 * their markup through this.
 */
export const withoutScript = (markup: string): string =>
  markup
    .replace(/<button\b([^>]*)>/g, (_, attributes: string) => `<button disabled${attributes.replace(/\s(?:disabled|aria-(?:expanded|pressed|controls))(?:="[^"]*")?/g, '')}>`)
    .replace(/<div(?=\s[^>]*\bclass="[^"]*\bscroller\b)(?![^>]*\stabindex=)/g, '<div tabindex="0"');

/** The inline profile, as the profile controller reads it. */
export const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/** 32-bit FNV-1a of `text`, in base 36: a short, stable hash (not a secure one: it only tells changes apart). */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x1000193);
  return (h >>> 0).toString(36);
}

/**
 * The stamp of an element's inputs: the package version, its observed attributes (`names`, in the
 * class's order; `value` gives each one's value or null) and its inline profile's text, if it has
 * one (then the stamp ends in INLINE). The renderer computes the same from what it writes.
 */
export const stampOf = (names: readonly string[], value: (name: string) => string | null, inline = ''): string =>
  `${VERSION} ${hash(names.map((name) => (value(name) === null ? '' : `${name}=${value(name)}\n`)).join('') + inline)}${inline && INLINE}`;

/** Pre-rendered nodes still in view, by element, until its first complete render. */
const kept = new WeakMap<Element, ChildNode[]>();

/** Takes over `root`, a shadow root that was there before the element ran (see above). */
export function takeOver(host: LitElement, root: ShadowRoot): void {
  // A part of a pre-rendered element (the career profile's four parts, each pre-rendered inside it,
  // with no stamp of its own): it keeps its content, what it renders hidden behind its veil, until
  // that element's own render replaces it whole.
  if ((host.getRootNode() as ShadowRoot).host?.hasAttribute(STAMP)) return;
  const stamp = host.getAttribute(STAMP)!;
  const inline = host.querySelector(INLINE_SELECTOR)?.textContent;
  // Rendered from a profile written inside the element (`--profile`, stamped INLINE), which is gone
  // (an editor that strips scripts took it with them): the pre-rendered figures stay, with no
  // interaction, rather than the default profile's figures in their place.
  if (!inline && stamp.endsWith(INLINE)) return;
  kept.set(host, [...root.childNodes]);
  if (stamp !== stampOf((host.constructor as typeof LitElement).observedAttributes, (name) => host.getAttribute(name), inline)) rendered(host);
}

/**
 * Whether a reader did anything to these pre-rendered nodes before the script came: opened a
 * `<details>` or scrolled a box (the focus is checked on the root), in them or in the shadow roots
 * of the elements they hold.
 */
const touched = (nodes: Iterable<Node>): boolean =>
  [...nodes].some(
    (n) =>
      n.nodeType == 1 &&
      ((n as HTMLDetailsElement).open || (n as Element).scrollTop || (n as Element).scrollLeft || touched(n.childNodes) || touched((n as Element).shadowRoot?.childNodes ?? [])),
  );

/** The code that carries over what a reader did (carry-over.ts): a chunk in the CDN file, loaded only for a reader who did something. */
const loadCarryOver = firstUse(() => import('./carry-over.js'));
const carrying = new WeakSet<Element>();

/**
 * Called after each of the element's renders: the first complete one replaces the pre-rendered
 * nodes. What the reader did to them before the script came (WCAG 2.4.3: the focus, opened
 * `<details>`, scrolled boxes) is carried over to the new render (carry-over.ts); where there is
 * something to carry, the pre-rendered nodes stay in view (the new render hidden behind their veil)
 * until that code is here.
 */
export function rendered(host: Element): void {
  const old = kept.get(host);
  if (!old || carrying.has(host)) return;
  const root = host.shadowRoot!;
  const swap = (): void => {
    kept.delete(host);
    old.forEach((node) => node.remove());
  };
  if (!root.activeElement && !touched(old)) return swap();
  carrying.add(host);
  void Promise.resolve(loadCarryOver())
    .then(
      ({ carryOver }) => carryOver(root, old, swap),
      () => swap(),
    )
    .finally(() => carrying.delete(host));
}
