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

/** The attribute that holds the stamp: `<version> <hash of the inputs>`. */
export const STAMP = 'data-mrt-rendered';

/**
 * The last node of every pre-rendered shadow root: it hides what comes after it, which is
 * nothing until the script renders beside it. Written by the renderer, so it costs the CDN file nothing.
 */
export const VEIL = '<style>style:last-of-type~*{display:none!important}</style>';

/**
 * The first node of every pre-rendered shadow root: controls that need the script (the
 * annual/hourly and map/table switches, the figures table's button) keep their place unseen until
 * it takes over, so nothing is shown that would do nothing, and nothing moves when it shows them.
 */
export const WAITING = '<style>.switch,.toggle{visibility:hidden}</style>';

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
 * class's order; `value` gives each one's value or null) and its inline profile's text. The
 * renderer computes the same from what it writes.
 */
export const stampOf = (names: readonly string[], value: (name: string) => string | null, inline: string): string =>
  `${VERSION} ${hash(names.map((name) => (value(name) === null ? '' : `${name}=${value(name)}\n`)).join('') + inline)}`;

/** Pre-rendered nodes still in view, by element, until its first complete render. */
const kept = new WeakMap<Element, ChildNode[]>();

/** Takes over `root`, a shadow root that was there before the element ran (see above). */
export function takeOver(host: LitElement, root: ShadowRoot): void {
  // A part of a pre-rendered element (the career profile's four parts, each pre-rendered inside it,
  // with no stamp of its own): it keeps its content, what it renders hidden behind its veil, until
  // that element's own render replaces it whole.
  if ((host.getRootNode() as ShadowRoot).host?.hasAttribute(STAMP)) return;
  kept.set(host, [...root.childNodes]);
  const names = (host.constructor as typeof LitElement).observedAttributes;
  if (host.getAttribute(STAMP) !== stampOf(names, (name) => host.getAttribute(name), host.querySelector(INLINE_SELECTOR)?.textContent ?? '')) rendered(host);
}

/** Called after each of the element's renders: the first complete one replaces the pre-rendered nodes. */
export function rendered(host: Element): void {
  kept.get(host)?.forEach((node) => node.remove());
  kept.delete(host);
}
