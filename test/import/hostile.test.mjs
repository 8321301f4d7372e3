// The importer against hostile BLS files (generated here by scripts/hostile/bls-files.mjs, zip
// bombs included) and hostile --out paths, run as users run it: the `mrt-widgets` command.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { rmSync } from 'node:fs';
import { writeHostileBlsFiles } from '../../scripts/hostile/bls-files.mjs';
import { toScriptSafeJson } from '../../dist/import/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'mrt-hostile-'));
const NATIONAL = 'data/bls/national_M2023_dl.xlsx';

/** Runs the command (through `sh` when `shell` is given, e.g. to set a ulimit); resolves with its exit code, output and time. */
const cli = (args, shell) =>
  new Promise((resolve) => {
    const start = performance.now();
    const child = shell ? spawn('sh', ['-c', `${shell}; exec node bin/mrt-widgets.js "$@"`, 'sh', ...args]) : spawn('node', ['bin/mrt-widgets.js', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - start }));
  });

/** One readable error line: the command's name, no stack trace. */
const assertOneErrorLine = (stderr, pattern) => {
  const lines = stderr.trimEnd().split('\n');
  assert.match(lines[0], /^mrt-widgets import: /);
  assert.match(stderr, pattern);
  assert.doesNotMatch(stderr, /^\s+at /m, 'no stack trace');
};

describe('mrt-widgets import on hostile BLS files', async () => {
  const cases = await writeHostileBlsFiles(tmp);
  after(() => rmSync(tmp, { recursive: true, force: true }));

  for (const c of cases) {
    it(`${c.name}: ${c.fails ? 'one readable error line, exit 1' : 'imported'}, within 10 s`, async () => {
      const { code, stdout, stderr, ms } = await cli(c.args);
      // Generous: each takes well under a second here; a backtracking pattern or an unbounded unzip takes minutes.
      assert.ok(ms < 10_000, `${Math.round(ms)} ms`);
      if (c.fails) {
        assert.equal(code, 1, stderr);
        assert.equal(stdout, '');
        assertOneErrorLine(stderr, c.fails);
        if (!/does not pass validation/.test(stderr)) assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);
      } else {
        assert.equal(code, 0, stderr);
        if (c.warns) assert.match(stderr, c.warns);
        assert.doesNotMatch(stdout, /[<>&\u2028\u2029]/, 'script-safe JSON');
        assert.ok(JSON.parse(stdout).wages);
      }
    });
  }

  it('the zip bomb fails within a second, naming the file, without unpacking it', async () => {
    const bomb = cases.find((c) => c.name.startsWith('zip bomb: 480 MB sheet, sizes declared'));
    const { code, stderr, ms } = await cli(bomb.args);
    assert.equal(code, 1);
    assert.match(stderr, /bomb_M2023_dl\.xlsx/);
    assert.ok(ms < 5_000, `${Math.round(ms)} ms`);
    console.log(`# zip bomb refused in ${Math.round(ms)} ms (node start included)`);
  });

  it('a title with </script and education with <img onerror>: the output is inert inside <script type="application/json"> and reads back unchanged', async () => {
    const { stdout } = await cli(cases.find((c) => c.name.startsWith('script-breaking')).args);
    const profile = JSON.parse(stdout);
    assert.equal(profile.title, 'Records</script');
    assert.equal(profile.education.typicalEntry, '<img src=x onerror=alert(1)//');
    assert.ok(!stdout.includes('</script') && !stdout.includes('<img'));
    assert.match(stdout, /Records\\u003c\/script/);
  });
});

describe('mrt-widgets import: output and encodings it cannot take', () => {
  it('a standard output that cannot take the profile (/dev/full): one readable line, exit 1', async () => {
    const { code, stderr } = await cli(['import', '--soc', '29-2072', '--national', NATIONAL], 'exec >/dev/full');
    assert.equal(code, 1);
    assertOneErrorLine(stderr, /cannot write the profile to standard output \(ENOSPC\)/);
  });

  it('a CSV re-saved as UTF-16 (Excel\'s "Unicode text") is refused, naming the encoding', async () => {
    const utf16 = join(mkdtempSync(join(tmpdir(), 'mrt-utf16-')), 'state-utf16.csv');
    const text = readFileSync('data/bls/state_M2023_dl.csv', 'utf8');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const { code, stderr } = await cli(['import', '--soc', '29-2072', '--national', NATIONAL, '--state', utf16]);
    assert.equal(code, 1);
    assertOneErrorLine(stderr, /state-utf16\.csv is not UTF-8 text \(UTF-16 or binary\); save it as CSV UTF-8/);
  });
});

describe('toScriptSafeJson', () => {
  it('escapes <, >, &, U+2028 and U+2029 as \\u escapes, and JSON.parse reads back the same value', () => {
    const value = { a: '</script><!--<script>&amp;\u2028\u2029', b: [1, -0, 1e21], c: 'ok' };
    const json = toScriptSafeJson(value);
    assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(value)));
    assert.ok(json.endsWith('}\n'));
  });
});

describe('mrt-widgets import --out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mrt-out-'));
  const args = (out) => ['import', '--soc', '29-2072', '--national', NATIONAL, '--out', out];
  before(() => mkdirSync(join(dir, 'folder')));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the whole profile, script-safe, and leaves no temporary file', async () => {
    const out = join(dir, 'profile.json');
    const { code, stderr } = await cli(args(out));
    assert.equal(code, 0, stderr);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).soc, '29-2072');
    assert.deepEqual(readdirSync(dir).sort(), ['folder', 'profile.json']);
  });

  it('a failure while writing (the file-size limit, as a full disk would) leaves the good file as it was', async () => {
    const out = join(dir, 'kept.json');
    writeFileSync(out, '{"good":true}\n');
    const { code, stderr } = await cli(args(out), 'ulimit -f 1');
    assert.equal(code, 1);
    assertOneErrorLine(stderr, /cannot write .*kept\.json: the file is larger than this system allows/);
    assert.equal(readFileSync(out, 'utf8'), '{"good":true}\n');
    assert.ok(!readdirSync(dir).some((name) => name.endsWith('.tmp')), 'temporary file removed');
  });

  for (const [what, out, pattern] of [
    ['a folder', () => join(dir, 'folder'), /cannot write .*folder: it is a folder; give a file name$/],
    ['a file in a missing folder', () => join(dir, 'missing', 'p.json'), /cannot write .*p\.json: its folder does not exist$/],
    ['a file under a file', () => join(NATIONAL, 'p.json'), /cannot write .*p\.json: /],
    ['the input file', () => `./data/../${NATIONAL}`, /it is the input file data\/bls\/national_M2023_dl\.xlsx; give another name$/],
    ['a link to the input file', () => {
      const link = join(dir, 'link.xlsx');
      symlinkSync(join(process.cwd(), NATIONAL), link);
      return link;
    }, /it is the input file/],
    // A device, a pipe or a socket is never replaced by a file (as root, --out /dev/null would
    // replace the system's device): shown here with a pipe of the test's own, and a link to it.
    ['a named pipe', () => {
      const fifo = join(dir, 'pipe');
      execFileSync('mkfifo', [fifo]);
      return fifo;
    }, /it is not a regular file \(a device, a pipe or a socket\); give a file name$/],
    ['a link to a named pipe', () => {
      const link = join(dir, 'pipe-link');
      symlinkSync(join(dir, 'pipe'), link);
      return link;
    }, /it is not a regular file/],
  ]) {
    it(`refuses ${what}: one readable line, exit 1, the input untouched`, async () => {
      const before = readFileSync(NATIONAL);
      const { code, stdout, stderr } = await cli(args(out()));
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assertOneErrorLine(stderr.trimEnd(), pattern);
      assert.equal(stderr.trimEnd().split('\n').length, 1);
      assert.deepEqual(readFileSync(NATIONAL), before);
      if (what.includes('pipe')) assert.ok(lstatSync(join(dir, 'pipe')).isFIFO(), 'the pipe is still a pipe');
    });
  }
});

describe('mrt-widgets in a clone that was not built', () => {
  it('says to build first: one readable line, exit 1, no stack trace', async () => {
    // The command as it is in the repository, beside no dist/.
    const clone = mkdtempSync(join(tmpdir(), 'mrt-unbuilt-'));
    mkdirSync(join(clone, 'bin'));
    writeFileSync(join(clone, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(join(clone, 'bin', 'mrt-widgets.js'), readFileSync('bin/mrt-widgets.js'));
    const { code, stdout, stderr } = await new Promise((resolve) => {
      const child = spawn('node', [join(clone, 'bin', 'mrt-widgets.js'), 'render', '--widget', 'salary-card']);
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
    });
    rmSync(clone, { recursive: true, force: true });
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^mrt-widgets: the command is not built yet\. .*npm run build/);
    assert.equal(stderr.trimEnd().split('\n').length, 1);
  });
});
