import { isServer } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, languageOfTag, resolveLocale } from '../data/format.js';
import { LANGUAGES, languageOf, loadStrings, stringsFor } from './i18n.js';
import type { Strings } from './i18n.js';

/**
 * The nearest `lang` above `element` (crossing shadow roots), its own included unless `fromParent`:
 * the language of the page around it. Null when no element says.
 */
function langAround(element: Element, fromParent = false): string | null {
  for (let node: Node | null = fromParent ? element.parentNode : element; node; node = hostOf(node) ?? node.parentNode) {
    const tag = node.nodeType === Node.ELEMENT_NODE ? (node as Element).getAttribute('lang') : null;
    if (tag) return tag;
  }
  return null;
}

/**
 * The host of a shadow root, else undefined. By node type, not `instanceof`: an element moved into
 * an iframe's document has that window's ShadowRoot and Element, which another window's
 * `instanceof` does not know.
 */
const hostOf = (node: Node): Element | undefined =>
  node.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (node as ShadowRoot).host ?? undefined : undefined;

/**
 * The locale an element formats with: its own `locale`, else the nearest
 * `lang` above it (crossing shadow roots), else `en-US`. A language the
 * widgets have no text in (a Hebrew or German page) gives `en-US`: numbers
 * are written the way the English text around them is ("$39,180", not
 * "39.180 $" inside an English sentence).
 */
export function localeOf(element: Element, explicit?: string | null, fromParent = false): string {
  const locale = resolveLocale(explicit || langAround(element, fromParent));
  return (LANGUAGES as readonly string[]).includes(languageOf(locale)) ? locale : DEFAULT_LOCALE;
}

/**
 * Every connected element whose locale follows the page's `lang`, by element, and the documents and
 * shadow roots watched for a change of it: a page that switches its language after the widgets
 * have rendered gets every widget re-rendered in the new one. One observer per document or shadow
 * root, kept for as long as it lives (it holds no element; the map holds connected ones only).
 */
const following = new Map<LocaleHost, LocaleController>();
const watched = new WeakSet<Node>();

function watchLang(root: Node): void {
  if (watched.has(root)) return;
  watched.add(root);
  // Only the elements a change concerns re-render: none for an element's own `lang` written by its
  // controller (markLanguage), or a `lang` changed elsewhere on the page.
  new MutationObserver(() => following.forEach((controller, host) => controller.stale() && host.requestUpdate())).observe(root, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** How long an element waits for its interface text before it shows English, in ms. */
const STRINGS_TIMEOUT = 10000;

/** `light`, `dark`, or `auto` (the reader's system setting). */
export type Theme = 'auto' | 'light' | 'dark';

/** What the locale controller needs from its element. */
export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  locale?: string;
}

/**
 * The locale and interface text an element renders with, worked out before
 * each render from its `locale` or the nearest `lang` (which may change
 * without the element knowing, so it is read every time).
 */
export class LocaleController implements ReactiveController {
  /** The resolved BCP 47 tag, e.g. `es-US`. */
  locale = resolveLocale(undefined);
  /** Interface text in the locale's language (English while another language loads, or if it cannot). */
  strings: Strings = stringsFor(this.locale)!;
  /**
   * Whether `strings` is in the locale's language yet: Spanish loads on first use. Until then the
   * element shows its placeholder (the profile controller's `ready` option), never English first.
   * A change of language after the element has shown its text keeps that text, and `locale`, in
   * view until the new text is here, then changes both in one render: no placeholder in between,
   * so nothing moves and what the reader opened or focused stays as it was.
   */
  ready = true;
  /** Whether the element has rendered with its text ready (then a new language waits behind it). */
  private shown = false;
  private readonly host: LocaleHost;
  /** The `lang` this controller wrote on its element (the page wrote none there), if any. */
  private own?: string;
  private waiting = false;
  /** A language whose text could not be loaded: shown in English rather than never. */
  private failed?: string;

  constructor(host: LocaleHost) {
    this.host = host;
    host.addController(this);
    // On the server (`mrt-widgets render`), where Lit's SSR skips hostUpdate: read when connected
    // (see ProfileController). Added here so the browser build carries no empty method.
    if (isServer) host.addController({ hostConnected: () => this.hostUpdate() });
  }

  /** Whether the element's `lang` is the one this controller wrote. */
  private owns(): boolean {
    return this.own !== undefined && this.host.getAttribute('lang') === this.own;
  }

  hostConnected(): void {
    if (isServer) return;
    following.set(this.host, this);
    // The document, and every shadow root between it and the element: a `lang` may change in any.
    watchLang(this.host.ownerDocument);
    for (let root = this.host.getRootNode(), host; (host = hostOf(root)); root = host.getRootNode()) watchLang(root);
  }

  hostDisconnected(): void {
    following.delete(this.host);
  }

  hostUpdate(): void {
    const { host } = this;
    // A `lang` the page wrote over ours is the page's from now on.
    if (this.own !== undefined && !this.owns()) this.own = undefined;
    const locale = localeOf(host, host.locale, this.own !== undefined);
    const strings = stringsFor(locale);
    const ready = strings !== undefined || this.failed === locale;
    if (ready || !this.shown) {
      this.locale = locale;
      this.ready = ready;
      this.strings = strings ?? stringsFor('en')!;
    }
    if (!ready && !this.waiting) {
      this.waiting = true;
      // A chunk that never answers (a stalled connection) gives way to English after 10 s, as a
      // `src` that never answers gives way to its message.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stalled = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer within 10 s')), STRINGS_TIMEOUT)));
      Promise.race([loadStrings(locale), stalled])
        .catch((error: unknown) => {
          this.failed = locale;
          console.warn(`<${host.localName}>: the ${locale} interface text did not load (${String(error)}); showing English.`);
        })
        .finally(() => {
          clearTimeout(timer);
          this.waiting = false;
          host.requestUpdate();
        });
    }
    if (this.ready) this.shown = true;
    this.markLanguage();
  }

  /**
   * The language of the element's text, for screen readers (WCAG 3.1.2): where it differs from the
   * language around it (an English widget on a Japanese or Hebrew page, or `locale` set on the
   * element), the element's `lang` says it, unless the page gave the element a `lang` of its own;
   * it goes again once the text is in the language around it.
   */
  private markLanguage(): void {
    // On the server the renderer writes the element's attributes itself (src/render/render.ts).
    if (isServer) return;
    const wanted = this.langFor(this.locale);
    if (wanted === null || wanted === this.own) return; // the page's own lang, or no DOM write when nothing changed
    this.own = wanted;
    if (wanted === undefined) this.host.removeAttribute('lang');
    else this.host.setAttribute('lang', wanted);
  }

  /**
   * The `lang` the element should carry for text in `locale`: `locale` where it differs from the
   * language around it, undefined where it does not, null where the page gave the element a `lang`.
   */
  private langFor(locale: string): string | undefined | null {
    const { host } = this;
    if (host.hasAttribute('lang') && this.own === undefined) return null;
    const around = langAround(host, true);
    return host.locale || (around !== null && languageOfTag(around) !== languageOf(locale)) ? locale : undefined;
  }

  /**
   * Whether the page's language now asks for another locale, or another `lang` on the element,
   * than it has: only such elements re-render when a `lang` changes somewhere in their document.
   */
  stale(): boolean {
    const { host } = this;
    if (this.own !== undefined && !this.owns()) return true;
    const locale = localeOf(host, host.locale, this.own !== undefined);
    const wanted = this.langFor(locale);
    return locale !== this.locale || (wanted !== null && wanted !== this.own);
  }

}
