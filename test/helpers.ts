import { fixture, html, waitUntil } from '@open-wc/testing';
import { createScenarioElement } from '../demo/main-element.js';
import type { Scenario } from '../demo/scenarios.js';
import type { MrtDataErrorEvent } from '../src/events/data-error.js';

// Nodes are read by their properties, not `instanceof`: elements of a page in an iframe are not
// instances of this page's Element.
const shadowOf = (node: Node): ShadowRoot | null => (node as Element).shadowRoot ?? null;

/** The text a reader sees (and a screen reader reads) inside an element's shadow root, and inside the elements it holds. */
export function textOf(el: Element): string {
  const text = (node: Node): string => {
    const shadow = shadowOf(node);
    if (shadow) return text(shadow);
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    return [...node.childNodes].map(text).join((node as Element).localName?.includes('-') ? ' ' : '');
  };
  const shadow = shadowOf(el);
  return (shadow ? text(shadow) : '').replace(/\s+/g, ' ').trim();
}

/** Whether anything in `root`, or in the elements it holds, still shows its "Loading…" status. */
export function isLoading(root: ParentNode): boolean {
  return [...root.querySelectorAll('*')].some((e) => e.matches('[role="status"] > .vh') || (shadowOf(e) !== null && isLoading(shadowOf(e)!)));
}

export const $ = <T extends Element = Element>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

export const $$ = <T extends Element = Element>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Waits until the element (and any element it holds) has settled: no longer loading. */
export async function settled(el: HTMLElement): Promise<void> {
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await waitUntil(() => el.shadowRoot && !isLoading(el.shadowRoot), 'element still loading', {
    timeout: 8000,
  });
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/**
 * Renders a scenario in a container as the demo does, collecting every
 * mrt-data-error event it fires (listening before it is connected).
 */
export async function renderScenario(scenario: Scenario): Promise<{ el: HTMLElement; errors: MrtDataErrorEvent[] }> {
  const errors: MrtDataErrorEvent[] = [];
  const container = document.createElement('div');
  if (scenario.width) container.style.width = `${scenario.width}px`;
  if (scenario.lang) container.lang = scenario.lang;
  if (scenario.dir) container.dir = scenario.dir;
  container.addEventListener('mrt-data-error', (e) => errors.push(e));
  const el = createScenarioElement(scenario);
  container.append(el);
  await fixture(html`${container}`);
  await settled(el);
  return { el, errors };
}

/** The colour a CSS system colour (`Highlight`, `CanvasText`) resolves to on the page right now. */
export function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/**
 * Fonts for tests that measure heights: the same files in every engine (Debian's fonts-liberation
 * and fonts-dejavu-core, which .ci/run installs), because each engine picks its own default font
 * (here Chromium's is Liberation Serif, Firefox's and WebKit's DejaVu Serif) and text that wraps
 * differently changes a height by whole lines. `serif` is Times New Roman's metrics, most
 * browsers' default font; `sans` is what `system-ui, sans-serif` gives on Linux, the font the
 * heights reserved in mrt-widgets.css and by the career profile were measured in.
 */
export const TEST_FONTS = { serif: "'Liberation Serif', 'Times New Roman'", sans: "'DejaVu Sans'" } as const;

/**
 * How far a height reserved in px (mrt-widgets.css, the career profile's placeholder: measured in
 * Chromium in `TEST_FONTS.sans`) may be from the rendered height in this engine, in the same font
 * at the same width. The engines lay out the same font file slightly differently (measured at
 * 600 px, six elements of 248–2,413 px): Firefox's lines come out a fraction of a pixel taller
 * (+0.1 to +3.2 px, the most on the longest elements; +6.5 px for all six one above the other); WebKitGTK's come out as whole pixels and
 * about 1 % shorter (−1.5 to −26.5 px). The README says the reservation is approximate there.
 */
export function reservedSlack(height: number): number {
  if (ENGINE === 'Firefox') return Math.max(4, height * 0.002);
  if (ENGINE === 'WebKit') return Math.max(2, height * 0.015);
  return 2;
}

/**
 * Renders `tag` at `width` px in `font` with a `src` that answers after `ms`, and
 * measures its height while loading (after `whileLoading` has looked at it)
 * and once loaded.
 */
export async function heightsAcrossLoad(
  tag: string,
  width: number,
  ms: number,
  whileLoading?: (el: HTMLElement) => void,
  font: string = TEST_FONTS.serif,
): Promise<{ el: HTMLElement; loading: number; loaded: number }> {
  const wrapper = await fixture(html`<div style="width: ${width}px; font-family: ${font}"></div>`);
  const el = document.createElement(tag);
  el.setAttribute('src', `/fixtures/slow?ms=${ms}`);
  wrapper.append(el);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  whileLoading?.(el);
  const loading = el.getBoundingClientRect().height;
  await settled(el);
  return { el, loading, loaded: el.getBoundingClientRect().height };
}

/** The engine this test page runs in: the tests run in Chromium, Firefox and WebKit (see scripts/browsers.mjs). */
export const ENGINE: 'Chromium' | 'Firefox' | 'WebKit' = /Firefox\//.test(navigator.userAgent)
  ? 'Firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'Chromium'
    : 'WebKit';

/**
 * What the test runner cannot make an engine do, and why: the browsers themselves
 * support these features (a reader's settings switch them); only their automation
 * lacks the switch. Chromium has them all, through the DevTools protocol.
 */
const MISSING = {
  'forced-colours emulation': {
    Firefox: "Firefox's WebDriver BiDi has no forced-colours emulation",
    WebKit: 'classic WebDriver has no forced-colours emulation',
  },
  'media emulation': {
    Firefox: "Firefox's WebDriver BiDi has no media emulation",
    WebKit: 'classic WebDriver has no media emulation',
  },
  'viewport emulation': {
    WebKit: 'classic WebDriver sizes the window, not the viewport',
  },
  'accessibility tree': {
    Firefox: "Firefox's WebDriver BiDi gives no accessibility tree",
    WebKit: 'classic WebDriver gives no accessibility tree',
  },
  'page inspection': {
    WebKit: 'classic WebDriver cannot read a sandboxed frame or take a clipped screenshot',
  },
} as const satisfies Record<string, Partial<Record<typeof ENGINE, string>>>;

export type Automation = keyof typeof MISSING;

/** Whether the runner can drive `feature` in this engine. */
export const canEmulate = (feature: Automation): boolean =>
  !(MISSING[feature] as Partial<Record<typeof ENGINE, string>>)[ENGINE];

/**
 * `it` for a test that needs an automation feature: it runs in every engine that
 * has the feature; elsewhere it is skipped, visibly, with the reason in its name.
 */
export function itWith(feature: Automation, title: string, fn: Mocha.AsyncFunc): void {
  const reason = (MISSING[feature] as Partial<Record<typeof ENGINE, string>>)[ENGINE];
  if (reason) it.skip(`${title} [skipped in ${ENGINE}: ${reason}]`, fn);
  else it(title, fn);
}
