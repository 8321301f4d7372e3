// The importer on files unlike the ones it was built on: Windows-1252 re-saves, BLS's "All data" and
// industry layouts (metro areas and single industries beside the state rows), titles of any length
// and script. Each family is a property (fast-check) or a sweep over the real file, not one example.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readSheet } from 'read-excel-file/node';
import { ImportError, importProfile } from '../../dist/import/index.js';
import { parseProfile } from '../../dist/data.js';

const BLS = 'data/bls';
const RUNS = Number(process.env.MRT_PROPERTY_RUNS ?? 100);
const tmp = mkdtempSync(join(tmpdir(), 'mrt-edges-'));
let n = 0;
const write = (name, data) => {
  const path = join(tmp, `${n++}-${name}`);
  writeFileSync(path, data);
  return path;
};

/** Characters Windows-1252 has beyond ASCII (all of 0xA0–0xFF, and the 27 it places in 0x80–0x9F). */
const CP1252_EXTRA = [...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ', ...Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i))];
/** `text` in Windows-1252 bytes (every character of it must be in the code page). */
function cp1252(text) {
  const bytes = [];
  for (const c of text) {
    const code = c.codePointAt(0);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else {
      const at = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'.indexOf(c);
      assert.ok(at >= 0, `${c} is not in Windows-1252`);
      bytes.push(0x80 + at);
    }
  }
  return Buffer.from(bytes);
}

const nonAscii = (text) => [...text].some((c) => c.charCodeAt(0) > 0x7f);

/** Whether `bytes` are valid UTF-8. */
function isUtf8(bytes) {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const NATIONAL_HEADER = 'OCC_CODE,OCC_TITLE,OCC_GROUP,TOT_EMP,H_MEAN,A_MEAN,H_MEDIAN,A_MEDIAN';
const nationalRow = (title) => `29-2071,"${title.replace(/"/g, '""')}",detailed,"204,220",20.59,"42,820",18.83,"39,180"`;

describe('a CSV saved by Excel on Windows (Windows-1252, German Excel included)', () => {
  it('decodes the 32 characters Windows-1252 has at 0x80–0x9F by the WHATWG index (0x92 is ’, 0x80 €, 0x9F Ÿ)', async () => {
    const bytes = Buffer.concat([Buffer.from(`${NATIONAL_HEADER}\r\n29-2071,"A`), Buffer.from([0x92, 0x80, 0x9f, 0x96, 0xe9]), Buffer.from(`",detailed,"204,220",20.59,"42,820",18.83,"39,180"\r\n`)]);
    const { profile } = await importProfile({ soc: '29-2071', national: write('national_M2017_dl.csv', bytes) });
    assert.equal(profile.title, 'A’€Ÿ–é');
  });

  it('reads its titles as written, says it read them as Windows-1252, and reads the figures exactly', async () => {
    const title = 'Médical Records – Technicians’ Café';
    const path = write('national_M2017_dl.csv', cp1252(`${NATIONAL_HEADER}\r\n${nationalRow(title)}\r\n`));
    const { profile, warnings } = await importProfile({ soc: '29-2071', national: path });
    assert.equal(profile.title, title);
    assert.equal(profile.wages.annual.median, 39180);
    assert.equal(profile.wages.employment, 204220);
    assert.ok(warnings.some((w) => /is not UTF-8: read as Windows-1252/.test(w)), warnings.join('\n'));
  });

  it('any title in the code page (fast-check) comes back character for character; a UTF-8 file gives no such warning', async () => {
    // Printable ASCII but `<`: a title with markup in it is the checker's to refuse (it is), not the decoder's.
    const char = fc.oneof(fc.constantFrom(...CP1252_EXTRA), fc.integer({ min: 0x20, max: 0x7e }).filter((c) => c !== 0x3c).map((c) => String.fromCharCode(c)));
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(char, { minLength: 1, maxLength: 60 })
          .map((cs) => cs.join(''))
          // A title the checker takes (a letter or digit in it), not read as Excel's `="…"` (a leading `=`),
          // whose Windows-1252 bytes are not also valid UTF-8 ("Ã©" is the UTF-8 of "é": such a file
          // is UTF-8, and read as such).
          .filter((t) => /[\p{L}\p{N}]/u.test(t) && !t.trimStart().startsWith('=') && !/[\s\u00a0]{2}/.test(t) && !(nonAscii(t) && isUtf8(cp1252(t)))),
        fc.boolean(),
        async (title, utf8) => {
          const text = `${NATIONAL_HEADER}\r\n${nationalRow(title)}\r\n`;
          const path = write('national_M2017_dl.csv', utf8 ? Buffer.from(text, 'utf8') : cp1252(text));
          const { profile, warnings } = await importProfile({ soc: '29-2071', national: path, id: 'x' });
          assert.equal(profile.title, title.trim());
          assert.equal(warnings.some((w) => /is not UTF-8/.test(w)), !utf8 && nonAscii(text));
        },
      ),
      { numRuns: Math.min(RUNS, 60) },
    );
  });
});

describe('BLS layouts with more than state rows: "All data", metro and industry files', () => {
  // The 32 columns of BLS's own OEWS files (state_M2023_dl.xlsx, all_data_M_2023.xlsx).
  const HEADER =
    'AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,JOBS_1000,LOC_QUOTIENT,PCT_TOTAL,PCT_RPT,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY';
  const row = (area, title, type, state, naics, naicsTitle, group, hourly, annual) =>
    `${area},"${title}",${type},${state},${naics},"${naicsTitle}",${group},1235,29-2072,Medical Records Specialists,detailed,"1,000",1.0,1.0,1.0,,,${hourly},"${annual}",0.5,1,1,1,1,1,"1","1","1","1","1",,`;
  const file = [
    HEADER,
    row(99, 'U.S.', 1, 'US', '000000', 'Cross-industry', 'cross-industry', '24.95', '51,890'),
    row(6, 'California', 2, 'CA', '000000', 'Cross-industry', 'cross-industry', '31.02', '64,520'),
    row(41940, 'San Jose-Sunnyvale-Santa Clara, CA', 4, 'CA', '000000', 'Cross-industry', 'cross-industry', '40.00', '83,200'),
    row(36, 'New York', 2, 'NY', '000000', 'Cross-industry', 'cross-industry', '29.10', '60,530'),
    row(36, 'New York', 2, 'NY', '622000', 'Hospitals', 'sector', '35.00', '72,800'),
    row(36, 'New York', 2, 'NY', '000001', 'Cross-industry, Private Ownership Only', 'cross-industry', '28.00', '58,240'),
    row(72, 'Puerto Rico', 3, 'PR', '000000', 'Cross-industry', 'cross-industry', '12.50', '26,000'),
    row(3700004, 'Mountain North Carolina nonmetropolitan area', 6, 'NC', '000000', 'Cross-industry', 'cross-industry', '19.00', '39,520'),
  ].join('\r\n');

  it('reads only state-wide, cross-industry rows as states; says how many others it skipped', async () => {
    const path = write('state_M2023_dl.csv', file);
    const { profile, warnings } = await importProfile({ soc: '29-2072', national: `${BLS}/national_M2023_dl.xlsx`, state: path });
    assert.deepEqual(
      profile.states.rows.map((r) => [r.code, r.annualMean]),
      [
        ['CA', 64520],
        ['NY', 60530],
        ['PR', 26000],
      ],
    );
    assert.ok(warnings.some((w) => /4 rows for 29-2072 are not state-wide cross-industry figures/.test(w)), warnings.join('\n'));
  });

  it('refuses an industry file given as the national one, instead of reading one industry as the occupation', async () => {
    const path = write('nat4d_M2023_dl.csv', [HEADER, row(99, 'U.S.', 1, 'US', '622000', 'Hospitals', 'sector', '35.00', '72,800')].join('\r\n'));
    await assert.rejects(importProfile({ soc: '29-2072', national: path, year: 2023 }), (error) => {
      assert.ok(error instanceof ImportError);
      assert.match(error.message, /has 1 rows for 29-2072, none of them cross-industry \(NAICS 000000\): it looks like an industry file/);
      return true;
    });
  });
});

describe('profile ids made from titles', () => {
  it('every occupation in the May 2023 national file imports with an id the checker takes (BLS titles run to over 100 characters)', async () => {
    const rows = await readSheet(readFileSync(`${BLS}/national_M2023_dl.xlsx`));
    const code = rows[0].indexOf('OCC_CODE');
    const title = rows[0].indexOf('OCC_TITLE');
    const long = rows.slice(1).filter((r) => String(r[title]).length > 80);
    assert.ok(long.length >= 10, `the file has long titles (${long.length})`);
    for (const r of long) {
      const { profile } = await importProfile({ soc: r[code], national: `${BLS}/national_M2023_dl.xlsx` });
      assert.ok(profile.id.length <= 80 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(profile.id), `${r[code]}: ${profile.id}`);
      assert.deepEqual(parseProfile(profile).problems, []);
    }
  });

  it('any title (fast-check): an id of words joined by hyphens, at most 80 characters, never empty', async () => {
    const path = write('national_M2017_dl.csv', `${NATIONAL_HEADER}\r\n${nationalRow('Medical Records Technicians')}\r\n`);
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 300, unit: 'grapheme' }), async (title) => {
        let profile;
        try {
          ({ profile } = await importProfile({ soc: '29-2071', national: path, title }));
        } catch (error) {
          // A title the checker refuses (markup, nothing visible, bidi controls) is refused for itself, never for the id made from it.
          assert.ok(error instanceof ImportError, String(error));
          assert.doesNotMatch(error.message, /\bid: /);
          return;
        }
        assert.match(profile.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
        assert.ok(profile.id.length <= 80);
      }),
      { numRuns: Math.min(RUNS, 50) },
    );
  });

  it('an --id longer than the checker takes is refused by name', async () => {
    await assert.rejects(importProfile({ soc: '29-2072', national: `${BLS}/national_M2023_dl.xlsx`, id: 'x'.repeat(81) }), /the profile id \(--id\) must be 1 to 80 characters/);
    await assert.rejects(importProfile({ soc: '29-2072', national: `${BLS}/national_M2023_dl.xlsx`, id: '   ' }), /the profile id \(--id\) must be 1 to 80 characters other than spaces, got " {3}"/);
  });
});
