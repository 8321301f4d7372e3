/// <reference types="node" />
/**
 * `mrt-widgets/import`: builds an occupation profile from the files BLS
 * publishes. Node only; never part of the browser bundle.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSheet } from 'read-excel-file/node';
import { formatProblem, parseProfile } from '../data/parse.js';
import type { OccupationProfile, Provenance } from '../data/types.js';
import { ALL_OCCUPATIONS } from './all-occupations.js';
import { OEWS_HEADER, readNational, readStates, yearFromFileName } from './oews.js';
import { PROJECTIONS_HEADER, projectionYears, readProjections } from './projections.js';
import { ImportError, Table, checkBounds, normalise, parseDelimited } from './table.js';
import { MAX_ROWS, MAX_UNPACKED_BYTES, openWorkbook } from './workbook.js';
import type { Cell } from './table.js';

export { ImportError } from './table.js';
export { toScriptSafeJson } from './json.js';

export interface ImportOptions {
  /** SOC code, e.g. "29-2072". */
  soc: string;
  /** OEWS national file (`.xlsx` or `.csv`). */
  national: string;
  /** OEWS state file (`.xlsx` or `.csv`). */
  state?: string;
  /** Employment Projections occupation export (`.csv`). */
  projections?: string;
  /** Profile id; default: from the title. */
  id?: string;
  /** Title shown by the widgets; default: the title in the national file. */
  title?: string;
  /** OEWS reference year (May of which year); default: from the file names (`…_M2023_…`). */
  year?: number;
  /** When the profile is made, recorded in each section's provenance; default: now. */
  now?: Date;
}

export interface ImportResult {
  profile: OccupationProfile;
  /** Partial data, reported but not fatal: "no state rows for 29-2072 in …". */
  warnings: string[];
}

/**
 * Reads the first sheet of a workbook, or a CSV (comma or semicolon). A file larger than any BLS
 * file (over MAX_UNPACKED_BYTES on disk, or unpacking to more, or over MAX_ROWS rows, or with a cell
 * over MAX_CELL_LENGTH characters) is refused with an ImportError naming it, before it is parsed.
 */
export async function readTable(path: string): Promise<Cell[][]> {
  return (await readInput(path)).rows;
}

/** What Windows-1252 has at 0x80–0x9F (the WHATWG Encoding Standard's index); elsewhere it is Latin-1. */
const WINDOWS_1252_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252 bytes as text. Not `TextDecoder('windows-1252')`: Node 20.18.3 and later decode
 * 0x80–0x9F with it as Latin-1 control characters (’ as U+0092; nodejs/node issues 56542, 60888).
 */
const decodeWindows1252 = (bytes: Buffer): string =>
  bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_80[c.charCodeAt(0) - 0x80]!);

/**
 * An input file's rows, with its size and SHA-256 for the profile's provenance, and the encoding
 * its text was read in: UTF-8, or Windows-1252 for text that is not valid UTF-8 (Excel's "CSV" on
 * Windows in the US and Western Europe, German Excel's included: "Médical" is then read as
 * written, not as "M\uFFFDdical"). Numbers are ASCII in both, so no figure depends on it.
 */
async function readInput(path: string): Promise<{ rows: Cell[][]; bytes: number; sha256: string; encoding: 'UTF-8' | 'Windows-1252' }> {
  let bytes: Buffer;
  try {
    if ((await stat(path)).size > MAX_UNPACKED_BYTES) {
      throw new ImportError(`${path} is larger than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB: far more than a BLS file; refused (is it the right file?)`);
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError(
      code === 'ENOENT'
        ? `file not found: ${path} (check the name and the folder)`
        : `${path} could not be read (${code === 'EISDIR' ? 'it is a folder' : (code ?? String(error))})`,
    );
  }
  let rows: Cell[][];
  let encoding: 'UTF-8' | 'Windows-1252' = 'UTF-8';
  if (extname(path).toLowerCase() === '.xlsx' || bytes.subarray(0, 2).toString('latin1') === 'PK') {
    const checked = openWorkbook(bytes, path);
    try {
      rows = (await readSheet(checked)) as Cell[][];
    } catch (error) {
      throw new ImportError(`${path} is not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)})`);
    }
  } else {
    // BLS files and their re-saves are UTF-8 (or ASCII); a UTF-16 re-save ("Unicode text" in
    // Excel) has a byte-order mark or a zero byte in every other place, and would read as no rows.
    const head = bytes.subarray(0, 512);
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || head.includes(0)) {
      throw new ImportError(`${path} is not UTF-8 text (UTF-16 or binary); save it as CSV UTF-8 and import again`);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = decodeWindows1252(bytes);
      encoding = 'Windows-1252';
    }
    rows = parseDelimited(text, basename(path));
  }
  checkBounds(path, rows, MAX_ROWS);
  return { rows, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), encoding };
}

/** The importer's name and version, from the package it ships in. */
async function importerName(): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'), 'utf8')) as { name?: string; version?: string };
    return `${pkg.name ?? "mrt-widgets"} ${pkg.version ?? ""}`.trim();
  } catch {
    return 'mrt-widgets';
  }
}

/** The SOC edition OEWS codes follow in a May release (bls.gov/oes/soc_2018.htm). */
const oewsSoc = (year: number): string => (year >= 2021 ? '2018 SOC' : year >= 2019 ? '2010 and 2018 SOC hybrid' : '2010 SOC');
/** The SOC edition of a projections edition: 2018 SOC from 2019–29 on. */
const projectionsSoc = (from: number): string => (from >= 2019 ? '2018 SOC' : '2010 SOC');

/**
 * The OEWS reference years the importer takes: May 1997, the first in BLS's tables, to May of last
 * year (May's figures are published the next spring). A year outside them is a typo (20233).
 */
export function isOewsYear(year: number, now = new Date()): boolean {
  return Number.isInteger(year) && year >= 1997 && year <= now.getFullYear() - 1;
}

/** Longest profile id the checker takes (src/data/parse.ts). */
const MAX_ID = 80;

/**
 * A profile id from a title: lower-case ASCII letters and digits in words joined by hyphens, cut at
 * the last whole word within MAX_ID characters (BLS has titles of over 100, e.g. 53-1047); a title
 * with no such letters gives `soc-29-2072`.
 */
function profileId(title: string, soc: string): string {
  const words = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (!words) return `soc-${soc}`;
  if (words.length <= MAX_ID) return words;
  const cut = words.slice(0, MAX_ID + 1).lastIndexOf('-');
  return words.slice(0, cut > 0 ? cut : MAX_ID);
}

const OEWS_NAME = (year: number): string =>
  `U.S. Bureau of Labor Statistics, ${year >= 2021 ? 'Occupational Employment and Wage Statistics (OEWS)' : 'Occupational Employment Statistics (OES)'}`;

/** Builds and validates a profile. Throws ImportError with the file, row and column of what is wrong. */
export async function importProfile(options: ImportOptions): Promise<ImportResult> {
  const { soc } = options;
  if (!/^\d\d-\d{4}$/.test(soc)) throw new ImportError(`--soc must be a SOC code such as 29-2072, got "${soc}"`);
  const warnings: string[] = [];
  const importedAt = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const importer = await importerName();
  const record = (path: string, input: { bytes: number; sha256: string }, edition: string, socEdition: string): Provenance => ({
    file: basename(path),
    bytes: input.bytes,
    sha256: input.sha256,
    edition,
    socEdition,
    importedAt,
    importer,
  });
  if (options.id !== undefined && (options.id.length > MAX_ID || !options.id.trim())) {
    throw new ImportError(`the profile id (--id) must be 1 to ${MAX_ID} characters other than spaces, got ${JSON.stringify(options.id.slice(0, 100))}`);
  }
  if (options.year !== undefined && !isOewsYear(options.year)) {
    throw new ImportError(`the OEWS year (--year) must be a May from 1997 to ${new Date().getFullYear() - 1}, got ${options.year}`);
  }
  /** Says when a file was not UTF-8 and was read as Windows-1252. */
  const encodingOf = (path: string, input: { encoding: string }): void => {
    if (input.encoding !== 'UTF-8') {
      warnings.push(`${basename(path)} is not UTF-8: read as ${input.encoding}, as Excel saves "CSV" on Windows; check its titles (or save it as "CSV UTF-8")`);
    }
  };
  const nationalInput = await readInput(options.national);
  encodingOf(options.national, nationalInput);
  const year = options.year ?? yearFromFileName(basename(options.national));
  if (!year) throw new ImportError(`cannot tell the year of ${options.national} from its name: give it with --year`);
  const nationalTable = new Table(basename(options.national), nationalInput.rows, OEWS_HEADER, 'an OEWS wage file');
  const national = readNational({ table: nationalTable, year, warnings }, soc);
  const title = options.title ?? national.title;
  if (!title) throw new ImportError(`${nationalTable.file} has no title for ${soc}: give one with --title`);
  const wagesSource = {
    name: OEWS_NAME(year),
    period: `May ${year}`,
    url: 'https://www.bls.gov/oes/tables.htm',
    provenance: record(options.national, nationalInput, `OEWS May ${year}, national`, oewsSoc(year)),
  };
  const profile: OccupationProfile = {
    id: options.id ?? profileId(title, soc),
    soc,
    title,
    // BLS files are in English.
    lang: 'en',
    wages: {
      source: wagesSource,
      employment: national.employment,
      annual: national.annual,
      hourly: national.hourly,
      ...(national.allOccupations ? { allOccupations: national.allOccupations } : {}),
    },
  };
  if (options.state) {
    const stateInput = await readInput(options.state);
    encodingOf(options.state, stateInput);
    const stateTable = new Table(basename(options.state), stateInput.rows, OEWS_HEADER, 'an OEWS wage file');
    const stateYear = yearFromFileName(basename(options.state)) ?? year;
    const rows = readStates({ table: stateTable, year: stateYear, warnings }, soc);
    if (rows.length) {
      const mixed = stateYear !== year;
      if (mixed) warnings.push(`state wages (${stateTable.file}) are for May ${stateYear} but national wages are for May ${year}: different releases, shown with their own dates`);
      profile.states = {
        source: {
          name: OEWS_NAME(stateYear),
          period: `May ${stateYear}`,
          url: 'https://www.bls.gov/oes/tables.htm',
          ...(mixed ? { note: `a different release from the national wages (May ${year})` } : {}),
          provenance: record(options.state, stateInput, `OEWS May ${stateYear}, states`, oewsSoc(stateYear)),
        },
        coverage: 'all',
        rows,
      };
    }
  }
  if (options.projections) {
    const input = await readInput(options.projections);
    encodingOf(options.projections, input);
    const { rows } = input;
    const name = basename(options.projections);
    if (rows.slice(0, 10).some((r) => r.some((c) => ['amean', 'hmean', 'totemp'].includes(normalise(c))))) {
      throw new ImportError(`${name} looks like an OEWS wage file, not an Employment Projections export: give it with --national or --state`);
    }
    const table = new Table(name, rows, PROJECTIONS_HEADER, 'an Employment Projections export');
    const [from, to] = projectionYears(table);
    const p = readProjections(table, soc);
    if (!p) warnings.push(`${soc} is not in ${name} (${table.rows.length} occupations): the profile has no projection`);
    else {
      const period = `${from}–${String(to).slice(2)}`;
      const mixed = Math.abs(from - year) > 1;
      if (mixed) {
        warnings.push(`wages are for May ${year} but projections start in ${from}: different editions (SOC codes changed in 2018, e.g. 29-2071 became 29-2072)`);
      }
      const provenance = record(options.projections, input, `Employment Projections ${period}`, projectionsSoc(from));
      const average = Object.hasOwn(ALL_OCCUPATIONS, from) ? ALL_OCCUPATIONS[from] : undefined;
      if (!average) warnings.push(`no all-occupations average is on file for the ${period} projections: the gauge shows none (src/import/all-occupations.ts lists the editions)`);
      profile.projection = {
        source: {
          name: 'U.S. Bureau of Labor Statistics, Employment Projections',
          period,
          url: 'https://www.bls.gov/emp/tables.htm',
          ...(mixed ? { note: `a different edition from the wages (May ${year})` } : {}),
          provenance,
        },
        years: [from, to],
        baseEmployment: p.baseEmployment,
        projectedEmployment: p.projectedEmployment,
        numericChange: p.numericChange,
        percentChange: p.percentChange,
        openingsPerYear: p.openingsPerYear,
        ...(average ? { allOccupations: average } : {}),
      };
      if (p.typicalEntry || p.workExperience || p.onTheJobTraining) {
        profile.education = {
          source: { name: 'U.S. Bureau of Labor Statistics, Employment Projections', period, url: 'https://www.bls.gov/emp/tables.htm', provenance },
          ...(p.typicalEntry ? { typicalEntry: p.typicalEntry } : {}),
          ...(p.workExperience ? { workExperience: p.workExperience } : {}),
          ...(p.onTheJobTraining ? { onTheJobTraining: p.onTheJobTraining } : {}),
          routes: [],
          coursework: [],
        };
      }
      if (p.sampleTitles.length) {
        profile.aliases = p.sampleTitles;
        profile.aliasesSource = { name: 'U.S. Bureau of Labor Statistics, Employment Projections', period, url: 'https://www.bls.gov/emp/tables.htm', note: 'sample job titles', provenance };
      }
    }
  }
  const { problems } = parseProfile(profile);
  if (problems.length) {
    throw new ImportError(`the profile for ${soc} does not pass validation:\n${problems.map((x) => `  ${formatProblem(x)}`).join('\n')}`);
  }
  return { profile, warnings };
}
