// Visual regression: screenshots of demo scenarios (demo/scenarios.ts, served by the demo's dev
// server as `?scenario=NAME`) in Debian's Chromium, compared with committed PNGs in
// test/visual/baselines/ by pixelmatch. What keeps the pictures the same from run to run: the page
// font is Inter from @fontsource/inter (inlined as data: URLs, so no request can be late), with
// DejaVu Sans (which .ci/run installs) for any character Inter lacks; reduced motion and no CSS
// animations or transitions; device scale factor 1; a fixed viewport; one element per picture; and a
// picture is only taken once the element has drawn (no placeholder left, fonts loaded) and two
// shots in a row are the same.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from '../../scripts/chromium.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';

export const BASELINES = 'test/visual/baselines';
export const DIFFS = '.cache/visual';
export const BROWSER_FILE = `${BASELINES}/browser.json`;

/** Each element's default scenario, plus the Spanish and the right-to-left page. */
export const SCENARIOS = ['card-default', 'range-default', 'gauge-default', 'path-default', 'states-top', 'profile-default', 'card-spanish', 'card-rtl'];
export const WIDTHS = [320, 600, 1200];
export const THEMES = ['light', 'dark'];
const HEIGHT = 900;

/** pixelmatch's per-pixel colour threshold (0–1), and the share of the picture allowed to differ. */
export const THRESHOLD = 0.1;
export const MAX_DIFF_SHARE = 0.001;

/** Every picture: `{ name, scenario, width, theme }`, named `card-default-320-light`. */
export const SHOTS = SCENARIOS.flatMap((scenario) =>
  WIDTHS.flatMap((width) => THEMES.map((theme) => ({ name: `${scenario}-${width}-${theme}`, scenario, width, theme }))),
);

const FONT_FAMILY = 'mrt-visual-inter';
const FONT_FILES = ['400', '400-italic', '500', '600', '700'];

/**
 * The test stylesheet: @fontsource/inter's Latin and Latin Extended faces (the ones English and
 * Spanish need) with their files inlined, set as the page's font; no animation or transition in the
 * page's own DOM (inside the elements, reduced motion turns them off).
 */
export function testCss() {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@fontsource/inter/package.json'));
  const faces = FONT_FILES.flatMap((file) =>
    ['latin', 'latin-ext'].map((subset) =>
      readFileSync(join(root, `${subset}-${file}.css`), 'utf8')
        .replace(/font-family: 'Inter'/g, `font-family: '${FONT_FAMILY}'`)
        .replace(/font-display: swap/g, 'font-display: block')
        // Only the woff2 file, inlined.
        .replace(/src: url\(\.\/files\/([\w-]+\.woff2)\) format\('woff2'\)[^;]*;/g, (_m, name) => {
          const data = readFileSync(join(root, 'files', name)).toString('base64');
          return `src: url(data:font/woff2;base64,${data}) format('woff2');`;
        }),
    ),
  );
  return `${faces.join('\n')}
:root, body { font-family: '${FONT_FAMILY}', 'DejaVu Sans', sans-serif !important; }
*, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }
`;
}

/** A port nothing listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the demo server and Chromium, and loads every chosen scenario once (the dev server bundles
 * dependencies on first use and may reload the page then). Returns `{ shoot, version, close }`.
 */
export async function startVisual() {
  const server = await startDemoServer(await freePort());
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS }).catch((error) => {
    server.stop();
    throw error;
  });
  const close = async () => {
    await browser.close();
    server.stop();
  };
  try {
    if (!(await fetch(server.base)).ok) throw new Error(`the demo server did not answer at ${server.base}`);
    const css = testCss();
    const contexts = new Map();
    for (const theme of THEMES) {
      const context = await browser.newContext({
        viewport: { width: WIDTHS[0], height: HEIGHT },
        deviceScaleFactor: 1,
        colorScheme: theme,
        reducedMotion: 'reduce',
        forcedColors: 'none',
        locale: 'en-US',
        timezoneId: 'UTC',
      });
      // Added at document start, again on every load (a reload by the dev server too).
      await context.addInitScript((text) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, css);
      contexts.set(theme, await context.newPage());
    }
    const warm = contexts.get(THEMES[0]);
    for (const scenario of SCENARIOS) await load(warm, `${server.base}?scenario=${scenario}`, scenario);

    /**
     * The PNG of one shot's element. `extraCss`, when given, is added to the page first (the test
     * that a changed look is caught).
     */
    const shoot = async (shot, { extraCss } = {}) => {
      const page = contexts.get(shot.theme);
      await page.setViewportSize({ width: shot.width, height: HEIGHT });
      const element = await load(page, `${server.base}?scenario=${shot.scenario}`, shot.scenario);
      if (extraCss) {
        await page.addStyleTag({ content: extraCss });
        await settle(page, shot.scenario);
      }
      return stableScreenshot(element);
    };
    return { shoot, version: browser.version(), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Opens a scenario and waits until its element has drawn; returns the element's locator. */
async function load(page, url, scenario) {
  await page.goto(url, { waitUntil: 'load' });
  await settle(page, scenario);
  return page.locator(`#${scenario} .frame > *`).first();
}

/**
 * Waits until the scenario's element and every element inside it have updated, none shows a
 * `.placeholder` (data, strings or a chunk still loading), and every font face has loaded.
 */
async function settle(page, scenario) {
  const state = await page.evaluate(async (id) => {
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    const deadline = performance.now() + 10_000;
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    while (performance.now() < deadline) {
      const host = document.querySelector(`#${id} .frame > *`);
      if (host) {
        await customElements.whenDefined(host.localName);
        const tree = [host, ...all(host.shadowRoot ?? host)];
        await Promise.all(tree.map((el) => el.updateComplete));
        await Promise.all([...document.fonts].map((face) => face.load().catch(() => undefined)));
        await document.fonts.ready;
        if (!tree.some((el) => el.matches('.placeholder'))) return 'drawn';
      }
      await sleep(50);
    }
    return document.querySelector(`#${id} .frame > *`) ? 'placeholder' : 'missing';
  }, scenario);
  if (state === 'missing') throw new Error(`scenario ${scenario}: no element on the demo page (is it in demo/scenarios.ts?)`);
  if (state === 'placeholder') throw new Error(`scenario ${scenario}: still shows a placeholder after 10 s`);
  // Two frames, so that what was laid out last is painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Screenshots until two in a row are the same (at most 5). */
async function stableScreenshot(element) {
  let last = await element.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
  for (let i = 0; i < 4; i++) {
    const next = await element.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
    if (next.equals(last)) return next;
    last = next;
  }
  throw new Error('the element kept changing: 5 screenshots in a row differ');
}

/** The RGBA image `png`, placed top-left on a `width` × `height` canvas of opaque magenta. */
function padded(png, width, height) {
  if (png.width === width && png.height === height) return png.data;
  const out = Buffer.alloc(width * height * 4);
  for (let i = 0; i < out.length; i += 4) out.set([255, 0, 255, 255], i);
  for (let y = 0; y < png.height; y++) png.data.copy(out, y * width * 4, y * png.width * 4, (y + 1) * png.width * 4);
  return out;
}

/**
 * Compares a PNG with `name`'s baseline. Returns `{ ok, reason }`; when they differ, the picture
 * taken and the diff (changed pixels red over a faded baseline) are written to .cache/visual/ and
 * their paths given as `actualPath` and `diffPath` (named after `as`, by default `name`).
 */
export function compare(name, actual, { as = name } = {}) {
  const baselinePath = `${BASELINES}/${name}.png`;
  mkdirSync(DIFFS, { recursive: true });
  const actualPath = `${DIFFS}/${as}.actual.png`;
  if (!existsSync(baselinePath)) {
    writeFileSync(actualPath, actual);
    return { ok: false, reason: `no baseline ${baselinePath}`, actualPath };
  }
  const a = PNG.sync.read(readFileSync(baselinePath));
  const b = PNG.sync.read(actual);
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  const diff = new PNG({ width, height });
  const changed = pixelmatch(padded(a, width, height), padded(b, width, height), diff.data, width, height, { threshold: THRESHOLD });
  const allowed = Math.floor(width * height * MAX_DIFF_SHARE);
  const sameSize = a.width === b.width && a.height === b.height;
  if (sameSize && changed <= allowed) return { ok: true, changed, allowed };
  const diffPath = `${DIFFS}/${as}.diff.png`;
  writeFileSync(diffPath, PNG.sync.write(diff));
  writeFileSync(actualPath, actual);
  const size = sameSize ? '' : `size ${b.width}×${b.height}, baseline ${a.width}×${a.height}; `;
  return { ok: false, changed, allowed, diffPath, actualPath, reason: `${size}${changed} pixels differ (${allowed} allowed)` };
}

/** The Chromium version the baselines were made with, or undefined. */
export function baselineVersion() {
  try {
    return JSON.parse(readFileSync(BROWSER_FILE, 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** Writes a baseline and browser.json (update mode). */
export function writeBaseline(name, png, version) {
  mkdirSync(BASELINES, { recursive: true });
  writeFileSync(`${BASELINES}/${name}.png`, png);
  const require = createRequire(import.meta.url);
  const font = `@fontsource/inter@${require('@fontsource/inter/package.json').version}`;
  writeFileSync(BROWSER_FILE, `${JSON.stringify({ browser: 'chromium', version, font }, null, 2)}\n`);
}
