import { PING_MESSAGE, isHeightMessage } from './options.js';

/**
 * Sizes every iframe on this page whose address starts with `base` (a folder
 * holding the embed page, such as `…/dist/embed/`), from the height messages
 * those pages send. A message counts only if it comes from `base`'s origin,
 * from one of those iframes' windows, and has the expected shape; anything
 * else is ignored. The iframe's height is set through the CSSOM, which a
 * strict `style-src` allows. Returns a function that stops listening.
 */
export function resizeFrames(base: string): () => void {
  const origin = new URL(base).origin;
  const frames = (): HTMLIFrameElement[] => [...document.querySelectorAll('iframe')].filter((f) => f.src.startsWith(base));
  const resize = (event: MessageEvent): void => {
    if (event.origin !== origin || !isHeightMessage(event.data)) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (frame) frame.style.height = `${Math.ceil(event.data.height)}px`;
  };
  addEventListener('message', resize);
  // Iframes that loaded before this script ran tell their height again when asked.
  const ping = (): void => frames().forEach((f) => f.contentWindow?.postMessage({ type: PING_MESSAGE }, '*'));
  ping();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ping, { once: true });
  return () => removeEventListener('message', resize);
}
