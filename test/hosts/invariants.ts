/**
 * Layout invariants of an element as a reader sees it, checked on its rendered boxes (across its
 * shadow root and the elements it holds) rather than on pictures, so they hold for any data, width,
 * font and host page:
 * - no two pieces of visible text overlap;
 * - no visible text or control lies outside the element's box, or outside a box that clips it,
 *   except inside a scroller that says it scrolls (focusable and named);
 * - no text is smaller than 12 px or than 0.75 of the size the element inherits;
 * - every control meets WCAG 2.5.8 (24 × 24 CSS px, or spaced so a 24 px circle on it touches no
 *   other control), inline links in sentences excepted, as 2.5.8 allows.
 * Each broken invariant is returned as one line naming the text or control.
 */

interface Box {
  /** What a person would look for: the text itself, or the control's name. */
  name: string;
  rect: DOMRect;
  node: Element;
}

const TOLERANCE = 1;

const shadowOf = (el: Element): ShadowRoot | null => el.shadowRoot ?? null;

/** Every element in `root`'s composed tree: its own children and, for elements with a shadow root, the shadow tree. */
function* composed(root: Element | ShadowRoot): Generator<Element> {
  for (const child of root.children) {
    yield child;
    const shadow = shadowOf(child);
    if (shadow) yield* composed(shadow);
    if (child.localName === 'slot') yield* (child as HTMLSlotElement).assignedElements({ flatten: true });
    else yield* composed(child);
  }
}

/** The composed parent: across a shadow root to its host. */
const parentOf = (el: Element): Element | null => {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
};

function* ancestors(el: Element, stop: Element): Generator<Element> {
  for (let a = parentOf(el); a && a !== stop; a = parentOf(a)) yield a;
}

const styleOf = (el: Element): CSSStyleDeclaration => el.ownerDocument.defaultView!.getComputedStyle(el);

/** Hidden from sight: not rendered, invisible, or inside a visually hidden box (`.vh`: 1 px, clipped). */
function hidden(el: Element, host: Element): boolean {
  // Both spellings of the options: older engines know only checkOpacity/checkVisibilityCSS.
  if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true })) return true;
  for (const a of [el, ...ancestors(el, host)]) {
    const r = a.getBoundingClientRect();
    const s = styleOf(a);
    if (s.overflow !== 'visible' && (r.width <= 1 || r.height <= 1)) return true;
    if (s.clipPath.startsWith('inset(50%')) return true;
  }
  return false;
}

/**
 * The part of `rect` a reader can see through the boxes that scroll around `el` (a row scrolled out
 * of a table of bounded height is not on screen, so it overlaps nothing), or undefined when none is.
 * Only for the overlap check: whether text is cut off is checked on its whole box.
 */
function inView(rect: DOMRect, el: Element, host: Element): DOMRect | undefined {
  let [left, top, right, bottom] = [rect.left, rect.top, rect.right, rect.bottom];
  for (const a of [el, ...ancestors(el, host)]) {
    const s = styleOf(a);
    if (!/auto|scroll/.test(s.overflowX + s.overflowY)) continue;
    const box = a.getBoundingClientRect();
    const [l, t] = [box.left + a.clientLeft, box.top + a.clientTop];
    [left, top, right, bottom] = [Math.max(left, l), Math.max(top, t), Math.min(right, l + a.clientWidth), Math.min(bottom, t + a.clientHeight)];
  }
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : undefined;
}

const intersects = (a: DOMRect, b: DOMRect, t = TOLERANCE): boolean =>
  a.left < b.right - t && b.left < a.right - t && a.top < b.bottom - t && b.top < a.bottom - t;

const inside = (a: DOMRect, b: DOMRect, t = TOLERANCE): boolean =>
  a.left >= b.left - t && a.right <= b.right + t && a.top >= b.top - t && a.bottom <= b.bottom + t;

const short = (text: string): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 37)}…` : t;
};

/** The visible pieces of text: one box per line of an HTML text node, one per SVG `<text>`. */
function textBoxes(host: Element): Box[] {
  const boxes: Box[] = [];
  const doc = host.ownerDocument;
  for (const el of composed(shadowOf(host) ?? host)) {
    if (el.closest('style, script, template, title, desc')) continue;
    if (el.localName === 'text' && el.namespaceURI === 'http://www.w3.org/2000/svg') {
      if (!hidden(el, host) && el.textContent!.trim()) boxes.push({ name: short(el.textContent!), rect: el.getBoundingClientRect(), node: el });
      continue;
    }
    if ((el as SVGElement).ownerSVGElement !== undefined && el.namespaceURI === 'http://www.w3.org/2000/svg') continue;
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
      if (hidden(el, host)) break;
      const range = doc.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width > 0.5 && rect.height > 0.5) boxes.push({ name: short(node.textContent!), rect, node: el });
      }
    }
  }
  return boxes;
}

const CONTROL = 'button, input, select, textarea, summary, a[href], [tabindex]:not([tabindex="-1"]), [role="button"], [role="tab"], [role="radio"]';

/** Controls a pointer can hit; a radio inside its label is hit through the label. */
function controls(host: Element): Box[] {
  const boxes: Box[] = [];
  for (const el of composed(shadowOf(host) ?? host)) {
    if (!el.matches(CONTROL) || hidden(el, host)) continue;
    const target = el.matches('input') && el.closest('label') ? el.closest('label')! : el;
    const name = el.getAttribute('aria-label') ?? target.textContent ?? el.localName;
    boxes.push({ name: `${el.localName} "${short(name)}"`, rect: target.getBoundingClientRect(), node: el });
  }
  return boxes;
}

/** A link inside a sentence: 2.5.8's inline exception. */
const inline = (el: Element): boolean =>
  el.localName === 'a' && styleOf(el).display === 'inline' && (parentOf(el)?.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;

/** The boxes that cut off what overflows them, nearest first (`from` itself included), and whether each scrolls. */
function* clippers(from: Element, host: Element): Generator<{ box: Element; scrolls: boolean }> {
  for (const a of [from, ...ancestors(from, host)]) {
    const s = styleOf(a);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const scrolls = /auto|scroll/.test(s.overflowX + s.overflowY) && (a.scrollWidth > a.clientWidth + 1 || a.scrollHeight > a.clientHeight + 1);
    yield { box: a, scrolls };
  }
}

/**
 * A scroller says it scrolls when it has a name to announce and a keyboard can reach what it holds:
 * it is a tab stop itself, or it holds one (focus scrolls it into view).
 */
const saysItScrolls = (el: Element): boolean =>
  !!(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')) &&
  (el.matches(CONTROL) || [...el.querySelectorAll(CONTROL)].some((c) => c.getAttribute('tabindex') !== '-1'));

export interface InvariantOptions {
  /** Font size the element inherits, in px (the page's text size around it). */
  inheritedSize: number;
}

/** Every broken invariant of `host` as it is drawn now, one line each. */
export function brokenInvariants(host: Element, { inheritedSize }: InvariantOptions): string[] {
  const problems: string[] = [];
  const hostRect = host.getBoundingClientRect();
  const texts = textBoxes(host);
  const targets = controls(host);
  const minSize = Math.max(12, 0.75 * inheritedSize);
  if (!texts.length) problems.push('no visible text at all');

  const seen = texts.map((box) => inView(box.rect, box.node, host));
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i];
      const b = texts[j];
      if (a.node === b.node && a.node.namespaceURI !== 'http://www.w3.org/2000/svg') continue; // lines of one text node
      const [ra, rb] = [seen[i], seen[j]];
      if (ra && rb && intersects(ra, rb, 2)) problems.push(`text overlaps: "${a.name}" and "${b.name}"`);
    }
  }
  // Text must fit every box that clips it (its own included); a control, the boxes around it. Up to
  // the nearest scroller, which must say it scrolls; without one, the element's own box.
  const placed = (box: Box, from: Element): void => {
    for (const clip of clippers(from, host)) {
      if (clip.scrolls) {
        if (!saysItScrolls(clip.box)) problems.push(`cut off in a scroller that does not say it scrolls: "${box.name}"`);
        if (!inside(clip.box.getBoundingClientRect(), hostRect)) problems.push(`scroller outside the element: "${box.name}"`);
        return;
      }
      if (!inside(box.rect, clip.box.getBoundingClientRect())) {
        problems.push(`cut off: "${box.name}"`);
        return;
      }
    }
    if (!inside(box.rect, hostRect)) problems.push(`outside the element: "${box.name}"`);
  };
  for (const box of texts) placed(box, box.node);
  for (const box of targets) placed(box, parentOf(box.node) ?? host);
  for (const box of texts) {
    // SVG text is drawn at its font size times the scale of its viewBox.
    const scale = box.node.namespaceURI === 'http://www.w3.org/2000/svg' ? ((box.node as SVGGraphicsElement).getScreenCTM()?.d ?? 1) : 1;
    const size = parseFloat(styleOf(box.node).fontSize) * scale;
    if (size < minSize - 0.5) problems.push(`text too small (${size.toFixed(1)} px < ${minSize.toFixed(1)}): "${box.name}"`);
  }
  const centre = (r: DOMRect): [number, number] => [r.left + r.width / 2, r.top + r.height / 2];
  const small = targets.filter((t) => (t.rect.width < 24 - 0.5 || t.rect.height < 24 - 0.5) && !inline(t.node));
  for (const t of small) {
    const [cx, cy] = centre(t.rect);
    const circle = new DOMRect(cx - 12, cy - 12, 24, 24);
    const crowded = targets.some((o) => {
      if (o === t || o.rect.width === 0) return false;
      if (small.includes(o)) {
        const [ox, oy] = centre(o.rect);
        return Math.hypot(cx - ox, cy - oy) < 24 - 0.5;
      }
      return intersects(circle, o.rect, 0.5);
    });
    if (crowded) problems.push(`target too small and crowded (${t.rect.width.toFixed(0)} × ${t.rect.height.toFixed(0)} px): ${t.name}`);
  }
  return [...new Set(problems)];
}
