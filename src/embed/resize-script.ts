/**
 * `dist/embed/resize.js`, the host page's script: resizes the iframes that show
 * the embed page served beside it. A classic script (no `type="module"`
 * needed); loading it twice sets up one listener.
 */
import { resizeFrames } from './resize.js';

const script = document.currentScript as HTMLScriptElement | null;
const started = ((window as unknown as { mrtWidgetsResize?: Set<string> }).mrtWidgetsResize ??= new Set());
if (script?.src) {
  const base = new URL('./', script.src).href;
  if (!started.has(base)) {
    started.add(base);
    resizeFrames(base);
  }
}
