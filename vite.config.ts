import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { defineConfig } from 'vite';
import type { Plugin, UserConfig } from 'vite';
import { formatProblem, parseProfile } from './src/data/parse.js';
import { shrinkCss } from './src/internal/markup.js';
import { integrity } from './scripts/integrity.mjs';

/**
 * Shrinks the text inside our own templates for the CDN file: indentation goes
 * (only template literals hold raw newlines, and in HTML and CSS a newline is
 * whitespace like any other), line breaks between two tags go, and css``
 * blocks lose comments, the spaces around their punctuation and the zeros before a decimal point. Output renders
 * the same (the tests run on the built file too); measured: -0.3 kB min+gzip.
 */
const minifyTemplates: Plugin = {
  name: 'mrt-minify-templates',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    return {
      code: code
        .replace(/\bcss`([^`]*)`/g, (_, block: string) => `css\`${shrinkCss(block)}\``)
        .replace(/\n[ \t]+/g, '\n')
        // Between two tags a line break is collapsible white space; our templates never rely on it.
        .replace(/>\n</g, '><'),
      map: null,
    };
  },
};

/** Emits src/cdn.css as dist/cdn/mrt-widgets.css, the stylesheet that keeps the elements' space until they are defined. */
const cdnStylesheet: Plugin = {
  name: 'mrt-cdn-stylesheet',
  async generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'mrt-widgets.css', source: await readFile('src/cdn.css', 'utf8') });
  },
};

/**
 * An element's own module registers its tag when imported (`define(...)` at its end), so it keeps
 * that side effect even when nothing is imported from it: the career profile imports its four
 * parts that way. (package.json's `sideEffects` names the dist/ files; this says the same of src/.)
 */
const elementModules: Plugin = {
  name: 'mrt-element-modules-register',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && /\/src\/components\/([^/]+)\/\1\.ts$/.test(resolved.id) ? { ...resolved, moduleSideEffects: true } : null;
  },
};

/**
 * The CDN file holds its built-in profile as the checker reads it: checked here, at build time
 * (the build stops on any problem), so the file shows it without loading the reader below.
 */
const checkedProfiles: Plugin = {
  name: 'mrt-checked-profiles',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/data\/[^/]+\.json$/.test(id)) return null;
    const { profile, problems } = parseProfile(JSON.parse(code));
    if (!profile || problems.length) this.error(`${id} does not pass the profile checker:\n${problems.map(formatProblem).join('\n')}`);
    return { code: JSON.stringify(profile), map: null };
  },
};

/**
 * The CDN file shows its default profile as checked when it was built, and loads the reader of
 * data a page brings (read-profile.ts with the profile checker) on first use: reader.ts becomes
 * reader.cdn.ts, whose `import()` of it makes a chunk. See docs/decisions/0006-cdn-reader-on-first-use.md.
 */
const readerOnFirstUse: Plugin = {
  name: 'mrt-reader-on-first-use',
  enforce: 'pre',
  resolveId(source, importer) {
    return source === './reader.js' && importer?.endsWith('/src/internal/profile-controller.ts')
      ? fileURLToPath(new URL('./src/internal/reader.cdn.ts', import.meta.url))
      : null;
  },
};

/**
 * Put before each CDN file that imports another: `$mrtLoad(spec, ...deps)`, an `import()` of `spec`
 * beside this file with this file's query, whose failure names the address; `deps`, the files that
 * one imports in turn, are requested at the same moment, so they arrive beside it instead of one
 * round trip after it (their own failures are the importing file's to report, through its import
 * of them).
 */
const LOADER =
  'const $mrtBeside=(s)=>new URL(s+new URL(import.meta.url).search,import.meta.url).href,' +
  '$mrtLoad=(s,...d)=>{d.forEach((x)=>import($mrtBeside(x)).catch(()=>{}));const u=$mrtBeside(s);' +
  'return import(u).catch((e)=>{throw String(e).includes(u)?e:new TypeError(`${e?.message} ${u}`)})};\n';

/**
 * What the CDN file loads on first use (the reader, the Spanish text, the state map's drawing) is
 * the bundler's own chunks, with one change made here: every import between the files carries the
 * query of the file that imports, so a page that loads `mrt-widgets.js?ver=3` loads
 * `read-profile-<hash>.js?ver=3`, and that chunk's import of the shared code is
 * `mrt-widgets.js?ver=3` again: the same module, not a second copy of every element (a plain
 * relative import drops the query). A chunk's static imports become a top-level `await import()`
 * for that; every `import()` names the address it failed on (WebKit's message names none, and the
 * person fixing the page needs it). Any other import between the files stops the build, and so
 * does a chunk the main file imports statically (a second request before anything renders).
 * See docs/decisions/0014-cdn-chunks.md.
 */
const chunksCarryQuery: Plugin = {
  name: 'mrt-chunks-carry-query',
  renderChunk(code, chunk, _options, meta) {
    const file = String.raw`\.\/[\w.~{}!-]+\.js`;
    /** The chunks `name` imports statically, and theirs, but not the main file (it is here already). */
    const deps = (name: string, found = new Set<string>()): Set<string> => {
      for (const dep of meta.chunks[name]?.imports ?? []) {
        if (meta.chunks[dep]?.isEntry || found.has(dep)) continue;
        found.add(dep);
        deps(dep, found);
      }
      return found;
    };
    const load = (spec: string): string => `$mrtLoad(${[spec, ...deps(spec.slice(2))].map((s) => JSON.stringify(s.startsWith('./') ? s : `./${s}`)).join(',')})`;
    let out = code.replace(new RegExp(String.raw`\bimport\((["'\`])(${file})\1\)`, 'g'), (_, _q: string, spec: string) => load(spec));
    if (!chunk.isEntry) {
      out = out.replace(
        new RegExp(String.raw`^import\s*(?:\{([^}]*)\}|\*\s*as\s+([\w$]+))\s*from\s*(["'\`])(${file})\3;?$`, 'gm'),
        (_, names: string | undefined, namespace: string | undefined, _q: string, spec: string) =>
          `const ${namespace ?? `{${names!.replace(/\s+as\s+/g, ':')}}`}=await ${load(spec)};`,
      );
    }
    if (out !== code) out = LOADER + out;
    const left = /^\s*(?:import|export)\b[^;(]*?["'`]\.{1,2}\//m.exec(out);
    if (left) this.error(`${chunk.fileName}: an import between the CDN files that cannot carry the query: ${out.slice(left.index, left.index + 100)}`);
    return { code: out, map: null };
  },
};

/**
 * Terser over rolldown's minified output, on the CDN files only: it finds what the first pass left
 * (about 120 B min+gzip on the main file, measured; terser alone was larger than rolldown's
 * minifier). Decision 0005 (revisited in 0014) has the numbers.
 */
const secondMinifierPass: Plugin = {
  name: 'mrt-second-minifier-pass',
  async renderChunk(code) {
    const out = await minify(code, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
    return { code: out.code!, map: null };
  },
};

const shim = (name: string): string => fileURLToPath(new URL(`./build/shims/${name}.js`, import.meta.url));

/** The CDN file's numeric subsets of d3 (docs/decisions/0002-cdn-bundle-numeric-d3.md). */
const cdnResolve = {
  alias: [
    { find: 'd3-scale', replacement: shim('d3-scale') },
    { find: 'd3-shape', replacement: shim('d3-shape') },
  ],
};

/**
 * The embed page as it is written (embed/index.html and embed/embed.css), copied to dist/embed/:
 * it loads ./embed.css and ./embed.js as a plain stylesheet and a classic script, with no
 * `crossorigin`, so they load in a sandboxed iframe (an opaque origin) from any static host.
 * Vite's own HTML pipeline would make the script a module and mark both `crossorigin`, which such a
 * frame may only load from a host that sends CORS headers.
 */
const embedPageAsWritten: Plugin = {
  name: 'mrt-embed-page-as-written',
  async generateBundle() {
    for (const file of ['index.html', 'embed.css']) {
      this.emitFile({ type: 'asset', fileName: file, source: await readFile(new URL(`./embed/${file}`, import.meta.url), 'utf8') });
    }
  },
};

/** `vite build --mode embed`: the snippet builder and the embed page in dist/embed/ (its script: `--mode embed-script`). */
const embed = {
  plugins: [embedPageAsWritten],
  root: fileURLToPath(new URL('./embed/', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('./dist/embed/', import.meta.url)),
    // After embed.js and resize.js (scripts/build.mjs), whose hashes it carries: keep them.
    emptyOutDir: false,
    target: 'es2022',
    rolldownOptions: {
      input: { builder: 'embed/builder.html' },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name].js', assetFileNames: '[name][extname]' },
    },
  },
};

/**
 * `vite build --mode embed-script`: dist/embed/embed.js, the embed page's one classic script:
 * every element, the default profile as checked at build time (as in the CDN file), the reader of
 * other data, and the page's own code. A classic script loads where a module may not (a sandboxed
 * iframe on a host without CORS headers); its built-in profiles still load from ../../data/.
 */
const embedScript = {
  plugins: [elementModules, minifyTemplates, checkedProfiles],
  resolve: cdnResolve,
  // A classic script has no import.meta: its address is its own <script>'s, read while it first runs
  // (where the profile controller reads it, to find ../../data/); else the page's embed.js.
  define: { 'import.meta.url': "(document.currentScript?.src || new URL('embed.js', document.baseURI).href)" },
  build: {
    outDir: 'dist/embed',
    emptyOutDir: false,
    target: 'es2022',
    lib: { entry: 'src/embed/embed.ts', formats: ['iife' as const], name: 'mrtWidgetsEmbed', fileName: () => 'embed.js' },
    // One file: a classic script cannot import chunks (the Spanish text is inside).
    rolldownOptions: { output: { minify: true, comments: false, inlineDynamicImports: true } },
  },
};

/** `vite build --mode resize`: dist/embed/resize.js, a classic script for the host page. */
const resize = {
  build: {
    outDir: 'dist/embed',
    emptyOutDir: false,
    target: 'es2022',
    // Vite requires a name for an IIFE; the script exports nothing, so it is never assigned. Not
    // the name of the script's own registry (window.mrtWidgetsResize).
    lib: { entry: 'src/embed/resize-script.ts', formats: ['iife' as const], name: 'mrtWidgetsResizeScript', fileName: () => 'resize.js' },
    rolldownOptions: { output: { minify: true } },
  },
};

/**
 * `vite build --mode cdn`: one minified module for a script tag that registers every element and
 * holds the default profile, and its stylesheet.
 */
const cdn = {
  plugins: [elementModules, minifyTemplates, cdnStylesheet, checkedProfiles, readerOnFirstUse, chunksCarryQuery, secondMinifierPass],
  resolve: cdnResolve,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'mrt-widgets.js' },
    // Vite 8.3 library mode keeps whitespace with `build.minify: true` (measured);
    // rolldown's own output minifier does minify. No comments: the bundlers' /* @__PURE__ */
    // notes are of no use in a file nobody bundles again (-42 B min+gzip). What loads on first use
    // (the Spanish text) is a chunk beside the file, named by its content: a page that loads a new
    // mrt-widgets.js (?ver=…) can never get an old chunk from a cache.
    rolldownOptions: {
      // The chunks import what they share with the main file from it: it may export more than src/cdn.ts names.
      preserveEntrySignatures: 'allow-extension',
      output: { minify: true, comments: false, chunkFileNames: '[name]-[hash].js' },
    },
  },
};

/** `vite build`: the npm package (ES modules; lit and d3 stay imports). */
const npmPackage = {
  plugins: [elementModules],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        'salary-card': 'src/salary-card.ts',
        'salary-range': 'src/salary-range.ts',
        'outlook-gauge': 'src/outlook-gauge.ts',
        'career-path': 'src/career-path.ts',
        'state-wages': 'src/state-wages.ts',
        'career-profile': 'src/career-profile.ts',
        data: 'src/data.ts',
        // React wrappers (@lit/react); react and @lit/react stay imports.
        react: 'src/react.ts',
        // Node only: the importer and its command. Never imported by the browser entries.
        'import/index': 'src/import/index.ts',
        'import/cli': 'src/import/cli.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^react(\/|$)/, /^d3-/, /^node:/, /^read-excel-file/, /^csv-parse(\/|$)/],
      // One file per source module, so `sideEffects` can name exactly the files that register elements.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
};

const configs: Record<string, UserConfig> = { cdn, embed, 'embed-script': embedScript, resize };

export default defineConfig(({ mode }) => {
  if (mode === 'production' || mode === 'development') return npmPackage;
  // The builder's snippets carry the package's version and the integrity hashes of the files they
  // load, built before it (scripts/build.mjs): src/embed/builder.ts reads them.
  if (mode === 'embed') {
    const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
    return { ...embed, define: { __MRT_VERSION__: JSON.stringify(version), __MRT_INTEGRITY__: JSON.stringify(integrity()) } };
  }
  if (!Object.hasOwn(configs, mode)) throw new Error(`vite.config.ts: no build mode "${mode}" (cdn, embed, embed-script, resize, or none for the npm package)`);
  return configs[mode];
});
