import { PING_MESSAGE, isHeightMessage } from './options.js';

/** Whether a frame is sandboxed without `allow-same-origin`: its page has an opaque origin, `"null"`. */
const opaque = (frame: HTMLIFrameElement): boolean => frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');

/**
 * Sizes every iframe on this page whose address starts with `base` (a folder
 * holding the embed page, such as `…/dist/embed/`), from the height messages
 * those pages send. A message counts only if it comes from one of those
 * iframes' windows, with the expected shape, and from `base`'s origin, or from
 * origin `"null"` when that iframe is sandboxed without `allow-same-origin` (its
 * page has no origin of its own then); anything else is ignored. The iframe's
 * height (and its colour scheme, `normal` like the embed page's, so its
 * background stays transparent on any page) is set through the CSSOM, which a
 * strict `style-src` allows. Returns a function that stops listening.
 */
export function resizeFrames(base: string): () => void {
  const origin = new URL(base).origin;
  const frames = (): HTMLIFrameElement[] => [...document.querySelectorAll('iframe')].filter((f) => f.src.startsWith(base));
  const resize = (event: MessageEvent): void => {
    if (!isHeightMessage(event.data)) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame || (event.origin !== origin && !(event.origin === 'null' && opaque(frame)))) return;
    frame.style.height = `${Math.ceil(event.data.height)}px`;
    frame.style.colorScheme = 'normal';
  };
  addEventListener('message', resize);
  // Iframes that loaded before this script ran tell their height again when asked.
  const ping = (): void => frames().forEach((f) => f.contentWindow?.postMessage({ type: PING_MESSAGE }, '*'));
  ping();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ping, { once: true });
  return () => removeEventListener('message', resize);
}
