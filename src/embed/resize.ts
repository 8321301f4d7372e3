import { PING_MESSAGE, isHeightMessage } from './options.js';

/**
 * Sizes every iframe on this page that shows an embed page from `base` (the
 * folder of `dist/embed/`), from the height messages those pages send. A
 * message counts only if it comes from `base`'s origin, from one of those
 * iframes' windows, and has the expected shape; anything else is ignored.
 * The iframe's height is set through the CSSOM, which a strict
 * `style-src` allows.
 */
export function resizeFrames(base: string): void {
  const origin = new URL(base).origin;
  const frames = (): HTMLIFrameElement[] => [...document.querySelectorAll('iframe')].filter((f) => f.src.startsWith(base));
  addEventListener('message', (event) => {
    if (event.origin !== origin || !isHeightMessage(event.data)) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (frame) frame.style.height = `${Math.ceil(event.data.height)}px`;
  });
  // Iframes that loaded before this script ran tell their height again when asked.
  const ping = (): void => frames().forEach((f) => f.contentWindow?.postMessage({ type: PING_MESSAGE }, '*'));
  ping();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ping);
}
