// `mrt-widgets render` (dist/render/render.js and the command): every element, both built-in
// profiles, light and dark, English and Spanish, rendered as declarative shadow DOM, the same
// every time and as the committed snapshots (test/render/__snapshots__/). After a change in what
// the elements render, look at the difference and update them:
//   npm run test:snapshots   (node scripts/build.mjs && MRT_UPDATE_SNAPSHOTS=1 node --test test/render/render.test.mjs)
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, mock } from 'node:test';
import { cli } from '../import/run-cli.mjs';

const { RENDER_WIDGETS, renderWidget } = await import('../../dist/render/render.js');
const { hash, stampOf } = await import('../../dist/internal/prerendered.js');
const { VERSION } = await import('../../dist/internal/version.js');

const SNAPSHOTS = new URL('./__snapshots__/', import.meta.url);
const UPDATE = process.env.MRT_UPDATE_SNAPSHOTS === '1';
const OCCUPATIONS = ['medical-records-technician', 'medical-records-specialists'];
// The data-age note depends on the day: the snapshots are rendered on a fixed one.
const DAY = Date.UTC(2026, 10, 30, 12);

const cases = RENDER_WIDGETS.flatMap((widget) =>
  OCCUPATIONS.flatMap((occupation) =>
    ['light', 'dark'].flatMap((theme) =>
      [undefined, 'es'].map((locale) => ({
        widget,
        occupation,
        theme,
        locale,
      })),
    ),
  ),
);
// And one from a profile file, written inside the element (the browser test strips it, as an editor would).
cases.push({ widget: 'salary-card', theme: 'light', file: 'data/medical-records-specialists.json' });
const nameOf = ({ widget, occupation, theme, locale, file }) => `${widget}.${file ? 'profile-file' : occupation}.${theme}.${locale ?? 'en'}.html`;
/** renderWidget's options for a case: a file's text as the profile. */
const optionsOf = async ({ file, ...options }) => (file ? { ...options, profile: { text: await readFile(file, 'utf8'), what: file } } : options);

describe('renderWidget', () => {
  it('VERSION is package.json version (the stamp carries it)', async () => {
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.equal(VERSION, version);
  });

  it(`renders each of ${cases.length} cases the same twice, and as its snapshot`, async () => {
    mock.timers.enable({ apis: ['Date'], now: DAY });
    try {
      for (const one of cases) {
        const name = nameOf(one);
        const options = await optionsOf(one);
        const { html } = await renderWidget(options);
        assert.equal((await renderWidget(options)).html, html, `${name}: deterministic`);
        const tag = `mrt-${options.widget}`;
        assert.ok(html.startsWith(`<${tag} `) && html.endsWith(`</${tag}>\n`), `${name}: one element`);
        if (/outlook-gauge|career-profile/.test(options.widget)) assert.match(html, /part="meter" role="meter"\s/, `${name}: the meter's role`);
        assert.match(html, /^<[^>]+ data-mrt-rendered="0\.\d+\.\d+ [0-9a-z]+( inline)?"><template shadowrootmode="open"><style>/, name);
        assert.doesNotMatch(html, /lit-part|lit-node|<\?|defer-hydration|checked="false"|class="[^"]*placeholder/, `${name}: no markers, no placeholder`);
        // (The newer profile has no career path: the element says so, with no source.)
        if (!html.includes('<div role="status"></div><p>')) assert.match(html, options.locale === 'es' ? /Fuente/ : /Source/, `${name}: source line`);
        // White space between two tags is kept where it is a space between words ("Source: How …").
        if (!html.includes('<div role="status"></div><p>')) assert.match(html, /(Sources?|Fuentes?):<\/span>\s+</, `${name}: a space after the sources heading`);
        const file = new URL(name, SNAPSHOTS);
        if (UPDATE) await writeFile(file, html);
        else assert.equal(html, await readFile(file, 'utf8').catch(() => `no snapshot ${name}: run with MRT_UPDATE_SNAPSHOTS=1`), `${name}: as its snapshot`);
      }
    } finally {
      mock.timers.reset();
    }
    if (!UPDATE) assert.equal((await readdir(SNAPSHOTS)).length, cases.length, 'no stale snapshot files');
  });

  it('shows the final widget: figures, source and period', async () => {
    const { html } = await renderWidget({ widget: 'salary-card' });
    for (const text of ['$39,180', '$18.83 an hour', 'May 2017', '204,220', 'Sources:']) assert.ok(html.includes(text), text);
    const es = await renderWidget({ widget: 'state-wages', locale: 'es' });
    assert.ok(es.html.includes('lang="es-US"') && es.html.includes('<table'), 'Spanish map with its table');
  });

  it('stamps the version and a hash of the attributes and inline profile, as the element computes it', async () => {
    const { html } = await renderWidget({
      widget: 'outlook-gauge',
      theme: 'dark',
    });
    const stamp = html.match(/data-mrt-rendered="([^"]+)"/)[1];
    const given = new Map([
      ['occupation', 'medical-records-technician'],
      ['theme', 'dark'],
    ]);
    const { MrtOutlookGauge } = await import('../../dist/components/outlook-gauge/outlook-gauge.js');
    assert.equal(stamp, stampOf(MrtOutlookGauge.observedAttributes, (name) => given.get(name) ?? null));
    assert.notEqual(stamp, (await renderWidget({ widget: 'outlook-gauge', theme: 'light' })).html.match(/data-mrt-rendered="([^"]+)"/)[1]);
    assert.equal(hash(''), (0x811c9dc5).toString(36));
  });

  it('a profile file is written inside the element, script-safe, and in the stamp', async () => {
    const text = await readFile(new URL('../../data/medical-records-specialists.json', import.meta.url), 'utf8');
    const { html } = await renderWidget({
      widget: 'salary-range',
      profile: { text, what: 'x.json' },
    });
    const json = html.match(/<script type="application\/json">([^]*?)<\/script>/)[1];
    assert.deepEqual(JSON.parse(json), JSON.parse(text));
    assert.doesNotMatch(html, / occupation=/);
    const { MrtSalaryRange } = await import('../../dist/components/salary-range/salary-range.js');
    const stamp = stampOf(MrtSalaryRange.observedAttributes, (name) => (name === 'theme' ? 'auto' : null), json);
    assert.ok(stamp.endsWith(' inline'), 'a stamp that says the profile is inside');
    assert.ok(html.includes(`data-mrt-rendered="${stamp}"`));
  });
});

describe('mrt-widgets render', () => {
  it('writes to standard output what renderWidget gives', async () => {
    const { code, stdout } = await cli('render', '--widget', 'career-path', '--locale', 'es');
    assert.equal(code, 0);
    assert.equal(stdout, (await renderWidget({ widget: 'career-path', locale: 'es' })).html);
  });

  it('--out writes the file; --profile reads one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mrt-render-'));
    const out = join(dir, 'card.html');
    const { code } = await cli('render', '--widget', 'salary-card', '--profile', 'data/medical-records-specialists.json', '--out', out);
    assert.equal(code, 0);
    assert.match(await readFile(out, 'utf8'), /^<mrt-salary-card [^>]*data-mrt-rendered=/);
  });

  it('a file that is not a profile: exit 1, the problems, nothing written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mrt-render-'));
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ id: 'x', title: 42 }));
    const out = join(dir, 'out.html');
    const result = await cli('render', '--widget', 'salary-card', '--profile', bad, '--out', out);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^mrt-widgets render: .*bad\.json is not a profile the widgets can show:\n {2}title: must be a non-empty text/);
    assert.equal(result.stdout, '');
    assert.deepEqual(await readdir(dir), ['bad.json']);
    await writeFile(bad, '{ nope');
    const broken = await cli('render', '--widget', 'salary-card', '--profile', bad);
    assert.equal(broken.code, 1);
    await writeFile(
      bad,
      JSON.stringify({
        ...JSON.parse(await readFile('data/medical-records-specialists.json', 'utf8')),
        wages: undefined,
      }),
    );
    const noWages = await cli('render', '--widget', 'salary-card', '--profile', bad);
    assert.equal(noWages.code, 1);
    assert.match(noWages.stderr, /<mrt-salary-card> cannot show .*bad\.json: /);
    assert.match(broken.stderr, /is not valid JSON/);
    const missing = await cli('render', '--widget', 'salary-card', '--profile', join(dir, 'none.json'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read .*none\.json: no such file/);
  });

  it('usage problems: exit 2 with the help', async () => {
    for (const args of [
      [],
      ['--widget', 'pie'],
      ['--widget', 'salary-card', '--theme', 'pink'],
      ['--widget', 'salary-card', '--occupation', 'x', '--profile', 'y'],
    ]) {
      const result = await cli('render', ...args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /Usage:/);
    }
    assert.equal((await cli('render', '--widget', 'salary-card', '--occupation', '../etc/passwd')).code, 1);
  });
});
