/**
 * Registers an element unless that tag is already defined, so loading the
 * bundle twice (or the CDN file beside the npm build) never throws.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
