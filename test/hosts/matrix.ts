/**
 * The host-page matrix: every element, alone or in the career profile, on the pages people paste it
 * into (a root font size of 62.5 %, right-to-left, dark, forced colours, 200 % text), with data
 * unlike the built-in profiles, at widths from 280 to 1,200 px, in three kinds of font, English
 * and Spanish. The full product is thousands of cases; `npm test` runs a covering sample in which
 * every pair of values of any two dimensions appears at least once (covertable, fixed seed), and
 * `npm run test:matrix` runs the whole product.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { doc, loadAxe, nextFrames, openPage, pageSettled, win } from '../embed/pages.js';
import { itWith } from '../helpers.js';
import { brokenInvariants } from './invariants.js';
import { MATRIX_DATA } from './matrix-data.js';

/** One case: a value of each dimension (element, data, width, font, host, locale). */
export interface MatrixCase {
  element: string;
  data: string;
  width: string;
  font: string;
  host: string;
  locale: string;
}

/**
 * The dimensions and the cases of a sample, made in Node by test/hosts/matrix-cases.mjs:
 * `pairwise` (every pair of values of two dimensions at least once), or `chosen`, the one named
 * by MRT_MATRIX where the test runner started (`triples`, or `full` by default).
 */
export async function loadCases(sample: 'pairwise' | 'chosen'): Promise<{ dimensions: Record<keyof MatrixCase, string[]>; cases: MatrixCase[] }> {
  const response = await fetch(`/fixtures/matrix-cases?sample=${sample}`);
  return response.json();
}

const FONTS: Record<string, string> = {
  default: '',
  sans: 'font-family: "Liberation Sans", Arial, Helvetica, sans-serif;',
  wide: 'font-family: Verdana, "DejaVu Sans", sans-serif;',
};

/** The page around the element, as each kind of site writes it. */
const HOSTS: Record<string, { html: string; css: string; theme?: string }> = {
  plain: { html: 'lang="en"', css: 'body { margin: 8px; }' },
  'root-62.5%': { html: 'lang="en"', css: 'html { font-size: 62.5%; } body { font-size: 1.6rem; margin: 8px; }' },
  rtl: { html: 'lang="he" dir="rtl"', css: 'body { margin: 8px; }' },
  'dark-page': { html: 'lang="en"', css: 'html { color-scheme: dark; background: #121212; color: #eee; } body { margin: 8px; }', theme: 'dark' },
  'dark-system': { html: 'lang="en"', css: ':root { color-scheme: light dark; } body { margin: 8px; }', theme: 'auto' },
  'forced-colors': { html: 'lang="en"', css: 'body { margin: 8px; }' },
  'text-200%': { html: 'lang="en"', css: 'html { font-size: 200%; } body { margin: 8px; }' },
  // A theme's text styles that must not carry into a widget.
  'styled-text': {
    html: 'lang="en"',
    css: 'body { margin: 8px; text-transform: uppercase; letter-spacing: 0.3em; word-spacing: 1em; text-indent: 4em; white-space: nowrap; word-break: break-all; font-variant: small-caps; line-height: 2.5; }',
  },
};

export const caseName = (c: MatrixCase): string =>
  `${c.element} | data=${c.data} | ${c.width}px | font=${c.font} | host=${c.host} | ${c.locale}`;

/** The media emulation a case's host page needs, if any: forced colours, or a dark system setting. */
const emulationFor = (c: MatrixCase): 'forced-colors' | 'dark' | undefined =>
  c.host === 'forced-colors' ? 'forced-colors' : c.host === 'dark-system' ? 'dark' : undefined;

function hostPage(c: MatrixCase): string {
  const host = HOSTS[c.host];
  // A program page: a heading, a paragraph, the element in a column of the case's width.
  return `<!doctype html><html ${host.html}><head><meta charset="utf-8"><title>Program page</title>
<style>${host.css} body { ${FONTS[c.font]} } #column { width: ${c.width}px; }</style>
<script src="/test/hosts/probe.js"></script>
<script type="module" src="/dist/cdn/mrt-widgets.js"></script>
</head><body><main><h1>Health information programs</h1><p>Our certificate prepares you for the work below.</p>
<div id="column"></div></main></body></html>`;
}

/** Renders one case on its host page and checks every invariant; a failure names the case. */
export async function checkCase(c: MatrixCase): Promise<void> {
  const emulation = emulationFor(c);
  if (emulation === 'forced-colors') await executeServerCommand('emulate-forced-colors', { value: 'active' });
  if (emulation === 'dark') await emulateMedia({ colorScheme: 'dark' });
  const frame = await openPage('', { width: Number(c.width) + 40, height: 900, srcdoc: hostPage(c) });
  try {
    const d = doc(frame);
    const w = win(frame);
    await w.customElements.whenDefined(`mrt-${c.element}`);
    const el = d.createElement(`mrt-${c.element}`) as HTMLElement & { data?: unknown };
    const data = MATRIX_DATA[c.data];
    if (data.occupation) el.setAttribute('occupation', data.occupation);
    // The profile is made in the page's own realm, as a page's script would.
    if (data.data) el.data = w.JSON.parse(JSON.stringify(data.data));
    if (c.locale !== 'en') el.setAttribute('locale', c.locale);
    const theme = HOSTS[c.host].theme;
    if (theme) el.setAttribute('theme', theme);
    d.getElementById('column')!.append(el);
    await pageSettled(frame);
    await Promise.all(d.getAnimations().map((a) => a.finished.catch(() => undefined)));
    await nextFrames(3);
    const inheritedSize = parseFloat(w.getComputedStyle(d.getElementById('column')!).fontSize);
    const problems = brokenInvariants(el, { inheritedSize });
    const { violations } = await (await loadAxe(frame)).run(d, {});
    const axe = violations.map((v) => `${v.id}: ${(v.nodes as { target: unknown }[]).map((n) => JSON.stringify(n.target)).join(', ')}`);
    expect(Array.isArray(w.mrtErrors), 'the page records uncaught errors (probe.js)').to.equal(true);
    expect([...problems, ...axe.map((v) => `axe: ${v}`), ...w.mrtErrors!.map((e) => `uncaught: ${e}`)], caseName(c)).to.deep.equal([]);
  } finally {
    frame.remove();
    if (emulation === 'forced-colors') await executeServerCommand('emulate-forced-colors', { value: 'none' });
    if (emulation === 'dark') await emulateMedia({ colorScheme: 'light' });
  }
}

/**
 * One test per case of a sample, each named by its values. A case whose host needs an emulation
 * the engine's automation lacks is skipped there, with the reason in its name.
 */
export function describeMatrix(title: string, cases: MatrixCase[]): void {
  describe(title, () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));
    for (const c of cases) {
      const emulation = emulationFor(c);
      const feature = emulation === 'forced-colors' ? 'forced-colours emulation' : emulation === 'dark' ? 'media emulation' : undefined;
      if (feature) itWith(feature, caseName(c), () => checkCase(c));
      else it(caseName(c), () => checkCase(c));
    }
  });
}
