import { clip } from './problem.js';
import { STATES } from './states.js';
import { DISTRIBUTION_KEYS, PERCENTILE_KEYS } from './types.js';
import type { CareerStep, DataProblem, Distribution, OccupationProfile, ParseResult, Provenance, Source } from './types.js';

/** Longest title shown whole; longer ones are shortened and reported. */
export const MAX_TITLE_LENGTH = 160;
/** Longest description or list item shown whole. */
export const MAX_TEXT_LENGTH = 2000;
/**
 * Largest wage read, in US dollars (annual or hourly). BLS's top code is $239,200 a year
 * ($115 an hour); anything beyond this bound cannot be a published wage and would not fit a chart.
 */
export const MAX_WAGE = 10_000_000;
/** Largest count of jobs read: US employment, all occupations together, is under 200 million. */
export const MAX_COUNT = 1_000_000_000;
/** Most problems listed; beyond it one more problem says how many were left out. */
export const MAX_PROBLEMS = 100;
/** Most items read in each list, by list; a longer list is reported and not shown. */
export const MAX_ITEMS = { states: 60, metros: 500, steps: 50, careers: 100, settings: 50, texts: 100 } as const;

/** What a check returns for a value it rejected (after reporting why). */
const BAD: unique symbol = Symbol('bad');
type Bad = typeof BAD;

/** Reads one value at a path, reporting problems; returns the value or BAD. */
type Check<T> = (value: unknown, path: string, problems: DataProblem[]) => T | Bad;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Explicit bidirectional embeddings, overrides and isolates, which reorder the text around them. */
// Every bidirectional control (Unicode's Bidi_Control: embeddings, overrides, isolates, and the
// marks LRM, RLM and ALM), which could reorder our own text around a string.
const BIDI_CONTROLS = /\p{Bidi_Control}/gu;
/** Control characters other than tab and line breaks: invisible, or shown as boxes. */
const CONTROLS = /[^\P{Cc}\t\n\r]/gu;

/** An own property: keys never reach the prototype (`constructor`, `__proto__`). */
const own = (record: Record<string, unknown>, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

/**
 * A value as it appears in a message: `nothing`, `NaN`, `"abc"` (its first 40 characters),
 * `an object`, `a list of 3 items`. Lists and objects are never serialised: they may be
 * huge, deeply nested or cyclic.
 */
const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  // Bidirectional controls are left out: they could reverse the rest of the message.
  if (typeof value === 'string') return JSON.stringify(clip(value)).replace(BIDI_CONTROLS, '');
  if (Array.isArray(value)) return `a list of ${value.length} items`;
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
};

const reject = (problems: DataProblem[], path: string, message: string): Bad => {
  problems.push({ path, message });
  return BAD;
};

// Linear: a tag cannot contain `<`, so each `<` starts at most one scan, which stops at the next `<`.
const MARKUP = /<\/?[a-z!][^<>]*>/i;
/** Anything a reader can see: not a space, a control, a format character or a combining mark alone, nor a blank that looks like a letter. */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{M}\p{Z}\u115f\u1160\u2800\u3164\uffa0]/u;

/**
 * Non-empty, visible text. It is shortened first (and reported) when over `max`
 * characters, so every later check runs on at most `max` characters. Bidirectional
 * controls (they could reverse the figures shown after the text) and control
 * characters are removed and reported; text that shows nothing (zero-width or format
 * characters only) is rejected. Markup is reported (it is shown as text).
 */
const text =
  (max = MAX_TEXT_LENGTH): Check<string> =>
  (value, path, problems) => {
    if (typeof value !== 'string') return reject(problems, path, `must be a non-empty text, got ${describe(value)}`);
    let out = value.trim();
    if (out.length > max) {
      problems.push({ path, message: `is ${out.length} characters long; shown shortened to ${max}` });
      // Not between the two halves of a surrogate pair.
      const end = /[\ud800-\udbff]/.test(out[max - 2] ?? '') ? max - 2 : max - 1;
      out = `${out.slice(0, end)}…`;
    }
    const bidi = out.search(BIDI_CONTROLS) >= 0;
    const controls = out.search(CONTROLS) >= 0;
    if (bidi) out = out.replace(BIDI_CONTROLS, '').trim();
    if (controls) out = out.replace(CONTROLS, '').trim();
    if (!VISIBLE.test(out)) return reject(problems, path, `must be a non-empty text, got ${describe(value)}`);
    if (bidi) problems.push({ path, message: 'contains bidirectional control characters (such as U+202E or U+200F); they are removed' });
    if (controls) problems.push({ path, message: 'contains control characters; they are removed' });
    if (MARKUP.test(out)) problems.push({ path, message: 'contains HTML markup; it is shown as plain text' });
    return out;
  };

const title = text(MAX_TITLE_LENGTH);

/** How finely a figure is published: whole units (jobs) or hundredths (cents, percent). */
type Precision = 'whole' | 'hundredths';

/**
 * A number in [min, max] published in whole units or hundredths; `null` (or absent) means
 * "not published" and is kept as null. Finer figures are rejected, not rounded (the display
 * would round them away); -0 is read as 0.
 */
const number =
  (min: number, max: number, precision: Precision = 'hundredths'): Check<number | null> =>
  (value, path, problems) => {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) return reject(problems, path, `must be a number, got ${describe(value)}`);
    if (value < min) return reject(problems, path, min === 0 ? `must be zero or more, got ${value}` : `must be at least ${min}, got ${value}`);
    if (value > max) return reject(problems, path, `must be at most ${max}, got ${value}`);
    if (precision === 'whole' ? !Number.isInteger(value) : Math.round(value * 100) / 100 !== value) {
      return reject(problems, path, `must be a ${precision === 'whole' ? 'whole number' : 'number with at most two decimals'}, got ${value}`);
    }
    return value === 0 ? 0 : value;
  };

const wage = number(0, MAX_WAGE);

/** A figure that must be there: `null` or absent is a problem, not "not published". */
const required =
  (check: Check<number | null>): Check<number> =>
  (value, path, problems) => {
    const read = check(value, path, problems);
    return read === null ? reject(problems, path, `must be a number, got ${describe(value)}`) : read;
  };
const percentChange = number(-100, 1000);

const oneOf =
  <T extends string>(...values: T[]): Check<T> =>
  (value, path, problems) =>
    values.includes(value as T) ? (value as T) : reject(problems, path, `must be ${values.map((v) => `"${v}"`).join(' or ')}, got ${describe(value)}`);

type Shape<T> = { [K in keyof T]-?: Check<T[K]> };

/**
 * An object with the given fields. An absent optional field stays absent, and
 * a bad one is left out (and reported); a bad required field rejects the object.
 */
const object =
  <T>(shape: Shape<T>, optional: (keyof T)[] = []): Check<T> =>
  (value, path, problems) => {
    if (!isRecord(value)) return reject(problems, path, `must be an object, got ${describe(value)}`);
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      const given = own(value, key);
      if (given === undefined && optional.includes(key)) continue;
      const read = (shape[key] as Check<unknown>)(given, path ? `${path}.${key}` : key, problems);
      if (read !== BAD) out[key] = read;
      else if (!optional.includes(key)) ok = false;
    }
    return ok ? (out as T) : BAD;
  };

/** A list of at most `max` items; bad items are left out (and reported), the rest kept. A longer list is rejected. */
const list =
  <T>(item: Check<T>, max: number = MAX_ITEMS.texts): Check<T[]> =>
  (value, path, problems) => {
    if (!Array.isArray(value)) return reject(problems, path, `must be a list, got ${describe(value)}`);
    if (value.length > max) return reject(problems, path, `has ${value.length} items, more than the ${max} this version shows; not shown`);
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) {
      const read = item(value[i], `${path}[${i}]`, problems);
      if (read !== BAD) out.push(read);
    }
    return out;
  };

/** Rejections become null: a broken part is shown as missing instead of breaking its section. */
const orNull =
  <T>(check: Check<T>): Check<T | null> =>
  (value, path, problems) => {
    if (value === null || value === undefined) return null;
    const read = check(value, path, problems);
    return read === BAD ? null : read;
  };

/** A wage in US dollars (annual or hourly), to the cent; a bad one is reported and shown as missing. */
const amount = orNull(wage);
/** A number of jobs; a bad one is reported and shown as missing. */
const count = orNull(number(0, MAX_COUNT, 'whole'));
/** A change in jobs; a bad one is reported and shown as missing. */
const change = orNull(number(-MAX_COUNT, MAX_COUNT, 'whole'));
/** A percent change; a bad one is reported and shown as missing. */
const growth = orNull(percentChange);

/** Adds a check on the whole value after its parts passed. */
const refine =
  <T>(check: Check<T>, test: (value: T, path: string, problems: DataProblem[]) => boolean): Check<T> =>
  (value, path, problems) => {
    const read = check(value, path, problems);
    return read === BAD || !test(read, path, problems) ? BAD : read;
  };

const url: Check<string> = refine(text(), (value, path, problems) =>
  /^https?:\/\//i.test(value) ? true : (reject(problems, path, `must start with https:// or http://, got ${describe(value)}`), false),
);

const sha256: Check<string> = refine(text(), (value, path, problems) =>
  /^[0-9a-f]{64}$/.test(value) ? true : (reject(problems, path, `must be 64 lower-case hex digits, got ${describe(value)}`), false),
);
const provenance = object<Provenance>({
  file: title,
  bytes: required(number(0, Number.MAX_SAFE_INTEGER, 'whole')),
  sha256,
  edition: title,
  socEdition: title,
  importedAt: title,
  importer: title,
});
const source = object<Source>({ name: text(MAX_TITLE_LENGTH * 2), period: title, url, note: text(), provenance }, ['url', 'note', 'provenance']);

/** The largest set of percentiles (by position) whose values rise in order. */
function inOrder(values: (number | null)[]): Set<number> {
  let best = new Set<number>();
  for (let mask = 0; mask < 1 << values.length; mask++) {
    const picked = values.map((v, i) => (mask >> i) & 1 && v !== null ? i : -1).filter((i) => i >= 0);
    const rising = picked.every((i, k) => k === 0 || values[i]! >= values[picked[k - 1]]!);
    if (rising && picked.length > best.size) best = new Set(picked);
  }
  return best;
}

/**
 * Percentiles must rise: p10 ≤ p25 ≤ median ≤ p75 ≤ p90. A bad figure (not a
 * number, negative, or out of order) is reported and shown as missing; the
 * others still show. Out of order means outside the largest run of figures
 * that do rise, so one wrong value never takes its neighbours with it.
 */
const distribution: Check<Distribution> = (value, path, problems) => {
  if (!isRecord(value)) return reject(problems, path, `must be an object, got ${describe(value)}`);
  const out = {} as Distribution;
  const read = DISTRIBUTION_KEYS.map((key) => {
    const given = own(value, key);
    const isNumber = typeof given === 'number' && Number.isFinite(given);
    // Non-numbers in a percentile get one message that also says where the value must lie (below).
    return isNumber || key === 'mean' || given == null ? amount(given, `${path}.${key}`, problems) : BAD;
  });
  const percentiles = PERCENTILE_KEYS.map((_, i) => (typeof read[i] === 'number' ? (read[i] as number) : null));
  const kept = inOrder(percentiles);
  DISTRIBUTION_KEYS.forEach((key, i) => {
    const r = read[i];
    const isPercentile = i < PERCENTILE_KEYS.length;
    const outOfOrder = isPercentile && typeof r === 'number' && !kept.has(i);
    out[key] = r === BAD || outOfOrder ? null : r;
    if (!(isPercentile && (r === BAD || outOfOrder) && (r !== BAD || typeof own(value, key) !== 'number'))) return;
    const below = [...kept].filter((k) => k < i).pop();
    const above = [...kept].find((k) => k > i);
    const name = (k: number): string => `${PERCENTILE_KEYS[k]} (${percentiles[k]})`;
    const where =
      below === undefined
        ? above === undefined
          ? ''
          : ` no larger than ${name(above)}`
        : ` at least as large as ${name(below)}${above === undefined ? '' : ` and no larger than ${name(above)}`}`;
    reject(problems, `${path}.${key}`, `must be a number${where}, got ${describe(own(value, key))}`);
  });
  const unknown = Object.keys(value).filter((key) => !(DISTRIBUTION_KEYS as readonly string[]).includes(key) && key !== 'atLeast');
  for (const key of unknown.slice(0, 10)) {
    // A key from data is cut, like every value shown in a message.
    const name = clip(key).replace(BIDI_CONTROLS, '');
    problems.push({ path: `${path}.${name}`, message: `is not a figure this version knows (${DISTRIBUTION_KEYS.join(', ')}); ignored` });
  }
  if (unknown.length > 10) problems.push({ path, message: `has ${unknown.length - 10} more figures this version does not know; ignored` });
  const atLeast = own(value, 'atLeast') === undefined ? undefined : list(oneOf(...DISTRIBUTION_KEYS), DISTRIBUTION_KEYS.length)(own(value, 'atLeast'), `${path}.atLeast`, problems);
  if (atLeast !== BAD && atLeast?.length) out.atLeast = atLeast;
  if (DISTRIBUTION_KEYS.every((key) => out[key] === null)) return reject(problems, path, 'has no figures');
  return out;
};

const wages = object(
  {
    source,
    employment: count,
    annual: orNull(distribution),
    hourly: orNull(distribution),
    allOccupations: object({ annualMean: amount, annualMedian: amount }),
    bySetting: object({ source, settings: list(object({ name: title, medianAnnual: required(wage) }), MAX_ITEMS.settings) }),
  },
  ['allOccupations', 'bySetting'],
);

/** Each state once; rows with an unknown code or a bad figure are left out. */
const stateRows = object({
  source,
  coverage: oneOf('top', 'all'),
  rows: refine(
    list(
      object({
        code: (value, path, problems) =>
          typeof value === 'string' && Object.hasOwn(STATES, value) ? value : reject(problems, path, `${describe(value)} is not a US state, DC or territory code`),
        name: title,
        hourlyMean: amount,
        annualMean: amount,
        employment: count,
        atLeast: list(oneOf('hourlyMean', 'annualMean'), 2),
      }, ['atLeast']),
      MAX_ITEMS.states,
    ),
    (rows, path, problems) => {
      const seen = new Set<string>();
      const first = rows.filter((row, i) => {
        if (!seen.has(row.code)) return seen.add(row.code);
        problems.push({ path: `${path}[${i}].code`, message: `${row.code} appears more than once; only its first row is shown` });
        return false;
      });
      rows.splice(0, rows.length, ...first);
      return true;
    },
  ),
});

const metros = object({ source, rows: list(object({ name: title, hourlyMean: amount, annualMean: amount }), MAX_ITEMS.metros) });

const isYear = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1900 && (value as number) <= 2200;

const years: Check<[number, number]> = (value, path, problems) =>
  Array.isArray(value) && value.length === 2 && value.every(isYear) && value[0] < value[1]
    ? (value as [number, number])
    : reject(problems, path, `must be two years, first before last, got ${describe(value)}`);

const projection = object(
  {
    source,
    years,
    baseEmployment: count,
    projectedEmployment: count,
    numericChange: change,
    // A bad percent change is shown as missing: the jobs and employment figures still show.
    percentChange: growth,
    wording: title,
    wordingSource: source,
    openingsPerYear: count,
    allOccupations: object(
      { percentChange: growth, baseEmployment: count, projectedEmployment: count, source },
      ['baseEmployment', 'projectedEmployment', 'source'],
    ),
  },
  ['wording', 'wordingSource', 'openingsPerYear', 'allOccupations'],
);

const texts = list(text());

const education = object(
  { source, typicalEntry: title, workExperience: title, onTheJobTraining: title, routes: texts, coursework: texts },
  ['typicalEntry', 'workExperience', 'onTheJobTraining'],
);

const step = object<CareerStep>(
  {
    id: text(80),
    title,
    kind: oneOf('training', 'occupation'),
    soc: title,
    education: text(),
    description: text(),
    medianAnnual: amount,
    growthPercent: growth,
    next: list(text(80), MAX_ITEMS.steps),
    source,
  },
  ['soc', 'education', 'description', 'medianAnnual', 'growthPercent', 'next', 'source'],
);

/**
 * The first cycle in the steps' `next` links, as ids, or undefined. A depth-first walk
 * with its own stack (not recursion), so a long chain of steps cannot overflow the call stack;
 * linear in the steps and links.
 */
function findLoop(steps: CareerStep[]): string[] | undefined {
  const next = new Map(steps.map((s) => [s.id, s.next ?? []]));
  // Absent: not visited; 'open': on the current trail; 'done': no loop can be reached from it.
  const state = new Map<string, 'open' | 'done'>();
  for (const start of steps) {
    if (state.has(start.id)) continue;
    const trail: { id: string; link: number }[] = [{ id: start.id, link: 0 }];
    state.set(start.id, 'open');
    while (trail.length) {
      const top = trail[trail.length - 1];
      const targets = next.get(top.id) ?? [];
      if (top.link === targets.length) {
        state.set(top.id, 'done');
        trail.pop();
        continue;
      }
      const target = targets[top.link++];
      const seen = state.get(target);
      if (seen === 'open') return [...trail.slice(trail.findIndex((t) => t.id === target)).map((t) => t.id), target];
      if (seen === undefined) {
        state.set(target, 'open');
        trail.push({ id: target, link: 0 });
      }
    }
  }
  return undefined;
}

const careerPath = object({
  source,
  steps: refine(list(step, MAX_ITEMS.steps), (steps, path, problems) => {
    // A repeated id or a link to no step is reported and left out; the rest of the path still shows.
    const ids = new Set(steps.map((s) => s.id));
    const seen = new Set<string>();
    const kept = steps.filter((s, i) => {
      s.next?.forEach((target, j) => {
        if (!ids.has(target)) problems.push({ path: `${path}[${i}].next[${j}]`, message: `no step has the id ${describe(target)}` });
      });
      if (!seen.has(s.id)) return seen.add(s.id);
      problems.push({ path: `${path}[${i}].id`, message: `${describe(s.id)} is used by an earlier step; this step is not shown` });
      return false;
    });
    for (const s of kept) if (s.next) s.next = s.next.filter((target) => ids.has(target));
    steps.splice(0, steps.length, ...kept);
    const loop = findLoop(steps);
    if (loop) reject(problems, path, `the steps lead in a circle (${loop.join(' → ')}); the path is not shown`);
    return !loop;
  }),
});

const related = object({
  source,
  careers: list(
    object(
      { title, soc: title, education: text(), description: text(), medianAnnual: amount, growthPercent: growth },
      ['soc', 'education', 'description'],
    ),
    MAX_ITEMS.careers,
  ),
});

const textList = object({ source, items: texts });

/** The sections, each read on its own. */
const SECTIONS: Record<string, Check<unknown>> = {
  wages,
  states: stateRows,
  metros,
  projection,
  education,
  careerPath,
  related,
  qualities: textList,
  workEnvironment: textList,
};

/**
 * Reads an occupation profile from anything (parsed JSON, a `.data` object).
 *
 * Returns the usable part of the profile and every problem found, each with
 * its path and a sentence. A section, row or distribution with a bad value is
 * left out (and reported) rather than repaired, so a bad value never reaches a
 * chart; the rest of the profile is still shown.
 */
export function parseProfile(input: unknown): ParseResult {
  const problems: DataProblem[] = [];
  let profile: OccupationProfile | undefined;
  try {
    profile = read(input, problems);
  } catch (error) {
    // Plain JSON cannot get here; a `.data` object can (a getter that throws, a revoked proxy).
    problems.push({ path: '', message: `could not be read (${describe(error instanceof Error ? error.message : String(error))})` });
  }
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    problems.splice(MAX_PROBLEMS, more, { path: '', message: `and ${more} more problems, not listed` });
  }
  return profile ? { profile, problems } : { problems };
}

function read(input: unknown, problems: DataProblem[]): OccupationProfile | undefined {
  if (!isRecord(input)) {
    reject(problems, '', `must be an occupation profile (a JSON object), got ${describe(input)}`);
    return undefined;
  }
  // Identity first, then each section on its own, so one bad section costs only itself.
  const out: Record<string, unknown> = {};
  for (const [key, check] of [['id', text(80)], ['title', title]] as const) {
    const read = check(own(input, key), key, problems);
    out[key] = read === BAD ? '' : read;
  }
  // Length first: the patterns then run on a few characters.
  const soc = own(input, 'soc');
  if (typeof soc === 'string' && soc.length === 7 && /^\d\d-\d{4}$/.test(soc)) out['soc'] = soc;
  else {
    reject(problems, 'soc', `must be a SOC code such as "29-2071", got ${describe(soc)}`);
    out['soc'] = '';
  }
  const lang = own(input, 'lang') ?? 'en';
  if (typeof lang === 'string' && lang.length <= 35 && /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i.test(lang)) out['lang'] = lang;
  else {
    reject(problems, 'lang', `must be a language tag such as "en" or "es", got ${describe(lang)}`);
    out['lang'] = 'en';
  }
  if (own(input, 'aliases') !== undefined) {
    const aliases = texts(own(input, 'aliases'), 'aliases', problems);
    if (aliases !== BAD) out['aliases'] = aliases;
  }
  if (own(input, 'aliasesSource') !== undefined) {
    const from = source(own(input, 'aliasesSource'), 'aliasesSource', problems);
    if (from !== BAD) out['aliasesSource'] = from;
  }
  for (const [key, check] of Object.entries(SECTIONS)) {
    if (own(input, key) === undefined) continue;
    const read = check(own(input, key), key, problems);
    if (read !== BAD) out[key] = read;
  }
  return out as unknown as OccupationProfile;
}

export { formatProblem } from './problem.js';
