import type { LitElement } from 'lit';
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

/** An element's element children, its own styles left out (pre-rendered roots hold theirs inline). */
const children = (nodes: Iterable<Node>): Element[] => [...nodes].filter((n): n is Element => n.nodeType == 1 && (n as Element).localName != 'style');

/**
 * Called after each of the element's renders: the first complete one replaces the pre-rendered
 * nodes, and carries over what the reader did to them before the script came (WCAG 2.4.3): the
 * focus, opened `<details>` and scrolled boxes, each found again in the new render by its place
 * (element child indices, -1 for "into its shadow root"), which is the same in both renders of
 * the same inputs. Applied in the next animation frame, before it is painted, when the nested
 * elements (a career profile's parts) have rendered too.
 */
export function rendered(host: Element): void {
  const old = kept.get(host);
  if (!old) return;
  kept.delete(host);
  const root = host.shadowRoot!;
  let focused = root.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  const marks: [number[], Element, number, number][] = [];
  const visit = (nodes: Iterable<Node>, path: number[]): void =>
    children(nodes).forEach((e, i) => {
      const at = [...path, i];
      if (e == focused || (e as HTMLDetailsElement).open || e.scrollTop || e.scrollLeft) marks.push([at, e, e.scrollTop, e.scrollLeft]);
      visit(e.childNodes, at);
      if (e.shadowRoot) visit(e.shadowRoot.childNodes, [...at, -1]);
    });
  visit(old, []);
  old.forEach((node) => node.remove());
  requestAnimationFrame(() => {
    for (const [path, was, top, left] of marks) {
      // (Typed as a <details>: it has each of the three; the names match before any is set.)
      const e = path.reduce<Node | null | undefined>((n, i) => n && (i < 0 ? (n as Element).shadowRoot : children(n.childNodes)[i]), root) as HTMLDetailsElement | undefined;
      if (!e || e.localName != was.localName) continue;
      if ((was as HTMLDetailsElement).open) e.open = true;
      e.scrollTop = top;
      e.scrollLeft = left;
      if (was == focused) {
        e.focus({ preventScroll: true });
        // A box that was a tab stop only before the script (withoutScript's scrollers) keeps the
        // focus until the reader moves it.
        if (!e.matches(':focus')) {
          e.tabIndex = -1;
          e.addEventListener('blur', () => e.removeAttribute('tabindex'), { once: true });
          e.focus({ preventScroll: true });
        }
      }
    }
  });
}
