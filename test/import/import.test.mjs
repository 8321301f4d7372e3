// The importer, run as users run it: the built module (dist/import) and the
// `mrt-widgets` command, on the real BLS file slices in data/bls/.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli } from './run-cli.mjs';
import { ImportError, importProfile } from '../../dist/import/index.js';
import { parseDelimited, readValue } from '../../dist/import/table.js';
import { parseProfile } from '../../dist/data.js';
import { BLS_PROFILES } from '../../scripts/bls-profiles.mjs';

const BLS = 'data/bls';
const specialists = BLS_PROFILES[0].options;
const tmp = mkdtempSync(join(tmpdir(), 'mrt-import-'));
const write = (name, text) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

describe('importProfile on the May 2023 files (FIGURES section 2)', async () => {
  const { profile, warnings } = await importProfile(specialists);

  it('reads the national figures of 29-2072 exactly', () => {
    assert.equal(profile.wages.employment, 185690);
    assert.deepEqual(profile.wages.hourly, { p10: 16.87, p25: 19.05, median: 23.45, p75: 29.79, p90: 37.41, mean: 25.81 });
    assert.deepEqual(profile.wages.annual, { p10: 35080, p25: 39620, median: 48780, p75: 61960, p90: 77810, mean: 53690 });
    assert.deepEqual(profile.wages.allOccupations, { annualMean: 65470, annualMedian: 48060 });
    const { provenance, ...source } = profile.wages.source;
    assert.deepEqual(source, {
      name: 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS)',
      period: 'May 2023',
      url: 'https://www.bls.gov/oes/tables.htm',
    });
    assert.equal(provenance.file, 'national_M2023_dl.xlsx');
  });

  it('reads every state, DC and territory, by USPS code, without employment (the extract has none)', () => {
    const rows = profile.states.rows;
    assert.equal(rows.length, 54);
    const annual = Object.fromEntries(rows.map((r) => [r.code, r.annualMean]));
    assert.deepEqual([annual.DC, annual.WA, annual.CA, annual.CT, annual.MD, annual.MS], [70900, 64250, 64070, 63250, 62930, 42440]);
    assert.deepEqual(rows.slice(-3).map((r) => r.code), ['GU', 'PR', 'VI']);
    assert.equal(rows.find((r) => r.code === 'AZ').hourlyMean, 24.1);
    assert.ok(rows.every((r) => r.employment === null));
    assert.equal(profile.states.coverage, 'all');
  });

  it('reads the 2023–33 projection in jobs, not thousands', () => {
    assert.deepEqual(profile.projection.years, [2023, 2033]);
    assert.equal(profile.projection.baseEmployment, 191500);
    assert.equal(profile.projection.projectedEmployment, 208200);
    assert.equal(profile.projection.numericChange, 16700);
    assert.equal(profile.projection.percentChange, 8.7);
    assert.equal(profile.projection.openingsPerYear, 15000);
    assert.equal(profile.projection.source.period, '2023–33');
    assert.equal(profile.projection.wording, undefined, 'no wording: the export has none');
    assert.equal(profile.education.typicalEntry, 'Postsecondary nondegree award');
  });

  it('passes the same validating parser as every profile, with no warnings', () => {
    assert.deepEqual(parseProfile(profile).problems, []);
    assert.deepEqual(warnings, []);
  });

  it('the committed data/medical-records-specialists.json equals a fresh import (npm run data), but for the import time', () => {
    const undated = (p) => JSON.parse(JSON.stringify(p, (key, value) => (key === 'importedAt' ? undefined : value)));
    const committed = JSON.parse(readFileSync('data/medical-records-specialists.json', 'utf8'));
    assert.deepEqual(undated(committed), undated(profile));
  });

  it('records per section the file name, size and SHA-256, edition, SOC edition, time and importer (issue 13)', () => {
    const sha = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');
    const sections = [
      [profile.wages.source.provenance, specialists.national, 'OEWS May 2023, national', '2018 SOC'],
      [profile.states.source.provenance, specialists.state, 'OEWS May 2023, states', '2018 SOC'],
      [profile.projection.source.provenance, specialists.projections, 'Employment Projections 2023–33', '2018 SOC'],
      [profile.education.source.provenance, specialists.projections, 'Employment Projections 2023–33', '2018 SOC'],
    ];
    for (const [provenance, path, edition, socEdition] of sections) {
      assert.equal(provenance.file, path.split('/').pop());
      assert.equal(provenance.bytes, statSync(path).size);
      assert.equal(provenance.sha256, sha(path));
      assert.equal(provenance.edition, edition);
      assert.equal(provenance.socEdition, socEdition);
      assert.match(provenance.importedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      assert.equal(provenance.importer, `mrt-widgets ${JSON.parse(readFileSync('package.json', 'utf8')).version}`);
    }
  });

  it('reads entry requirements and sample job titles from the 2023–33 export (FIGURES section 2)', () => {
    assert.equal(profile.education.typicalEntry, 'Postsecondary nondegree award');
    assert.equal(profile.education.workExperience, 'None');
    assert.equal(profile.education.onTheJobTraining, 'None');
    assert.deepEqual(profile.aliases, ['Health Information Coder', 'Health Records Technician', 'Medical Bill Coder']);
  });

  it('gives the 2023–33 all-occupations change from the cited table: 4.0 %, computed from the published totals', () => {
    assert.equal(profile.projection.allOccupations.percentChange, 4.0);
    assert.equal(profile.projection.allOccupations.projectedEmployment, 174600000);
    assert.equal(profile.projection.allOccupations.source.url, 'https://www.bls.gov/news.release/ecopro.htm');
    assert.match(profile.projection.allOccupations.source.note, /computed from the published totals/);
  });
});

describe('importProfile on the May 2017 CSV re-save and the 2016–26 export', () => {
  it('reads the quoted, comma-grouped CSV and the detailed row of a code that is also broad', async () => {
    const { profile } = await importProfile({
      soc: '29-2071',
      national: `${BLS}/national_M2017_dl.csv`,
      projections: `${BLS}/ep_2016-26_employment_projections.csv`,
    });
    assert.equal(profile.wages.employment, 204220);
    assert.deepEqual(profile.wages.annual, { p10: 25810, p25: 30990, median: 39180, p75: 51350, p90: 64610, mean: 42820 });
    assert.equal(profile.wages.source.name, 'U.S. Bureau of Labor Statistics, Occupational Employment Statistics (OES)');
    assert.equal(profile.title, 'Medical Records and Health Information Technicians');
    assert.equal(profile.id, 'medical-records-and-health-information-technicians');
    assert.deepEqual(
      [profile.projection.baseEmployment, profile.projection.projectedEmployment, profile.projection.numericChange, profile.projection.percentChange],
      [206300, 234100, 27800, 13.5],
    );
    assert.equal(profile.projection.openingsPerYear, 15800);
    assert.equal(profile.projection.allOccupations.percentChange, 7.4);
    assert.equal(profile.projection.source.provenance.socEdition, '2010 SOC');
    assert.equal(profile.wages.source.provenance.socEdition, '2010 SOC');
    assert.deepEqual(profile.aliases, [
      'Cancer Registrar',
      'Health Information Coder',
      'Health Information Specialist',
      'Health Information Systems Technician',
      'Health Records Technician',
      'Medical Records Specialist',
    ]);
  });

  it('warns, and does not stop, when an occupation is missing from --projections: a profile without a projection', async () => {
    const { profile, warnings } = await importProfile({
      soc: '11-1031',
      national: `${BLS}/national_M2017_dl.csv`,
      projections: `${BLS}/ep_2016-26_employment_projections.csv`,
    });
    assert.equal(profile.projection, undefined);
    assert.match(warnings.join('\n'), /11-1031 is not in ep_2016-26_employment_projections\.csv \(4 occupations\): the profile has no projection/);
  });

  it('warns when the code is a broad, minor or major group (from the file\'s O_GROUP), naming the cell', async () => {
    const { warnings } = await importProfile({ soc: '29-2070', national: `${BLS}/national_M2023_dl.xlsx` });
    assert.match(warnings.join('\n'), /national_M2023_dl\.xlsx, row 596, column O_GROUP: 29-2070 is a broad group, not a detailed occupation/);
    const total = await importProfile({ soc: '00-0000', national: `${BLS}/national_M2017_dl.csv` });
    assert.match(total.warnings.join('\n'), /column OCC_GROUP: 00-0000 is a total of all occupations/);
  });

  it('warns, and says so in the sources, when sections come from different releases', async () => {
    const stateNamed2022 = write('state_M2022_dl.csv', readFileSync(`${BLS}/state_M2023_dl.csv`));
    const { profile, warnings } = await importProfile({
      soc: '29-2072',
      national: `${BLS}/national_M2023_dl.xlsx`,
      state: stateNamed2022,
      projections: `${BLS}/ep_2016-26_employment_projections.csv`,
    });
    assert.match(warnings.join('\n'), /state wages \(state_M2022_dl\.csv\) are for May 2022 but national wages are for May 2023/);
    assert.equal(profile.states.source.note, 'a different release from the national wages (May 2023)');
    const mixed = await importProfile({ soc: '29-2071', national: `${BLS}/national_M2017_dl.csv`, year: 2019, projections: `${BLS}/ep_2016-26_employment_projections.csv` });
    assert.match(mixed.warnings.join('\n'), /wages are for May 2019 but projections start in 2016/);
    assert.equal(mixed.profile.projection.source.note, 'a different edition from the wages (May 2019)');
  });

  it('keeps # (top-coded) distinct from a number: the May 2017 top-code, marked atLeast', async () => {
    const { profile } = await importProfile({ soc: '11-1010', national: `${BLS}/national_M2017_dl.csv` });
    assert.equal(profile.wages.hourly.p75, 100);
    assert.equal(profile.wages.annual.p90, 208000);
    assert.deepEqual(profile.wages.hourly.atLeast, ['p75', 'p90']);
    assert.deepEqual(profile.wages.annual.atLeast, ['p75', 'p90']);
  });

  it('reads * as missing, never 0, and reports a basis BLS does not publish', async () => {
    const { profile, warnings } = await importProfile({ soc: '11-1031', national: `${BLS}/national_M2017_dl.csv` });
    assert.deepEqual(warnings, ['national_M2017_dl.csv has no hourly wages for 11-1031 (BLS publishes some occupations on one basis only)']);
    assert.equal(profile.wages.hourly, null, 'every hourly figure is *, so there is no hourly distribution');
    assert.equal(profile.wages.annual.median, 25630);
  });

  it('a top-coded state mean (#) is kept as the May 2023 top-code, marked "at least", never as exact', async () => {
    const { profile, warnings } = await importProfile({
      soc: '29-1214',
      national: `${BLS}/national_M2023_dl.xlsx`,
      state: `${BLS}/state_M2023_dl.csv`,
    });
    assert.deepEqual(profile.states.rows, [{ code: 'AK', name: 'Alaska', hourlyMean: 115, annualMean: 239200, employment: null, atLeast: ['hourlyMean', 'annualMean'] }]);
    assert.match(warnings.join('\n'), /no row for 29-1214 in 50 of the 50 states and DC/);
  });
});

describe('reading cells and files', () => {
  it('readValue reads numbers with separators and every BLS marker', () => {
    assert.deepEqual(readValue('"1,234.5"'.slice(1, -1)), { kind: 'number', value: 1234.5 });
    assert.deepEqual(readValue(37.409999999999997), { kind: 'number', value: 37.41 });
    for (const marker of ['*', '**', '~', 'N/A', '']) assert.equal(readValue(marker).kind, 'missing', marker);
    assert.deepEqual(readValue('#'), { kind: 'top-coded', atLeast: null });
    assert.deepEqual(readValue('>=239,200'), { kind: 'top-coded', atLeast: 239200 });
    assert.deepEqual(readValue('abc'), { kind: 'invalid', text: 'abc' });
  });

  it('parseDelimited reads commas or semicolons, BOM, CRLF or LF, quotes and doubled quotes', () => {
    assert.deepEqual(parseDelimited('\uFEFFa;b\r\n1,5;"x ""y"""\r\n2;3'), [['a', 'b'], ['1,5', 'x "y"'], ['2', '3']]);
    assert.deepEqual(parseDelimited('a,b\n"1,234",="29-2072"\n'), [['a', 'b'], ['1,234', '="29-2072"']]);
  });

  it('a re-saved national CSV with semicolons and LF reads the same', async () => {
    const csv = readFileSync(`${BLS}/national_M2017_dl.csv`, 'utf8')
      .replace(/\r\n/g, '\n')
      .split('\n')
      .map((line) => parseDelimited(line)[0].map((f) => (f.includes(';') ? `"${f}"` : f)).join(';'))
      .join('\n');
    const { profile } = await importProfile({ soc: '29-2071', national: write('national_M2017_semicolons.csv', csv) });
    assert.equal(profile.wages.annual.median, 39180);
  });
});

describe('clear failures', () => {
  const fails = async (options, pattern) => {
    await assert.rejects(importProfile(options), (error) => {
      assert.ok(error instanceof ImportError, String(error));
      assert.match(error.message, pattern);
      return true;
    });
  };

  it('a SOC code not in the file', () =>
    fails({ soc: '29-9999', national: `${BLS}/national_M2023_dl.xlsx` }, /29-9999 is not in national_M2023_dl\.xlsx/));

  it('a file that is not a BLS file', () =>
    fails({ soc: '29-2072', national: 'README.md', year: 2023 }, /README\.md does not look like an OEWS wage file/));

  it('a projections export given as the national file', () =>
    fails(
      { soc: '29-2072', national: `${BLS}/ep_2023-33_Employment_Projections.csv` },
      /ep_2023-33_Employment_Projections\.csv looks like an Employment Projections export, not an OEWS wage file: give it with --projections/,
    ));

  it('a missing column, named', () =>
    fails(
      { soc: '29-2072', national: `${BLS}/national_M2023_dl.xlsx`, state: write('state_M2023_nomean.csv', 'AREA_TITLE;OCC_CODE;OCC_TITLE\r\nAlabama;29-2072;Medical Records Specialists') },
      /state_M2023_nomean\.csv: no mean wage column \(looked for H_MEAN, A_MEAN\)/,
    ));

  it('a bad cell, by file, row and column', () =>
    fails(
      { soc: '29-2072', national: `${BLS}/national_M2023_dl.xlsx`, state: write('state_M2023_bad.csv', 'AREA_TITLE;OCC_CODE;H_MEAN;A_MEAN\r\nAlabama;29-2072;20.66;lots') },
      /state_M2023_bad\.csv, row 2, column A_MEAN: "lots" is not a number or a BLS marker/,
    ));

  it('a figure with more decimals than BLS publishes it with: 25.810 where whole dollars belong is refused, never $26', async () => {
    const header = 'OCC_CODE,OCC_TITLE,OCC_GROUP,TOT_EMP,H_MEAN,A_MEAN,A_PCT10,A_MEDIAN,H_MEDIAN';
    await fails(
      { soc: '29-2071', national: write('national_M2017_mix.csv', `${header}\r\n29-2071,Medical Records,detailed,"204,220",20.59,"42,820",25.810,"39,180",18.83`) },
      /national_M2017_mix\.csv, row 2, column A_PCT10: "25\.810" has more decimals than BLS publishes annual wages \(whole dollars\) with \(none\): a thousands separator read as a decimal point\?; refused/,
    );
    await fails(
      { soc: '29-2071', national: write('national_M2017_emp.csv', `${header}\r\n29-2071,Medical Records,detailed,204.220,20.59,"42,820","25,810","39,180",18.83`) },
      /column TOT_EMP: "204\.220" has more decimals than BLS publishes employment \(whole jobs\)/,
    );
    await fails(
      { soc: '29-2071', national: write('national_M2017_cents.csv', `${header}\r\n29-2071,Medical Records,detailed,"204,220",20.591,"42,820","25,810","39,180",18.83`) },
      /column H_MEAN: "20\.591" has more decimals than BLS publishes hourly wages \(cents\) with \(2\); refused/,
    );
    // Six and seven digits: one wrong decimal is as much an error on a large figure.
    await fails(
      { soc: '29-2071', national: write('national_M2017_big.csv', `${header}\r\n29-2071,Medical Records,detailed,"204,220.2",20.59,"123,456.1","25,810","39,180",18.83`) },
      /column TOT_EMP: "204,220\.2" has more decimals than BLS publishes employment \(whole jobs\)/,
    );
    await fails({ soc: '29-2071', national: `${BLS}/national_M2017_dl.csv`, year: 20233 }, /the OEWS year \(--year\) must be a May from 1997 to \d{4}, got 20233/);
  });

  it('a file that is not there', () =>
    fails({ soc: '29-2072', national: 'data/bls/nope_M2023.xlsx' }, /file not found: data\/bls\/nope_M2023\.xlsx \(check the name and the folder\)/));

  it('a state file given as the national one, and a wage file given as projections', async () => {
    await fails({ soc: '29-2072', national: `${BLS}/state_M2023_dl.csv` }, /state_M2023_dl\.csv has rows for 54 areas .*it looks like a state file; give it with --state/);
    await fails(
      { soc: '29-2072', national: `${BLS}/national_M2023_dl.xlsx`, projections: `${BLS}/national_M2017_dl.csv` },
      /national_M2017_dl\.csv looks like an OEWS wage file, not an Employment Projections export/,
    );
  });

  it('warns about projections from another edition than the wages', async () => {
    const { warnings } = await importProfile({
      soc: '11-9111',
      national: `${BLS}/national_M2023_dl.xlsx`,
      projections: `${BLS}/ep_2016-26_employment_projections.csv`,
    });
    assert.match(warnings.join('\n'), /wages are for May 2023 but projections start in 2016: different editions/);
  });

  it('a bad SOC code', () => fails({ soc: '292072', national: `${BLS}/national_M2023_dl.xlsx` }, /--soc must be a SOC code/));

  it('partial data is allowed and reported: no state rows', async () => {
    const { profile, warnings } = await importProfile({ ...specialists, soc: '29-9021', state: `${BLS}/state_M2023_dl.csv`, projections: undefined });
    assert.equal(profile.states, undefined);
    assert.deepEqual(warnings, ['no state rows for 29-9021 in state_M2023_dl.csv']);
  });
});

describe('the mrt-widgets command', () => {
  it('--help and import --help document every flag', async () => {
    const top = await cli('--help');
    assert.equal(top.code, 0);
    assert.match(top.stdout, /mrt-widgets import --soc CODE --national FILE/);
    const help = await cli('import', '--help');
    for (const flag of ['--soc', '--national', '--state', '--projections', '--id', '--title', '--year', '--out']) assert.match(help.stdout, new RegExp(flag));
  });

  it('writes the profile to --out, or to standard output', async () => {
    const out = join(tmp, 'profile.json');
    const args = ['import', '--soc', '29-2072', '--national', specialists.national, '--id', 'x', '--title', 'Medical Records Specialist'];
    const written = await cli(...args, '--out', out);
    assert.equal(written.code, 0, written.stderr);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).wages.annual.median, 48780);
    const printed = await cli(...args);
    assert.equal(JSON.parse(printed.stdout).id, 'x');
  });

  it('exits 1 with the file named for a wrong SOC code, and 2 for bad usage', async () => {
    const wrong = await cli('import', '--soc', '29-9999', '--national', specialists.national);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /29-9999 is not in national_M2023_dl\.xlsx/);
    assert.equal((await cli('import', '--national', specialists.national)).code, 2);
    assert.equal((await cli('export')).code, 2);
  });

  it('refuses a flag given twice (it would quietly take the last), in both commands', async () => {
    for (const args of [
      ['import', '--soc', '29-2072', '--soc', '11-1011', '--national', specialists.national],
      ['import', '--soc', '29-2072', '--national', specialists.national, '--national=x.csv'],
      ['render', '--widget', 'salary-card', '--widget', 'salary-range'],
      ['render', '--widget', 'salary-card', '--theme', 'dark', '--theme', 'light'],
    ]) {
      const run = await cli(...args);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /--(soc|national|widget|theme) is given more than once; give it once/);
      assert.equal(run.stdout, '');
    }
  });

  it('refuses a --year that cannot be an OEWS May (before 1997, in the future, or not four digits)', async () => {
    for (const year of ['20233', '1996', String(new Date().getFullYear()), '2023.0', '0x7e7']) {
      const run = await cli('import', '--soc', '29-2072', '--national', specialists.national, '--year', year);
      assert.equal(run.code, 2, year);
      assert.match(run.stderr, /--year must be a May from 1997 to \d{4}, such as 2023/);
    }
    assert.equal((await cli('import', '--soc', '29-2072', '--national', specialists.national, '--year', '2023')).code, 0);
  });
});
