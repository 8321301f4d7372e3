/// <reference types="node" />
/**
 * The `mrt-widgets` command. `mrt-widgets import --help` and `mrt-widgets render --help` list every flag.
 * Exit codes: 0 done, 1 an input file is wrong (the message says where), 2 usage.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ImportError, importProfile, isOewsYear } from './index.js';
import { toScriptSafeJson } from './json.js';
import { writeOutput } from './output.js';

const HELP = `mrt-widgets: career widgets with BLS data

Usage:
  mrt-widgets import --soc CODE --national FILE [options]   build a profile from BLS files
  mrt-widgets render --widget NAME [options]                one widget as pre-rendered HTML
  mrt-widgets --help                                        this help
  mrt-widgets import --help                                 every import flag
  mrt-widgets render --help                                 every render flag
`;

const RENDER_HELP = `mrt-widgets render: one widget as HTML that shows before and without any script

Usage:
  mrt-widgets render --widget salary-card [--occupation ID | --profile FILE] \\
    [--locale es] [--theme dark] [--out snippet.html]

Flags:
  --widget NAME       salary-card, salary-range, outlook-gauge, state-wages, career-path
                      or career-profile (required)
  --occupation ID     a built-in profile: medical-records-technician (default) or
                      medical-records-specialists
  --profile FILE      a profile JSON file (mrt-widgets import writes one); checked as the
                      widgets check it, and written inside the element for the script
  --locale TAG        the widget's locale attribute, e.g. es (default: English, US)
  --theme THEME       auto (default), light or dark
  --out FILE          write the HTML here (default: standard output); written whole or
                      not at all, never over the profile file
  -h, --help          this help

The element's shadow root is written as declarative shadow DOM (<template shadowrootmode>)
with its styles inline, stamped with the package version and a hash of its inputs. Paste it
with the CDN script: the script takes the widget over in place. See the README, "Embed it".
`;

const IMPORT_HELP = `mrt-widgets import: build an occupation profile from the files BLS publishes

Usage:
  mrt-widgets import --soc 29-2072 --national national_M2023_dl.xlsx \\
    [--state state_M2023_dl.xlsx] [--projections "Employment Projections.csv"] \\
    [--id medical-records-specialists] [--title "Medical Records Specialist"] [--out file.json]

Flags:
  --soc CODE          SOC code of the occupation, e.g. 29-2072 (required)
  --national FILE     OEWS national file, .xlsx as published or re-saved as .csv (required)
                      (bls.gov/oes/tables.htm: "National" data, national_MYYYY_dl.xlsx)
  --state FILE        OEWS state file, .xlsx or .csv (state_MYYYY_dl.xlsx)
  --projections FILE  Employment Projections occupation export, .csv
                      (data.bls.gov/projections/occupationProj, exported as CSV)
  --id ID             profile id (default: from the title)
  --title TEXT        title the widgets show (default: the title in the national file)
  --year YYYY         OEWS reference year, if the file names do not say (…_M2023_…)
  --out FILE          write the profile here (default: standard output); written
                      whole or not at all, never over an input file
  -h, --help          this help

The profile is JSON in the same schema as the built-in ones; host it and point
a widget's src attribute at it, or paste it inside <script type="application/json">
(<, > and & are written as \\u escapes, so no text in it can end the script). Problems with an input file name the file, row
and column; partial data (no state rows, say) is allowed and reported.
`;

type Flags = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/**
 * parseArgs, refusing a flag given twice (`--soc 29-2072 --soc 11-1011` would otherwise quietly take
 * the last): every flag of these commands takes one value. Throws a TypeError naming the flag.
 */
function parseOnce<T extends Flags>(args: string[], options: T): ReturnType<typeof parseArgs<{ args: string[]; options: T; tokens: true }>>['values'] {
  const { values, tokens } = parseArgs({ args, options, tokens: true });
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new TypeError(`--${token.name} is given more than once; give it once`);
    seen.add(token.name);
  }
  return values;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command ? 0 : 2;
  }
  if (command === 'render') return render(rest);
  if (command !== 'import') {
    process.stderr.write(`mrt-widgets: unknown command "${command}"\n\n${HELP}`);
    return 2;
  }
  let values;
  try {
    values = parseOnce(rest, {
      soc: { type: 'string' },
      national: { type: 'string' },
      state: { type: 'string' },
      projections: { type: 'string' },
      id: { type: 'string' },
      title: { type: 'string' },
      year: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
  } catch (error) {
    process.stderr.write(`mrt-widgets import: ${error instanceof Error ? error.message : String(error)}\n\n${IMPORT_HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(IMPORT_HELP);
    return 0;
  }
  if (!values.soc || !values.national) {
    process.stderr.write(`mrt-widgets import: --soc and --national are required\n\n${IMPORT_HELP}`);
    return 2;
  }
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(/^\d{4}$/.test(values.year!) && isOewsYear(year))) {
    process.stderr.write(`mrt-widgets import: --year must be a May from 1997 to ${new Date().getFullYear() - 1}, such as 2023, got "${values.year}"\n`);
    return 2;
  }
  try {
    const { profile, warnings } = await importProfile({
      soc: values.soc,
      national: values.national,
      state: values.state,
      projections: values.projections,
      id: values.id,
      title: values.title,
      year,
    });
    for (const warning of warnings) process.stderr.write(`mrt-widgets import: warning: ${warning}\n`);
    const json = toScriptSafeJson(profile);
    const inputs = [values.national, values.state, values.projections].filter((f): f is string => f !== undefined);
    if (values.out) await writeOutput(values.out, json, inputs);
    // A standard output that cannot take it (a full disk, /dev/full, a closed pipe) is one line
    // and exit 1, like every other failure, not an unhandled 'error' event.
    else {
      await new Promise<void>((resolve, reject) => {
        process.stdout.once('error', reject);
        process.stdout.write(json, (error) => (error ? reject(error) : resolve()));
      }).catch((error: unknown) => {
        throw new ImportError(`cannot write the profile to standard output (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      });
    }
    return 0;
  } catch (error) {
    // Every failure is one readable line: an input or output problem says where; anything else
    // (a bug) says so without a stack trace.
    const message = error instanceof ImportError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`mrt-widgets import: ${message}\n`);
    return 1;
  }
}

/** Writes `text` to standard output; a failure is a RenderError/ImportError line, not an unhandled event. */
function writeStdout(text: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    process.stdout.once('error', reject);
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  }).catch((error: unknown) => {
    throw new ImportError(`cannot write to standard output (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  });
}

/** `mrt-widgets render`: exit 0 done, 1 the profile or the output file is wrong, 2 usage. */
async function render(argv: string[]): Promise<number> {
  const usage = (message: string): number => {
    process.stderr.write(`mrt-widgets render: ${message}\n\n${RENDER_HELP}`);
    return 2;
  };
  let values;
  try {
    values = parseOnce(argv, {
      widget: { type: 'string' },
      occupation: { type: 'string' },
      profile: { type: 'string' },
      locale: { type: 'string' },
      theme: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(RENDER_HELP);
    return 0;
  }
  // The renderer (and Lit's DOM shim) loads only for this command.
  const { RENDER_WIDGETS, RenderError, THEMES, renderWidget } = await import('../render/render.js');
  if (!values.widget) return usage('--widget is required');
  const widget = RENDER_WIDGETS.find((name) => name === values.widget);
  if (!widget) return usage(`--widget must be one of ${RENDER_WIDGETS.join(', ')}, got "${values.widget}"`);
  if (values.occupation !== undefined && values.profile !== undefined) return usage('give --occupation or --profile, not both');
  const theme = THEMES.find((name) => name === values.theme);
  if (values.theme !== undefined && !theme) return usage(`--theme must be auto, light or dark, got "${values.theme}"`);
  if (values.locale !== undefined && !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(values.locale))
    return usage(`--locale must be a language tag such as es or en-US, got "${values.locale}"`);
  try {
    let profile;
    if (values.profile !== undefined) {
      const file = values.profile;
      const text = await readFile(file, 'utf8').catch((error: unknown) => {
        const code = (error as NodeJS.ErrnoException).code;
        const why =
          code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (code ?? String(error));
        throw new RenderError(`cannot read ${file}: ${why}`);
      });
      profile = { text, what: file };
    }
    const { html } = await renderWidget({
      widget,
      occupation: values.occupation,
      profile,
      locale: values.locale,
      theme,
    });
    if (values.out) await writeOutput(values.out, html, values.profile === undefined ? [] : [values.profile]);
    else await writeStdout(html);
    return 0;
  } catch (error) {
    const message =
      error instanceof RenderError || error instanceof ImportError
        ? error.message
        : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`mrt-widgets render: ${message}\n`);
    return 1;
  }
}
