// The package as npm publishes it (on the built dist/): publint and Are the Types Wrong? find no
// problem; `npm publish --dry-run` (the release checklist's step, docs/release.md) names the same
// files as the tarball; the tarball installs into a fresh folder, where every `exports` entry
// and the `mrt-widgets` command work; and it holds what the entries need and nothing else.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeEntries } from './entries.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'mrt-pack-'));
let files = [];
let tarball = '';

before(() => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], { encoding: 'utf8' }));
  files = packed.files.map((f) => f.path).sort();
  tarball = join(tmp, packed.filename);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

test('publint --strict finds no problem', () => {
  const run = spawnSync('node_modules/.bin/publint', ['--strict'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /All good!/);
});

test('Are the Types Wrong? finds no problem for an ES-module-only package', () => {
  // esm-only: the package has no CommonJS build (Node 20 and every bundler import it as ESM).
  const run = spawnSync('node_modules/.bin/attw', [tarball, '--profile', 'esm-only', '--format', 'ascii'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.doesNotMatch(run.stdout, /No types|Resolution failed.*\n.*bundler|Masquerading|FalseCJS|Internal resolution error/);
});

test('npm publish --dry-run publishes mrt-widgets at its version with the tarball’s files', () => {
  const run = spawnSync('npm', ['publish', '--dry-run'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const out = run.stdout + run.stderr;
  assert.match(out, new RegExp(`📦 +${pkg.name}@${pkg.version.replace(/\./g, '\\.')}`));
  assert.match(out, new RegExp(`total files: ${files.length}\\b`));
  assert.match(out, /\(dry-run\)/);
});

test('the tarball holds every file an entry names, and no tests, fixtures or sources', () => {
  const named = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  for (const path of named.filter((p) => !p.includes('*'))) assert.ok(files.includes(path.slice(2)), `${path} is not in the tarball`);
  assert.ok(files.includes('bin/mrt-widgets.js') && files.includes('data/medical-records-technician.json'));
  for (const dts of files.filter((f) => f.endsWith('.d.ts'))) {
    // Every relative import of a declaration file is in the tarball too.
    for (const [, spec] of readFileSync(dts, 'utf8').matchAll(/(?:from |import\()["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = join(dts, '..', spec).replace(/\.js$/, '.d.ts');
      assert.ok(files.includes(target), `${dts} imports ${spec}, which is not in the tarball`);
    }
  }
  assert.deepEqual(files.filter((f) => /^(test|src|scripts|demo|bench|embed|\.ci)\/|node_modules|\.test\.|\.tgz$/.test(f)), []);
  // Source maps carry their sources (the tarball has no src/).
  for (const map of files.filter((f) => f.endsWith('.map'))) {
    const { sources, sourcesContent } = JSON.parse(readFileSync(map, 'utf8'));
    assert.equal((sourcesContent ?? []).filter((s) => typeof s === 'string').length, sources.length, `${map} points at sources it does not carry`);
  }
});

test('installed from the tarball into a fresh folder, every entry imports and the command runs', { timeout: 240000 }, () => {
  const app = join(tmp, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'fresh-app', private: true, type: 'module' }));
  // react: the optional peer dependency of mrt-widgets/react.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', tarball, `react@${JSON.parse(readFileSync('node_modules/react/package.json', 'utf8')).version}`], { cwd: app, stdio: 'pipe' });
  const entries = codeEntries(pkg.exports).filter((e) => e !== 'mrt-widgets/cdn/mrt-widgets.js');
  const script = `
    for (const e of ${JSON.stringify(entries)}) await import(e);
    const manifest = (await import('mrt-widgets/custom-elements.json', { with: { type: 'json' } })).default;
    const profile = (await import('mrt-widgets/data/medical-records-technician.json', { with: { type: 'json' } })).default;
    const { parseProfile } = await import('mrt-widgets/data');
    console.log(manifest.modules.length, parseProfile(profile).problems.length);`;
  const run = spawnSync('node', ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^\d+ 0\n$/);
  assert.ok(existsSync(join(app, 'node_modules/mrt-widgets/types/jsx.d.ts')));
  // lit, the peer dependency, installed once, beside mrt-widgets.
  assert.ok(existsSync(join(app, 'node_modules/lit/package.json')));
  const cli = spawnSync(join(app, 'node_modules/.bin/mrt-widgets'), ['--help'], { cwd: app, encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stderr);
  assert.match(cli.stdout, /Usage/);
});
