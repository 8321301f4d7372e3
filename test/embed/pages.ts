/** Helpers for tests on real pages, each in an iframe of the test page. */
import { waitUntil } from '@open-wc/testing';
import { isLoading } from '../helpers.js';

export type PageWindow = Window & typeof globalThis & { mrtViolations?: string[]; mrtErrors?: string[]; axe?: { run: (context: unknown, options?: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };

/**
 * Opens `url` in an iframe `width` px wide and waits for its load event (unless `load` is false:
 * Firefox holds a page's load event until its pending dynamic imports have come).
 */
export async function openPage(
  url: string,
  options: { width?: number; height?: number; sandbox?: string; srcdoc?: string; load?: boolean } = {},
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${options.width ?? 620}px`;
  frame.style.height = `${options.height ?? 800}px`;
  frame.style.border = '0';
  if (options.sandbox !== undefined) frame.setAttribute('sandbox', options.sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (options.srcdoc !== undefined) frame.srcdoc = options.srcdoc;
  else frame.src = url;
  document.body.append(frame);
  if (options.load !== false) await loaded;
  return frame;
}

export const win = (frame: HTMLIFrameElement): PageWindow => frame.contentWindow as PageWindow;
export const doc = (frame: HTMLIFrameElement): Document => frame.contentDocument!;

/** Waits until every mrt- element in the page is defined and has finished loading (no "Loading…"). */
export async function pageSettled(frame: HTMLIFrameElement, timeout = 8000): Promise<void> {
  await waitUntil(
    () => {
      const els = [...doc(frame).querySelectorAll('*')].filter((e) => e.localName.startsWith('mrt-'));
      // Drawn (an element just connected has an empty shadow root until its first update) and done loading.
      return els.every((e) => e.shadowRoot && e.shadowRoot.childElementCount > 0 && !isLoading(e.shadowRoot));
    },
    'elements still loading',
    { timeout },
  );
}

type Axe = NonNullable<PageWindow['axe']>;

/** axe in the page (its own copy, loaded into it once). */
export async function loadAxe(frame: HTMLIFrameElement): Promise<Axe> {
  const w = win(frame);
  if (!w.axe) {
    const script = doc(frame).createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc(frame).head.append(script);
    await loaded;
  }
  return w.axe!;
}

/** Runs axe inside the page and returns the ids of rules it breaks. */
export async function axeViolations(frame: HTMLIFrameElement, detail = false, skip: string[] = []): Promise<string[]> {
  const rules = Object.fromEntries(skip.map((id) => [id, { enabled: false }]));
  const result = await (await loadAxe(frame)).run(doc(frame), { rules });
  return result.violations.map((v) => `${v.id} (${v.nodes.length})${detail ? `: ${JSON.stringify(v.nodes).slice(0, 600)}` : ''}`);
}

export const nextFrames = (n = 2): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number): void => void (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });
