// Exact or refuse (issue 13): real BLS rows, re-encoded every way people save them, import to the
// same profile as the original, or the import stops naming the file, row and column. Never
// different figures. Runs: MRT_PROPERTY_RUNS per case (default 100); the seed is printed on failure.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli } from './run-cli.mjs';
import fc from 'fast-check';
import { readSheet } from 'read-excel-file/node';
import { ImportError, importProfile } from '../../dist/import/index.js';
import { parseDelimited, readText } from '../../dist/import/table.js';
import { workbook } from '../../scripts/hostile/bls-files.mjs';

const RUNS = Number(process.env.MRT_PROPERTY_RUNS ?? 100);
const BLS = 'data/bls';
const tmp = mkdtempSync(join(tmpdir(), 'mrt-reencode-'));
let fileCount = 0;
/** Writes `data` under a fresh folder with the given name (names carry the year: `…_M2023_…`). */
const put = (name, data) => {
  const dir = join(tmp, String(fileCount++));
  mkdirSync(dir);
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

/** Header plus the rows whose code is in `codes` (the national May 2023 workbook is whole in data/bls/; the other files are slices already). */
function slice(rows, codes) {
  const code = rows[0].indexOf('OCC_CODE');
  return [rows[0], ...rows.slice(1).filter((r) => codes.includes(readText(r[code])))];
}
const csv = (name) => parseDelimited(readFileSync(`${BLS}/${name}`, 'utf8'));

const national17 = csv('national_M2017_dl.csv');
const national23 = slice(await readSheet(readFileSync(`${BLS}/national_M2023_dl.xlsx`)), ['00-0000', '29-2070', '29-2072', '29-1214', '29-1211', '27-2011', '11-9111', '11-1031', '13-2052', '25-2021']);
const state23 = csv('state_M2023_dl.csv');
const projections23 = csv('ep_2023-33_Employment_Projections.csv');
const projections16 = csv('ep_2016-26_employment_projections.csv');

/** The national May 2023 slice as the workbook BLS publishes: figures as number cells. */
const national23Path = put('national_M2023_dl.xlsx', workbook(national23));

// A figure as BLS writes it in a CSV: `1,234.5`, `>=239,200`; codes and plain digits are left alone.
const US_NUMBER = /^(>=)?(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * One cell re-written by `o`: the decimal mark (`.` or `,`), thousands separator (or none), and for
 * codes Excel's `="…"`. Numbers from a workbook get the display text Excel would write.
 */
function cellText(cell, o) {
  let text = typeof cell === 'number' ? String(Math.round(cell * 100) / 100) : String(cell ?? '');
  const code = readText(text);
  if (/^\d\d-\d{4}$/.test(code)) return o.excelCodes ? `="${code}"` : code;
  const m = text.match(US_NUMBER);
  if (!m || (typeof cell !== 'number' && !text.includes(',') && !text.includes('.'))) return text;
  const [, atLeast = '', sign, whole, fraction] = m;
  const digits = whole.replace(/,/g, '');
  const grouped = o.thousands && digits.length > 3 ? digits.replace(/\B(?=(\d{3})+$)/g, o.group) : digits;
  return `${atLeast}${sign}${grouped}${fraction === undefined ? '' : `${o.decimal}${fraction}`}`;
}

/** `rows` as a CSV saved with the options `o`, or a workbook whose figures are number cells. */
function encode(rows, o) {
  const texts = rows.map((r) => r.map((c) => cellText(c, o)));
  if (o.format === 'xlsx') {
    // Excel stores a figure it recognises as a number cell; the rest (markers, codes) as text.
    return workbook(
      rows.map((r, i) =>
        r.map((c, j) => {
          if (i === 0 || typeof c === 'number') return typeof c === 'number' ? Math.round(c * 100) / 100 : c;
          const m = String(c ?? '').match(US_NUMBER);
          return m && !m[1] && (String(c).includes(',') || String(c).includes('.')) ? Number(`${m[2]}${m[3].replace(/,/g, '')}${m[4] ? `.${m[4]}` : ''}`) : texts[i][j];
        }),
      ),
    );
  }
  const needsQuotes = (t) => t.includes(o.delimiter) || t.includes('"') || t.includes('\n') || t.includes('\r');
  const quote = (t) => `"${t.replace(/"/g, '""')}"`;
  // Unquoted files are saved only when no field needs quotes (as the semicolon state extract).
  const quoting = o.quoting === 'none' && texts.some((r) => r.some(needsQuotes)) ? 'needed' : o.quoting;
  const line = (r) => r.map((t) => (quoting === 'all' || (quoting === 'needed' && needsQuotes(t)) ? quote(t) : t)).join(o.delimiter);
  return `${o.bom ? '\uFEFF' : ''}${texts.map(line).join(o.eol)}${o.finalEol ? o.eol : ''}`;
}

const options = fc
  .record({
    format: fc.constantFrom('csv', 'csv', 'csv', 'xlsx'),
    bom: fc.boolean(),
    eol: fc.constantFrom('\r\n', '\n'),
    finalEol: fc.boolean(),
    delimiter: fc.constantFrom(',', ';', '\t'),
    quoting: fc.constantFrom('all', 'needed', 'none'),
    decimal: fc.constantFrom('.', ','),
    thousands: fc.boolean(),
    groupChoice: fc.constantFrom(0, 1, 2),
    excelCodes: fc.boolean(),
  })
  .map((o) => ({ ...o, group: (o.decimal === '.' ? [',', ' ', '\u00a0'] : ['.', ' ', '\u00a0'])[o.groupChoice] }));

/** The profile without what differs between two saves of one file (provenance: name, size, hash, time). */
const figures = (profile) =>
  JSON.parse(JSON.stringify(profile, (key, value) => (key === 'provenance' ? undefined : value)));

/** Imports, re-encoding the file `role` of `base` with `o`: the figures, or the ImportError. */
async function outcome(base, role, name, rows, o) {
  const file = `${name}.${o.format === 'xlsx' ? 'xlsx' : 'csv'}`;
  const path = put(file, encode(rows, o));
  try {
    return { profile: figures((await importProfile({ ...base, [role]: path })).profile), file };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { error: error.message, file };
  }
}

const CASES = [
  { what: 'May 2017 national CSV', role: 'national', name: 'national_M2017_dl', rows: national17, socs: ['29-2071', '11-1031', '11-1010', '11-9111'], base: {} },
  { what: 'May 2023 national workbook', role: 'national', name: 'national_M2023_dl', rows: national23, socs: ['29-2072', '29-1214', '25-2021', '27-2011', '29-1211'], base: {} },
  { what: 'May 2023 state extract', role: 'state', name: 'state_M2023_dl', rows: state23, socs: ['29-2072', '29-1214', '11-1031', '13-2052'], base: { national: national23Path } },
  { what: '2023–33 projections export', role: 'projections', name: 'ep_2023-33_Employment_Projections', rows: projections23, socs: ['29-2072', '29-1211', '27-2011', '11-9111'], base: { national: national23Path } },
  {
    what: '2016–26 projections export',
    role: 'projections',
    name: 'ep_2016-26_employment_projections',
    rows: projections16,
    socs: ['29-2071', '11-9111'],
    base: { national: `${BLS}/national_M2017_dl.csv` },
  },
];

const counts = [];

describe('re-encoded BLS rows import to the same figures, or stop naming the cell', () => {
  for (const c of CASES) {
    it(`${c.what}: BOM, CRLF, ; or tab, quoted or not, thousands separators, decimal comma, ="…", number cells in xlsx`, async () => {
      const baseline = {};
      for (const soc of c.socs) {
        const original = await outcome({ ...c.base, soc }, c.role, c.name, c.rows, { format: 'csv', bom: false, eol: '\r\n', finalEol: true, delimiter: ',', quoting: 'needed', decimal: '.', thousands: true, group: ',', excelCodes: false });
        assert.ok(original.profile, `the original rows import for ${soc}: ${original.error}`);
        baseline[soc] = original.profile;
      }
      let same = 0;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...c.socs), options, async (soc, o) => {
          const result = await outcome({ ...c.base, soc }, c.role, c.name, c.rows, o);
          if (result.profile) {
            assert.deepEqual(result.profile, baseline[soc]);
            same++;
          } else {
            assert.match(result.error, new RegExp(`^${result.file.replace(/[.]/g, '\\.')}, (row|line) \\d+(, column [^:]+)?:`), result.error);
            refused++;
          }
        }),
        { numRuns: RUNS },
      );
      counts.push(`${c.what}: ${same} same profile, ${refused} refused naming the cell`);
      console.log(`# ${counts.at(-1)}`);
    });
  }
});

describe('the German re-save of issue 13', () => {
  const german = { format: 'csv', bom: true, eol: '\r\n', finalEol: false, delimiter: ';', quoting: 'needed', decimal: ',', thousands: true, group: '.', excelCodes: false };
  const all17 = national17;

  it('reads 51.380 as 51,380 for Legislators, whose hourly cells are * (was: employment 51, median $26)', async () => {
    const path = put('national_M2017_dl.csv', encode(all17, german));
    const { code, stdout } = await cli('import', '--soc', '11-1031', '--national', path);
    assert.equal(code, 0);
    const profile = JSON.parse(stdout);
    assert.equal(profile.wages.employment, 51380);
    assert.deepEqual(profile.wages.annual, { p10: 17480, p25: 18860, median: 25630, p75: 70130, p90: 97510, mean: 46350 });
    assert.equal(profile.wages.hourly, null);
  });

  it('a file that mixes conventions exits 1 naming the file, row and column of the odd cell', async () => {
    const rows = encode(all17, german).split('\r\n');
    rows[7] = rows[7].replace('20,59', '20.59');
    assert.match(rows[7], /^29-2071;/);
    const path = put('national_M2017_dl.csv', rows.join('\r\n'));
    const { code, stderr } = await cli('import', '--soc', '29-2071', '--national', path);
    assert.equal(code, 1);
    assert.match(stderr, /national_M2017_dl\.csv, row 8, column H_MEAN: "20\.59" does not fit the number convention of the rest of the file/);
  });

  it('a file whose every figure reads two ways exits 1 naming the first such cell', async () => {
    const path = put('national_M2017_dl.csv', 'OCC_CODE;OCC_TITLE;OCC_GROUP;TOT_EMP;A_MEAN;A_MEDIAN\r\n11-1031;Legislators;detailed;51.380;46.350;25.630\r\n');
    const { code, stderr } = await cli('import', '--soc', '11-1031', '--national', path);
    assert.equal(code, 1);
    assert.match(stderr, /national_M2017_dl\.csv, row 2, column TOT_EMP: "51\.380" reads two ways/);
  });
});

describe('one figure written in the other convention (a hand edit, a merge of two saves)', () => {
  // `25,810` → `25.810`, `20.59` → `20,59`: in a file whose other cells decide the convention, the
  // cell reads as another number (25.81) or not at all; the import refuses it, naming the cell,
  // and never shows $26 or 26 jobs.
  const swap = (text) => text.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
  const SOURCES = [
    { what: 'May 2017 national CSV', role: 'national', name: 'national_M2017_dl', rows: national17, socs: ['29-2071', '11-1031', '11-9111'], base: {} },
    { what: 'May 2023 state extract', role: 'state', name: 'state_M2023_dl', rows: state23, socs: ['29-2072', '11-1031'], base: { national: national23Path } },
    { what: '2016–26 projections export', role: 'projections', name: 'ep_2016-26_employment_projections', rows: projections16, socs: ['29-2071'], base: { national: `${BLS}/national_M2017_dl.csv` } },
  ];
  const US = { format: 'csv', bom: false, eol: '\r\n', finalEol: true, delimiter: ',', quoting: 'needed', decimal: '.', thousands: true, group: ',', excelCodes: false };
  for (const c of SOURCES) {
    it(`${c.what}: the same figures, or refused naming the cell`, async () => {
      const codeColumn = c.rows[0].findIndex((h) => /^(OCC_CODE|SOC Code|Occupation Code)$/i.test(String(h)));
      const baseline = {};
      for (const soc of c.socs) baseline[soc] = (await outcome({ ...c.base, soc }, c.role, c.name, c.rows, US)).profile;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...c.socs), fc.nat(), async (soc, pick) => {
          const at = c.rows.findIndex((r) => readText(r[codeColumn]) === soc);
          const figures = c.rows[at].map((cell, i) => [i, String(cell ?? '')]).filter(([, t]) => /^\d{1,3}(,\d{3})+$|^\d+\.\d+$/.test(t));
          if (!figures.length) return;
          const [column, text] = figures[pick % figures.length];
          const rows = c.rows.map((r, i) => (i === at ? r.map((cell, j) => (j === column ? swap(text) : cell)) : r));
          const result = await outcome({ ...c.base, soc }, c.role, c.name, rows, { ...US, thousands: false });
          if (result.profile) assert.deepEqual(result.profile, baseline[soc], `${c.rows[0][column]} "${text}" written "${swap(text)}"`);
          else {
            assert.match(result.error, new RegExp(`^${result.file.replace(/[.]/g, '\\.')}, row \\d+, column [^:]+:`), result.error);
            refused++;
          }
        }),
        { numRuns: Math.min(RUNS, 60) },
      );
      assert.ok(refused > 0, 'some swapped figures were refused');
    });
  }
});
