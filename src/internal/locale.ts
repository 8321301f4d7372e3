import { isServer } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, resolveLocale } from '../data/format.js';
import { LANGUAGES, languageOf, loadStrings, stringsFor } from './i18n.js';
import type { Strings } from './i18n.js';

/**
 * The nearest `lang` above `element` (crossing shadow roots), its own included unless `fromParent`:
 * the language of the page around it. Null when no element says.
 */
function langAround(element: Element, fromParent = false): string | null {
  for (let node: Node | null = fromParent ? element.parentNode : element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    const tag = node instanceof Element ? node.getAttribute('lang') : null;
    if (tag) return tag;
  }
  return null;
}

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

/** The language a `lang` value names (`es_ES`: `es`), or '' when it is no valid tag; cached per value. */
const named = new Map<string, string>();
function languageNamed(tag: string): string {
  let language = named.get(tag);
  if (language === undefined) {
    try {
      language = new Intl.Locale(tag.trim().replace(/_/g, '-')).language;
    } catch {
      language = '';
    }
    named.set(tag, language);
  }
  return language;
}

/**
 * Every connected element whose locale controller follows the page's `lang`, and the documents
 * and shadow roots watched for a change of it (a page that switches its language after the
 * widgets have rendered: each re-renders in the new one).
 */
const following = new Map<Element, LocaleController>();
const watched = new WeakSet<Node>();

function watchLang(root: Node): void {
  if (watched.has(root)) return;
  watched.add(root);
  new MutationObserver((records) => {
    // A controller's own write of its element's `lang` (below) is not a change of the page's.
    if (records.every((r) => following.get(r.target as Element)?.owns() === true)) return;
    for (const host of following.keys()) (host as LocaleHost).requestUpdate();
  }).observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
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
  readonly host: LocaleHost;
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
  owns(): boolean {
    return this.own !== undefined && this.host.getAttribute('lang') === this.own;
  }

  hostConnected(): void {
    if (isServer) return;
    following.set(this.host, this);
    watchLang(this.host.ownerDocument);
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot) watchLang(root);
  }

  hostDisconnected(): void {
    following.delete(this.host);
  }

  hostUpdate(): void {
    const { host } = this;
    // A `lang` the page wrote over ours is the page's from now on.
    if (!this.owns()) this.own = undefined;
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
    const { host, locale } = this;
    // On the server the renderer writes the element's attributes itself (src/render/render.ts).
    if (isServer || (host.hasAttribute('lang') && this.own === undefined)) return;
    const around = langAround(host, true);
    const differs = !!host.locale || (around !== null && languageNamed(around) !== languageOf(locale));
    if (differs) {
      if (this.own !== locale) host.setAttribute('lang', (this.own = locale)); // no DOM write when nothing changed
    } else if (this.own !== undefined) {
      this.own = undefined;
      host.removeAttribute('lang');
    }
  }
}
