// The framework fixture apps in test/frameworks/ (React 19 with plain tags, React 18 with
// mrt-widgets/react, Svelte 5, Vue 3), built with the repository's Vite into each one's dist/, where
// test/frameworks/frameworks.test.ts opens them. `mrt-widgets` resolves to this repository's
// build, entry by entry as package.json `exports` names them, so run after scripts/build.mjs.
// React 18 cannot share node_modules with React 19: test/frameworks/react18 installs its own
// from its committed lockfile (`npm ci`), only when that lockfile changed since the last install.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { compile } from 'svelte/compiler';
import { build } from 'vite';

const repo = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${repo}package.json`, 'utf8'));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `mrt-widgets/…` → the file its `exports` entry names (the browser's, `default`). */
const alias = Object.entries(pkg.exports)
  .map(([key, target]) => [key.replace(/^\./, 'mrt-widgets'), typeof target === 'string' ? target : target.default])
  .filter(([key, target]) => target && !key.includes('*'))
  .map(([key, target]) => ({ find: new RegExp(`^${escape(key)}$`), replacement: `${repo}${target.slice(2)}` }));

/** Installs a fixture's own dependencies from its lockfile unless node_modules already matches it. */
function install(dir) {
  const lock = `${dir}/package-lock.json`;
  const installed = `${dir}/node_modules/.package-lock.json`;
  const wanted = JSON.parse(readFileSync(lock, 'utf8')).packages;
  if (existsSync(installed)) {
    const have = JSON.parse(readFileSync(installed, 'utf8')).packages;
    const same = Object.entries(wanted).every(([path, p]) => path === '' || have[path]?.version === p.version);
    if (same) return;
  }
  const started = Date.now();
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir, stdio: 'inherit' });
  console.log(`installed ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Svelte components compiled by Svelte's own compiler: all a fixture needs of a Svelte plugin
 * (no hot reload, no CSS extraction), and one package fewer than @sveltejs/vite-plugin-svelte.
 */
const svelte = {
  name: 'fixture-svelte',
  transform(code, id) {
    if (!id.endsWith('.svelte')) return null;
    return compile(code, { filename: id, generate: 'client' }).js;
  },
};

const fixtures = [
  { name: 'react19', plugins: [] },
  { name: 'react18', plugins: [], own: true },
  // The Vue recipe: tags that start with mrt- are custom elements, not Vue components.
  { name: 'svelte', plugins: [svelte], conditions: ['svelte', 'browser'] },
  { name: 'vue', plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mrt-') } } })] },
];

for (const { name, plugins, own, conditions } of fixtures) {
  const root = `${repo}test/frameworks/${name}`;
  if (own) install(root);
  await build({
    root,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins,
    // One React, the fixture's own where it has one (react18), for the app and for @lit/react alike.
    resolve: { alias, dedupe: ['react', 'react-dom'], ...(conditions ? { conditions } : {}) },
    oxc: { jsx: { runtime: 'automatic' } },
    build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', minify: false },
  });
}
console.log(`built ${fixtures.map((f) => `test/frameworks/${f.name}/dist/`).join(', ')}`);
