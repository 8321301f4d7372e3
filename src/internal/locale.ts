import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale } from '../data/format.js';
import { stringsFor } from './i18n.js';
import type { Strings } from './i18n.js';

/**
 * The locale an element formats with: its own `locale`, else the nearest
 * `lang` above it (crossing shadow roots), else `en-US`.
 */
export function localeOf(element: Element, explicit?: string | null): string {
  if (explicit) return resolveLocale(explicit);
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return resolveLocale(node.getAttribute('lang'));
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return resolveLocale(undefined);
}

/** The language subtag of a BCP 47 tag, lower case: `es` for `es-US`. */
export const languageOf = (tag: string): string => tag.split('-')[0]!.toLowerCase();

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
  /** Interface text in the locale's language. */
  strings: Strings = stringsFor(this.locale);
  private readonly host: LocaleHost;
  private langSet = false;

  constructor(host: LocaleHost) {
    this.host = host;
    host.addController(this);
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
    this.locale = localeOf(host, host.locale);
    this.strings = stringsFor(this.locale);
    if (host.locale && (this.langSet || !host.hasAttribute('lang'))) {
      if (host.lang !== this.locale) host.lang = this.locale; // no DOM write when nothing changed
      this.langSet = true;
    }
  }
}
