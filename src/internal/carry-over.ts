/**
 * Carrying over what a reader did to pre-rendered content before the script came (WCAG 2.4.3): the
 * focus, opened `<details>` and scrolled boxes, each found again in the new render by its place
 * (element child indices, -1 for "into its shadow root"), which is the same in both renders of
 * the same inputs. Loaded only for a reader who did something (prerendered.ts, `rendered`): in the
 * CDN file a chunk beside it.
 */

/** An element's element children, its own styles left out (pre-rendered roots hold theirs inline). */
const children = (nodes: Iterable<Node>): Element[] => [...nodes].filter((n): n is Element => n.nodeType == 1 && (n as Element).localName != 'style');

/**
 * Notes what the reader did in `old` (the pre-rendered nodes of `root`), runs `swap` (which puts the
 * new render in their place), and restores it on the new render in the next animation frame,
 * before it is painted, when the nested elements (a career profile's parts) have rendered too.
 */
export function carryOver(root: ShadowRoot, old: ChildNode[], swap: () => void): void {
  let focused = root.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  const marks: [number[], Element, number, number][] = [];
  const visit = (nodes: Iterable<Node>, path: number[]): void =>
    children(nodes).forEach((e, i) => {
      const at = [...path, i];
      // The same test as prerendered.ts's `touched` (not imported from it: this chunk imports nothing
      // from the main file, which keeps the bundler from splitting shared modules out of it).
      if (e == focused || (e as HTMLDetailsElement).open || e.scrollTop || e.scrollLeft) marks.push([at, e, e.scrollTop, e.scrollLeft]);
      visit(e.childNodes, at);
      if (e.shadowRoot) visit(e.shadowRoot.childNodes, [...at, -1]);
    });
  visit(old, []);
  swap();
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
