import { isServer } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, resolveLocale } from '../data/format.js';
import { LANGUAGES, languageOf, loadStrings, stringsFor } from './i18n.js';
import type { Strings } from './i18n.js';

/**
 * The locale an element formats with: its own `locale`, else the nearest
 * `lang` above it (crossing shadow roots), else `en-US`. A language the
 * widgets have no text in (a Hebrew or German page) gives `en-US`: numbers
 * are written the way the English text around them is ("$39,180", not
 * "39.180 $" inside an English sentence).
 */
export function localeOf(element: Element, explicit?: string | null): string {
  let tag = explicit;
  for (let node: Node | null = element; !tag && node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element) tag = node.getAttribute('lang');
  }
  const locale = resolveLocale(tag);
  return (LANGUAGES as readonly string[]).includes(languageOf(locale)) ? locale : DEFAULT_LOCALE;
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
  private langSet = false;
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

  hostUpdate(): void {
    const { host } = this;
    // `locale` on the element names the language of its text too, so screen readers read it with
    // that voice: it becomes the element's `lang`, unless the page gave the element a `lang` of its
    // own, and goes again with `locale`.
    if (this.langSet && !host.locale) {
      host.removeAttribute('lang');
      this.langSet = false;
    }
    const locale = localeOf(host, host.locale);
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
    if (host.locale && (this.langSet || !host.hasAttribute('lang'))) {
      if (host.lang !== this.locale) host.lang = this.locale; // no DOM write when nothing changed
      this.langSet = true;
    }
  }
}
