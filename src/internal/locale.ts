import { resolveLocale } from '../data/format.js';

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

/** `light`, `dark`, or `auto` (the reader's system setting). */
export type Theme = 'auto' | 'light' | 'dark';
