// Hostile BLS files for the importer, generated at test time (zip bombs included: nothing large is
// committed). Node only. `writeHostileBlsFiles(dir)` writes them and returns one case per file:
// { name, args (for `mrt-widgets import`), fails (a pattern its one error line must match) or
// warns (a pattern a warning must match) }.
import { writeFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';

const HEADER = ['AREA_TITLE', 'PRIM_STATE', 'OCC_CODE', 'OCC_TITLE', 'O_GROUP', 'TOT_EMP', 'H_MEAN', 'A_MEAN', 'H_MEDIAN', 'A_MEDIAN'];
const row = (state, code, title) => [state === 'US' ? 'U.S.' : 'Somewhere', state, code, title, 'detailed', '1000', '20.00', '41600', '19.00', '39520'];
const csvField = (value) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csv = (rows) => rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = crcTable[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/**
 * A zip archive. Each entry: { name, data (Buffer, deflated here), or deflated (already) with
 * size and crc; declared: the uncompressed size to write in the headers (a lie, if it differs) }.
 */
export function zip(entries) {
  const parts = [];
  const directory = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const deflated = entry.deflated ?? deflateRawSync(entry.data);
    const size = entry.declared ?? entry.size ?? entry.data.length;
    const crc = entry.crc ?? crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.flags ?? 0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.flags ?? 0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, deflated);
    directory.push(central, name);
    offset += 30 + name.length + deflated.length;
  }
  const size = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}

const xmlText = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (i) => (i >= 26 ? column(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));
/** A sheet row: numbers as number cells (as BLS's workbooks hold figures), anything else as text. */
const sheetRow = (cells, r) =>
  `<row r="${r}">${cells
    .map((v, i) =>
      typeof v === 'number' ? `<c r="${column(i)}${r}"><v>${v}</v></c>` : `<c r="${column(i)}${r}" t="inlineStr"><is><t>${xmlText(String(v ?? ''))}</t></is></c>`,
    )
    .join('')}</row>`;
const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** The entries of a one-sheet workbook around `sheet` (an entry without its name). */
const workbookEntries = (sheet) => [
  {
    name: '[Content_Types].xml',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  },
  {
    name: '_rels/.rels',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
  },
  {
    name: 'xl/workbook.xml',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
  },
  {
    name: 'xl/_rels/workbook.xml.rels',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  },
  { name: 'xl/worksheets/sheet1.xml', ...sheet },
];

/** A small, valid workbook of `rows` (the first is the header). */
export const workbook = (rows) => zip(workbookEntries({ data: Buffer.from(SHEET_HEAD + rows.map((r, i) => sheetRow(r, i + 1)).join('') + SHEET_TAIL) }));

/**
 * A zip bomb: a workbook whose sheet repeats one row until it unpacks to `bytes`, deflated as a
 * stream (so it is never all in memory). `declared`: the size its headers claim (default: true).
 */
export async function bombWorkbook(bytes, declared) {
  const line = Buffer.from(sheetRow(row('NY', '29-2072', 'Medical records specialists'), 2).repeat(4000));
  const head = Buffer.from(SHEET_HEAD + sheetRow(HEADER, 1));
  const tail = Buffer.from(SHEET_TAIL);
  const deflate = createDeflateRaw({ level: 1 });
  const out = [];
  deflate.on('data', (chunk) => out.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  const feed = (chunk) =>
    new Promise((resolve) => {
      if (deflate.write(chunk)) resolve();
      else deflate.once('drain', resolve);
    });
  let size = 0;
  // The CRC is not checked by a reader that stops first; 0 keeps this fast.
  for (const chunk of [head]) {
    await feed(chunk);
    size += chunk.length;
  }
  while (size + line.length + tail.length <= bytes) {
    await feed(line);
    size += line.length;
  }
  await feed(tail);
  size += tail.length;
  deflate.end();
  await done;
  return zip(workbookEntries({ deflated: Buffer.concat(out), size: declared ?? size, crc }));
}

/** Writes every hostile BLS file into `dir` and returns the cases. */
export async function writeHostileBlsFiles(dir) {
  const file = (name, content) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const national = (rows) => file(`national_${rows.name}_M2023_dl.csv`, csv([HEADER, ...rows.rows]));
  const cases = [];
  const add = (name, args, expected) => cases.push({ name, args: ['import', '--soc', '29-2072', ...args], ...expected });
  const good = national({ name: 'good', rows: [row('US', '29-2072', 'Medical records specialists')] });

  add('zip bomb: 480 MB sheet, sizes declared', ['--national', file('bomb_M2023_dl.xlsx', await bombWorkbook(480 * 1024 * 1024))], { fails: /bomb_M2023_dl\.xlsx unpacks to more than 128 MB/ });
  add('zip bomb: 480 MB sheet, declaring 1 kB', ['--national', file('liar_M2023_dl.xlsx', await bombWorkbook(480 * 1024 * 1024, 1024))], { fails: /liar_M2023_dl\.xlsx is not a readable \.xlsx workbook \(an entry unpacks to more than the 1024 bytes it declares\)/ });
  add('zip bomb: 480 MB sheet, declaring 100 MB', ['--national', file('liar2_M2023_dl.xlsx', await bombWorkbook(480 * 1024 * 1024, 100 * 1024 * 1024))], { fails: /liar2_M2023_dl\.xlsx is not a readable \.xlsx workbook \(an entry unpacks to more than/ });
  const manyRows = [HEADER, ...Array.from({ length: 250_000 }, () => ['', 'NY', '29-2072', 't', '', '', '', '', '', ''])];
  add('sheet of 250,000 rows', ['--national', file('rows_M2023_dl.xlsx', workbook(manyRows.map((r, i) => (i ? [r[2]] : r))))], { fails: /rows_M2023_dl\.xlsx has a sheet of 250001 rows, more than 200000/ });
  add('CSV of 250,000 rows', ['--national', file('rows_M2023_dl.csv', csv(manyRows))], { fails: /rows_M2023_dl\.csv has 250001 rows, more than 200000/ });
  const sparse = file('sparse_M2023_dl.csv', '');
  truncateSync(sparse, 300 * 1024 * 1024);
  add('300 MB file', ['--national', sparse], { fails: /sparse_M2023_dl\.csv is larger than 128 MB/ });
  add('not a zip, named .xlsx', ['--national', file('fake_M2023_dl.xlsx', 'PK but not a zip at all')], { fails: /fake_M2023_dl\.xlsx is not a readable \.xlsx workbook/ });
  add('encrypted entry', ['--national', file('locked_M2023_dl.xlsx', zip(workbookEntries({ data: Buffer.from(SHEET_HEAD + SHEET_TAIL), flags: 1 })))], { fails: /locked_M2023_dl\.xlsx is not a readable \.xlsx workbook \(it is encrypted\)/ });
  add('truncated workbook', ['--national', file('cut_M2023_dl.xlsx', workbook([HEADER]).subarray(0, 300))], { fails: /cut_M2023_dl\.xlsx is not a readable \.xlsx workbook/ });
  add('binary garbage', ['--national', file('garbage_M2023_dl.csv', Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256)))], { fails: /garbage_M2023_dl\.csv is not UTF-8 text \(UTF-16 or binary\)/ });

  const spaces = `Medical records specialists${' '.repeat(100_000)}x`;
  add('projections title of 100,000 spaces', ['--national', good, '--projections', file('ep_spaces.csv', csv([['Occupation Title', 'SOC Code', 'Employment, 2023', 'Employment, 2033', 'Employment Change, 2023-2033', 'Employment Percent Change, 2023-2033'], [spaces, '29-2072', '191.5', '208.2', '16.7', '8.7']]))], { fails: /ep_spaces\.csv, row 2, column 1: a cell of 100028 characters, more than 4000/ });
  const shortSpaces = `Medical records specialists${' '.repeat(3_900)}x`;
  add('projections title of 3,900 spaces (under the cell bound)', ['--national', good, '--projections', file('ep_short_spaces.csv', csv([['Occupation Title', 'SOC Code', 'Employment, 2023', 'Employment, 2033', 'Employment Change, 2023-2033', 'Employment Percent Change, 2023-2033'], [shortSpaces, '29-2072', '191.5', '208.2', '16.7', '8.7']]))], { ok: true });
  add('national title of 100 kB markup', ['--national', national({ name: 'markup', rows: [row('US', '29-2072', '<a'.repeat(50_000))] })], { fails: /national_markup_M2023_dl\.csv, row 2, column 4: a cell of 100000 characters/ });
  add('national title of 3,000 characters of markup', ['--national', national({ name: 'markup3k', rows: [row('US', '29-2072', '<a'.repeat(1_500))] })], { fails: /does not pass validation/ });
  add('a figure of 100 kB of digits', ['--national', national({ name: 'digits', rows: [[...row('US', '29-2072', 't').slice(0, 6), '1'.repeat(3_999), ...row('US', '29-2072', 't').slice(7)]] })], { fails: /column H_MEAN: "1{40}…" is not a number or a BLS marker/ });
  add('odd state codes', ['--national', good, '--state', file('state_odd_M2023_dl.csv', csv([HEADER, ...['constructor', '__proto__', 'toString', 'hasOwnProperty', 'XX', 'NY'].map((code) => row(code, '29-2072', 'Medical records specialists'))]))], { warns: /"constructor" is not a US state, DC or territory; row skipped[\s\S]*"__proto__"[\s\S]*"toString"[\s\S]*"XX"/ });
  add('odd state names (no code column)', ['--national', good, '--state', file('state_names_M2023_dl.csv', csv([['AREA_TITLE', 'OCC_CODE', 'A_MEAN'], ['constructor', '29-2072', '1'], ['__proto__', '29-2072', '1'], ['New York', '29-2072', '1']]))], { warns: /"constructor" is not a US state, DC or territory; row skipped/ });
  add('script-breaking title and education', ['--national', national({ name: 'script', rows: [row('US', '29-2072', 'Records</script ')] }), '--projections', file('ep_script.csv', csv([['Occupation Title', 'SOC Code', 'Employment, 2023', 'Employment, 2033', 'Employment Change, 2023-2033', 'Employment Percent Change, 2023-2033', 'Typical entry-level education'], ['Records', '29-2072', '191.5', '208.2', '16.7', '8.7', '<img src=x onerror=alert(1)//']]))], { ok: true });
  return cases;
}
