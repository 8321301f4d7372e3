import { adoptStyles, isServer } from 'lit';
import type { CSSResultOrNative, LitElement } from 'lit';
import { takeOver } from './prerendered.js';

/**
 * Styles for a shadow root in whatever document the element is in. Lit adopts its constructed
 * stylesheets once, on first connect; a constructed sheet belongs to the document it was made in,
 * and the browser refuses it in another one (CSSOM's "constructor document" rule: Chromium
 * throws "Sharing constructed stylesheets in multiple documents is not allowed"). So an element first connected in, or moved to, an iframe's
 * document would throw or lose its styles. Here the same CSS is constructed again in that
 * document's own window (once per document and element class) and adopted on every connect to a
 * new document.
 */

// Per document, per element class: its styles constructed in that document.
const sheets = new WeakMap<Document, Map<typeof LitElement, CSSStyleSheet[]>>();

/** The CSS text of a style (a constructed sheet or Lit's css``). */
export const cssText = (style: CSSResultOrNative): string =>
  style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText;

/** The class's styles as sheets made in `doc`'s window, or undefined when it has none (a document without a window). */
function sheetsFor(doc: Document, type: typeof LitElement): CSSStyleSheet[] | undefined {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return undefined;
  let byType = sheets.get(doc);
  if (!byType) sheets.set(doc, (byType = new Map()));
  let made = byType.get(type);
  // Made again when the class has gained styles since (`addStyles`).
  if (made?.length !== type.elementStyles.length) {
    made = type.elementStyles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(cssText(style));
      return sheet;
    });
    byType.set(type, made);
  }
  return made;
}

/**
 * Adds styles to an element class after it was defined: the styles of code it loads on first use
 * (the state map's drawing). Roots adopt them from then on; `adopt` gives them to a root made before.
 */
export function addStyles(type: typeof LitElement, styles: CSSResultOrNative[]): void {
  const missing = styles.filter((style) => !type.elementStyles.includes(style));
  type.elementStyles.push(...missing);
}

/** Adopts the class's styles into `root` for the document it is in now. */
export function adopt(root: ShadowRoot, type: typeof LitElement): void {
  const doc = root.ownerDocument;
  // In the document the module runs in, Lit's own shared sheets.
  if (doc === document) return adoptStyles(root, type.elementStyles);
  const made = sheetsFor(doc, type);
  if (made) root.adoptedStyleSheets = made;
}

/**
 * An element's `createRenderRoot()`: its shadow root, with its styles adopted for its current
 * document, and again each time it connects to another document. A shadow root that is already
 * there is pre-rendered content (declarative shadow DOM), which the element takes over
 * (prerendered.ts). On the server (`mrt-widgets render`), just the root: no document to adopt in.
 */
export function attachStyledShadow(host: LitElement): ShadowRoot {
  const type = host.constructor as typeof LitElement;
  const pre = host.shadowRoot;
  const root = pre ?? host.attachShadow(type.shadowRootOptions);
  if (isServer) return root;
  if (pre) takeOver(host, root);
  let adoptedIn = root.ownerDocument;
  adopt(root, type);
  host.addController({
    hostConnected: () => {
      if (root.ownerDocument === adoptedIn) return;
      adoptedIn = root.ownerDocument;
      adopt(root, type);
    },
  });
  return root;
}

/**
 * Gives an element its drawing, loaded on first use (`load`, a firstUse of a chunk whose styles join
 * the element's class as it arrives): `take` gets the module, at once if it is here, else when it
 * comes (the shadow root, made before those styles, adopts them again), or why it could not be
 * loaded; the element renders again either way. Until then it shows its placeholder.
 */
export function takeDrawing<T>(host: LitElement, load: () => T | Promise<T>, take: (drawn: T | { error: string }) => void): void {
  const loaded = load();
  if (!(loaded instanceof Promise)) return take(loaded);
  loaded
    .then(
      (module) => {
        if (host.shadowRoot) adopt(host.shadowRoot, host.constructor as typeof LitElement);
        take(module);
      },
      (error: unknown) => {
        take({ error: String(error) });
        console.error(`<${host.localName}>: its drawing did not load (${String(error)}); keep the files of dist/cdn/ together.`);
      },
    )
    .finally(() => host.requestUpdate());
}
