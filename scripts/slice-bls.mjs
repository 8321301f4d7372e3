// Makes the BLS file slices in data/bls/ from the full downloads, keeping each
// file's layout byte for byte (BOM, delimiter, quoting, line ends, final
// newline or not): the header, the rows of the occupations the built-in
// profiles and tests use, the all-occupations row, and a few rows that carry
// each BLS marker. The national May 2023 workbook is copied whole.
//   node scripts/slice-bls.mjs DIR_WITH_FULL_FILES
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const from = process.argv[2];
if (!from) {
  console.error('usage: node scripts/slice-bls.mjs DIR_WITH_FULL_FILES');
  process.exit(2);
}

/** Keeps line 1 and the lines `keep` accepts, with the file's own line ends. */
function slice(name, keep) {
  const text = readFileSync(join(from, name), 'utf8');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const endsWithEol = text.endsWith(eol);
  const lines = text.split(eol).filter((l, i) => l !== '' || i === 0);
  const kept = lines.filter((line, i) => i === 0 || keep(line));
  writeFileSync(join('data/bls', name), kept.join(eol) + (endsWithEol ? eol : ''));
  console.log(`${name}: ${kept.length - 1} of ${lines.length - 1} rows`);
}

const codes = (...list) => (line) => list.some((code) => line.includes(code));
slice('national_M2017_dl.csv', (l) => /^(00-0000|29-2070|29-2071|11-9111|11-1030|11-1031|11-1010),/.test(l));
slice('state_M2023_dl.csv', (l) =>
  /;29-2072;|;00-0000;/.test(l) || /^Alaska;29-1214;|^Alabama;11-1031;|^Alabama;13-2052;/.test(l),
);
slice('ep_2023-33_Employment_Projections.csv', codes('"=""29-2072"""', '"=""29-1211"""', '"=""27-2011"""', '"=""11-9111"""'));
slice('ep_2016-26_employment_projections.csv', codes('"=""29-2071"""', '"=""29-1061"""', '"=""27-2011"""', '"=""11-9111"""'));
copyFileSync(join(from, 'national_M2023_dl.xlsx'), 'data/bls/national_M2023_dl.xlsx');
console.log('national_M2023_dl.xlsx: copied whole');
