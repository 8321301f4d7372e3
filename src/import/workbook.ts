/// <reference types="node" />
/**
 * Opening an `.xlsx` workbook (a zip archive of XML files) within bounds, before
 * read-excel-file sees it: a zip bomb (a small file that unpacks to gigabytes) is
 * refused from the sizes the archive declares, and, since those can lie, while
 * each entry is inflated. What passes is handed on as a new archive of the same
 * XML entries stored uncompressed, so the reader unpacks exactly what was checked.
 * See docs/decisions/0007-bounded-workbooks.md.
 */
import { inflateRawSync } from 'node:zlib';
import { ImportError } from './table.js';

/** Most bytes the XML entries of a workbook may unpack to, together: 128 MiB (the May 2023 state workbook, the largest BLS file the importer reads, unpacks to about 45 MB). */
export const MAX_UNPACKED_BYTES = 128 * 1024 * 1024;
/** Most entries a workbook may hold (one BLS workbook holds about 20). */
export const MAX_ENTRIES = 1000;
/** Most rows a sheet may have (the May 2023 state file has about 37,000). */
export const MAX_ROWS = 200_000;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** The entries read-excel-file reads (it skips everything else, images and printer settings included). */
const isXml = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.xml.rels');

const MIB = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

/** CRC-32 (IEEE), as zip archives record it. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Where the central directory starts and how many entries it lists, from the end record. */
function endRecord(bytes: Buffer, file: string): { entries: number; offset: number } {
  const fail = (why: string): never => {
    throw new ImportError(`${file} is not a readable .xlsx workbook (${why})`);
  };
  // The end record is the last 22 bytes, unless a comment (at most 65,535 bytes) follows it.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) !== END) continue;
    const entries = bytes.readUInt16LE(at + 10);
    const offset = bytes.readUInt32LE(at + 16);
    if (entries === 0xffff || offset === 0xffffffff) fail('a ZIP64 archive: far larger than any BLS workbook');
    return { entries, offset };
  }
  return fail('no zip directory found');
}

/**
 * Checks a workbook and returns it rebuilt with its XML entries stored, uncompressed.
 * Throws ImportError, naming `file`, when the archive is malformed or encrypted, holds
 * more than MAX_ENTRIES entries, declares or actually unpacks to more than
 * MAX_UNPACKED_BYTES, or has a sheet of more than MAX_ROWS rows.
 */
export function openWorkbook(bytes: Buffer, file: string): Buffer {
  const fail = (why: string): never => {
    throw new ImportError(`${file} is not a readable .xlsx workbook (${why})`);
  };
  const tooLarge = (): never => {
    throw new ImportError(`${file} unpacks to more than ${MIB(MAX_UNPACKED_BYTES)}: far more than a BLS workbook; refused (is it the right file?)`);
  };
  const { entries, offset } = endRecord(bytes, file);
  if (entries > MAX_ENTRIES) fail(`${entries} entries, more than ${MAX_ENTRIES}`);
  const kept: { name: Buffer; data: Buffer }[] = [];
  let declared = 0;
  let unpacked = 0;
  let at = offset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) fail('a damaged zip directory');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (!isXml(name.toString('utf8'))) continue;
    if (flags & 1) fail('it is encrypted');
    declared += size;
    if (declared > MAX_UNPACKED_BYTES) tooLarge();
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL) fail('a damaged zip entry');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (start + compressed > bytes.length) fail('a damaged zip entry');
    const raw = bytes.subarray(start, start + compressed);
    let data: Buffer;
    if (method === 0) data = raw;
    else if (method === 8) {
      try {
        // The limit holds while inflating: zlib stops as soon as the output passes it.
        data = inflateRawSync(raw, { maxOutputLength: Math.max(1, Math.min(size, MAX_UNPACKED_BYTES - unpacked)) });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ERR_BUFFER_TOO_LARGE') {
          return size >= MAX_UNPACKED_BYTES - unpacked ? tooLarge() : fail(`an entry unpacks to more than the ${size} bytes it declares`);
        }
        return fail(`a damaged compressed entry (${code ?? String(error)})`);
      }
    } else return fail(`an entry compressed by method ${method}, which .xlsx files do not use`);
    if (data.length !== size) fail(`an entry unpacks to ${data.length} bytes, not the ${size} it declares`);
    unpacked += data.length;
    kept.push({ name, data });
  }
  for (const { name, data } of kept) {
    if (!name.toString('utf8').startsWith('xl/worksheets/')) continue;
    let rows = 0;
    for (let i = data.indexOf('<row'); i >= 0; i = data.indexOf('<row', i + 4)) {
      const next = data[i + 4];
      if (next === 0x20 || next === 0x3e || next === 0x2f) rows++; // `<row `, `<row>`, `<row/>`
    }
    if (rows > MAX_ROWS) throw new ImportError(`${file} has a sheet of ${rows} rows, more than ${MAX_ROWS}: far more than a BLS table; refused`);
  }
  return storedZip(kept);
}

/** A zip archive of `entries`, stored uncompressed. */
function storedZip(entries: { name: Buffer; data: Buffer }[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x800, 6); // names in UTF-8
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    directory.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const size = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}
