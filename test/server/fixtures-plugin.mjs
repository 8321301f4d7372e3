/**
 * Test-server helpers.
 *
 * fixturesMiddleware: routes for loading tests
 * - /fixtures/slow?ms=N    answers the default profile after N milliseconds
 * - /fixtures/status/N     answers with HTTP status N
 * - /fixtures/broken.json  answers text that is not JSON
 * - /fixtures/late-N/mrt-widgets.js  the CDN file after N ms, the chunks beside it (/fixtures/late-N/FILE) at once
 * - /fixtures/slow-reader/mrt-widgets.js?ms=N  the CDN file and its reader's chunks (same folder, same query), the reader
 *   answering after N ms; not the other chunks (the Spanish text answers 404);
 *   with ?gate=NAME instead, the reader answers once GET /fixtures/open-gate?name=NAME has been asked
 *   (for tests whose point is the order of events, which a delay cannot promise on a busy machine)
 * - /fixtures/no-chunks/mrt-widgets.js  the CDN file without its chunks beside it (each answers 404)
 * - /fixtures/slow-chunks-N/FILE  dist/cdn/FILE, the chunks it loads on first use (strings-es-…) after N ms
 * - /fixtures/late-chunks-N/FILE   dist/cdn/FILE, every chunk (not mrt-widgets.js) after N ms
 * - /fixtures/matrix-cases?sample=pairwise|chosen  the host-page matrix's cases (test/hosts/matrix-cases.mjs);
 *   `chosen` is the sample MRT_MATRIX names (triples, or full by default)
 * - any URL with ?csp (or &csp): served with the strict Content-Security-Policy
 *   of SPEC.md, Trusted Types enforced, violations reported to /fixtures/csp-report;
 *   GET /fixtures/csp-reports lists the asking browser's (and empties its list)
 *
 * jsonModulesPlugin: `import x from './file.json'` gets a JS module, while a
 * fetch() of the same file (as `src` does) still gets the JSON itself.
 *
 * forcedColorsPlugin: server command `emulate-forced-colors`.
 *
 * sameTextPlugin: server command `same-text` ({ key, text }): answers the text the first engine
 * of this run gave for `key`, and which engine that was, so every engine can check it reads the same.
 */
import { readFile } from 'node:fs/promises';
import { DIMENSIONS, matrixCases } from '../hosts/matrix-cases.mjs';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; report-uri /fixtures/csp-report";
// Reports per browser (by User-Agent): the three engines run at once against this one server, and
// one engine's test must neither see nor empty another's reports.
const cspReports = new Map();
const reportsOf = (ctx) => {
  const ua = ctx.get('user-agent');
  if (!cspReports.has(ua)) cspReports.set(ua, []);
  return cspReports.get(ua);
};
const gates = new Map();
/** A gate by name: `opened` settles once `open()` has been called (before or after anyone waits). */
function gate(name) {
  let g = gates.get(name);
  if (!g) {
    let open;
    const opened = new Promise((resolve) => (open = resolve));
    g = { opened, open };
    gates.set(name, g);
  }
  return g;
}

export async function fixturesMiddleware(ctx, next) {
  const slowChunks = ctx.path.match(/^\/fixtures\/(slow|late)-chunks-(\d+)\/([\w.-]+\.js)$/);
  if (slowChunks) {
    const [, which, ms, file] = slowChunks;
    if (which === 'slow' ? file.startsWith('strings-') : file !== 'mrt-widgets.js') await new Promise((resolve) => setTimeout(resolve, Number(ms)));
    ctx.type = 'text/javascript';
    ctx.body = await readFile(`dist/cdn/${file}`, 'utf8');
    return;
  }
  // A built file's bytes as they are on disk (the server rewrites the JavaScript it serves), for
  // tests that hash them: /fixtures/raw?path=dist/cdn/mrt-widgets.js.
  if (ctx.path === '/fixtures/raw') {
    const path = String(ctx.query.path);
    if (!/^dist\/[\w/.-]+$/.test(path) || path.includes('..')) {
      ctx.status = 400;
      return;
    }
    ctx.type = 'application/octet-stream';
    ctx.body = await readFile(path);
    return;
  }
  if (ctx.path === '/fixtures/matrix-cases') {
    ctx.type = 'application/json';
    const sample = ctx.query.sample === 'chosen' ? (process.env.MRT_MATRIX ?? 'full') : ctx.query.sample;
    ctx.body = JSON.stringify({ dimensions: DIMENSIONS, cases: matrixCases(sample) });
    return;
  }
  if (ctx.path === '/fixtures/csp-report') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    reportsOf(ctx).push(JSON.parse(body || '{}'));
    ctx.status = 204;
    return;
  }
  if (ctx.path === '/fixtures/csp-reports') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(reportsOf(ctx).splice(0));
    return;
  }
  if (ctx.path === '/fixtures/open-gate') {
    gate(String(ctx.query.name)).open();
    ctx.status = 204;
    return;
  }
  if (/^\/fixtures\/slow-reader\/(mrt-widgets|(read-profile|states)-[\w-]{8})\.js$/.test(ctx.path)) {
    if (ctx.path.includes('/read-profile-')) {
      if (ctx.query.gate) await gate(String(ctx.query.gate)).opened;
      else await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 1000)));
    }
    ctx.type = 'text/javascript';
    ctx.body = await readFile(`dist/cdn/${ctx.path.split('/').pop()}`, 'utf8');
    return;
  }
  // The CDN file after N ms, its chunks beside it at once.
  const late = ctx.path.match(/^\/fixtures\/late-(\d+)\/([\w.-]+\.js)$/);
  if (late) {
    if (late[2] === 'mrt-widgets.js') await new Promise((resolve) => setTimeout(resolve, Number(late[1])));
    ctx.type = 'text/javascript';
    ctx.body = await readFile(`dist/cdn/${late[2]}`, 'utf8');
    return;
  }
  // The CDN file alone, as a host that copied it without its chunks serves it.
  if (ctx.path === '/fixtures/no-chunks/mrt-widgets.js') {
    ctx.type = 'text/javascript';
    ctx.body = await readFile('dist/cdn/mrt-widgets.js', 'utf8');
    return;
  }
  if ('csp' in ctx.query) {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.set('Cache-Control', 'no-store');
    return;
  }
  if (ctx.path === '/fixtures/slow') {
    const ms = Number(ctx.query.ms ?? 1000);
    await new Promise((resolve) => setTimeout(resolve, ms));
    ctx.type = 'application/json';
    ctx.body = await readFile('data/medical-records-technician.json', 'utf8');
    return;
  }
  if (ctx.path === '/fixtures/broken.json') {
    ctx.type = 'application/json';
    ctx.body = '{"id": "broken", "title": ';
    return;
  }
  const status = ctx.path.match(/^\/fixtures\/status\/(\d{3})$/);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = 'text/plain';
    ctx.body = 'fixture status';
    return;
  }
  await next();
}

// Imports get their own URL: the server caches responses by URL, so a fetch()
// of the plain URL must never receive the JS module (or the other way round).
const isModuleImport = (context) => context.path.endsWith('.json') && context.querystring === 'json-module';

export function jsonModulesPlugin() {
  return {
    name: 'mrt-json-modules',
    transformImport({ source }) {
      return source.endsWith('.json') ? `${source}?json-module` : undefined;
    },
    resolveMimeType(context) {
      return isModuleImport(context) ? 'js' : undefined;
    },
    transform(context) {
      return isModuleImport(context) ? { body: `export default ${context.body};` } : undefined;
    },
  };
}

/**
 * ({ value: 'active' | 'none' }). The runner's emulateMedia has no forced-colors
 * and Puppeteer's emulateMediaFeatures rejects it; the DevTools protocol takes
 * it. The CDP session stays open: detaching it would drop the emulation.
 */
export function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: 'mrt-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.value }] });
      return true;
    },
  };
}

/**
 * Server commands that look at a page as the reader's browser draws it (Chromium, through Puppeteer):
 * - `frame-text` ({ url }): the text of the first frame whose address contains `url`, shadow roots
 *   included, even when the test page cannot read it (a sandboxed frame has an opaque origin);
 * - `pixel` ({ x, y }): that point of the viewport as drawn, a 1 × 1 PNG in base64 (the test page
 *   decodes it with the browser's own image decoder).
 */
export function pagePlugin() {
  return {
    name: 'mrt-page',
    async executeCommand({ command, payload, session }) {
      if (command !== 'frame-text' && command !== 'pixel') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'frame-text') {
        const frame = page.frames().find((f) => f.url().includes(payload.url));
        if (!frame) return ''; // not there yet (null would read as an unknown command)
        return frame.evaluate(() => {
          const text = (node) =>
            node.shadowRoot ? text(node.shadowRoot) : node.nodeType === 3 ? node.textContent : [...node.childNodes].map(text).join(' ');
          return text(document.body).replace(/\s+/g, ' ').trim();
        });
      }
      return page.screenshot({ clip: { x: payload.x, y: payload.y, width: 1, height: 1 }, type: 'png', encoding: 'base64' });
    },
  };
}

export function sameTextPlugin() {
  const first = new Map();
  return {
    name: 'mrt-same-text',
    executeCommand({ command, payload, session }) {
      if (command !== 'same-text') return undefined;
      if (!first.has(payload.key)) first.set(payload.key, { engine: session.browser.name, text: payload.text });
      return first.get(payload.key);
    },
  };
}
