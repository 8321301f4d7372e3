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
  // Rules that match the element itself, as resets and CMS themes write them: they beat a :host rule.
  'star-rules': {
    html: 'lang="en"',
    css: 'body { margin: 8px; } * { margin: 0; padding: 0; box-sizing: content-box; white-space: nowrap; letter-spacing: 0.3em; text-transform: uppercase; line-height: 3; text-align: right; text-indent: 2em; color: #777; background: #fafafa; } main * { color: #333; }',
  },
  // Pages that size the element by its content, in a column of the case's width (--w): a flex
  // row beside an image, an auto-layout table beside a cell of text, a grid's auto column beside a
  // 1fr one, a fit-content box (as inline-block, float, absolute position and dialogs are), a
  // vertical page. Each must leave the element a usable width.
  'flex-item': {
    html: 'lang="en"',
    css: 'body { margin: 8px; } main #column { display: flex; gap: 8px; align-items: flex-start; } main #column::before { content: ""; flex: none; width: 40px; height: 40px; background: #999; }',
  },
  'table-cell': {
    html: 'lang="en"',
    css: 'body { margin: 8px; } main { max-width: var(--w); } main #column { display: table; width: auto; } main #column::before { content: "Program"; display: table-cell; padding-inline-end: 8px; }',
  },
  'grid-auto': {
    html: 'lang="en"',
    css: 'body { margin: 8px; } main #column { display: grid; grid-template-columns: auto 1fr; gap: 8px; } main #column::after { content: "Apply by May 1"; }',
  },
  'fit-content': {
    html: 'lang="en"',
    css: 'body { margin: 8px; } main { max-width: var(--w); } main #column { width: fit-content; max-width: 100%; border: 1px solid #999; }',
  },
  'vertical-page': {
    html: 'lang="ja"',
    css: 'body { margin: 8px; } main #column { writing-mode: vertical-rl; height: 900px; }',
  },
};

/**
 * The narrowest an element may be on a case's page, in px: half its column, or 20em (the width it
 * takes where the page sizes it by its content) if that is less. Narrower, it has collapsed.
 */
const collapseThreshold = (c: MatrixCase, em: number): number => Math.min(Number(c.width) / 2, 20 * em);

export const caseName = (c: MatrixCase): string =>
  `${c.element} | data=${c.data} | ${c.width}px | font=${c.font} | host=${c.host} | ${c.locale}`;

/** The media emulation a case's host page needs, if any: forced colours, or a dark system setting. */
const emulationFor = (c: MatrixCase): 'forced-colors' | 'dark' | undefined =>
  c.host === 'forced-colors' ? 'forced-colors' : c.host === 'dark-system' ? 'dark' : undefined;

function hostPage(c: MatrixCase): string {
  const host = HOSTS[c.host];
  // A program page: a heading, a paragraph, the element in a column of the case's width.
  return `<!doctype html><html ${host.html}><head><meta charset="utf-8"><title>Program page</title>
<style>:root { --w: ${c.width}px; } #column { width: var(--w); } ${host.css} body { ${FONTS[c.font]} }</style>
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
    // Until no animation runs: one may start a frame after another ends (a render after the data).
    for (let round = 0; round < 20; round++) {
      await nextFrames(2);
      const running = d.getAnimations().filter((a) => a.playState === 'running');
      if (!running.length) break;
      await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
    }
    const inheritedSize = parseFloat(w.getComputedStyle(d.getElementById('column')!).fontSize);
    const problems = brokenInvariants(el, { inheritedSize });
    const width = el.getBoundingClientRect().width;
    if (width < collapseThreshold(c, inheritedSize) - 1) problems.push(`collapsed: ${width.toFixed(0)} px wide in a ${c.width} px column`);
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
