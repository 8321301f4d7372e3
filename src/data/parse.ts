import { STATES } from './states.js';
import { DISTRIBUTION_KEYS, PERCENTILE_KEYS } from './types.js';
import type { CareerStep, DataProblem, Distribution, OccupationProfile, ParseResult, Source } from './types.js';

/** Longest title shown whole; longer ones are shortened and reported. */
export const MAX_TITLE_LENGTH = 160;
/** Longest description or list item shown whole. */
export const MAX_TEXT_LENGTH = 2000;


/** What a check returns for a value it rejected (after reporting why). */
const BAD: unique symbol = Symbol('bad');
type Bad = typeof BAD;

/** Reads one value at a path, reporting problems; returns the value or BAD. */
type Check<T> = (value: unknown, path: string, problems: DataProblem[]) => T | Bad;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as it appears in a message: `nothing`, `NaN`, `"abc"`, `{"p10":1,…`. */
const describe = (value: unknown): string =>
  value === undefined ? 'nothing' : typeof value === 'number' ? `${value}` : `${JSON.stringify(value)}`.slice(0, 40);

const reject = (problems: DataProblem[], path: string, message: string): Bad => {
  problems.push({ path, message });
  return BAD;
};

const MARKUP = /<\/?[a-z!][^>]*>/i;

/** Non-empty text. Markup is reported (it is shown as text); overlong text is shortened and reported. */
const text =
  (max = MAX_TEXT_LENGTH): Check<string> =>
  (value, path, problems) => {
    if (typeof value !== 'string' || !value.trim()) return reject(problems, path, `must be a non-empty text, got ${describe(value)}`);
    let out = value.trim();
    if (MARKUP.test(out)) problems.push({ path, message: 'contains HTML markup; it is shown as plain text' });
    if (out.length > max) {
      problems.push({ path, message: `is ${out.length} characters long; shown shortened to ${max}` });
      out = `${out.slice(0, max - 1)}…`;
    }
    return out;
  };

const title = text(MAX_TITLE_LENGTH);

/** A number in [min, max]; `null` (or absent) means "not published" and is kept as null. */
const number =
  (min = 0, max = Infinity): Check<number | null> =>
  (value, path, problems) => {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) return reject(problems, path, `must be a number, got ${describe(value)}`);
    if (value < min) return reject(problems, path, min === 0 ? `must be zero or more, got ${value}` : `must be at least ${min}, got ${value}`);
    if (value > max) return reject(problems, path, `must be at most ${max}, got ${value}`);
    return value;
  };

const amount = number();

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
      if (value[key] === undefined && optional.includes(key)) continue;
      const read = (shape[key] as Check<unknown>)(value[key], path ? `${path}.${key}` : key, problems);
      if (read !== BAD) out[key] = read;
      else if (!optional.includes(key)) ok = false;
    }
    return ok ? (out as T) : BAD;
  };

/** A list; bad items are left out (and reported), the rest kept. */
const list =
  <T>(item: Check<T>): Check<T[]> =>
  (value, path, problems) => {
    if (!Array.isArray(value)) return reject(problems, path, `must be a list, got ${describe(value)}`);
    return value.map((v, i) => item(v, `${path}[${i}]`, problems)).filter((v): v is T => v !== BAD);
  };

/** Rejections become null: a broken part is shown as missing instead of breaking its section. */
const orNull =
  <T>(check: Check<T>): Check<T | null> =>
  (value, path, problems) => {
    if (value === null || value === undefined) return null;
    const read = check(value, path, problems);
    return read === BAD ? null : read;
  };

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

const source = object<Source>({ name: text(MAX_TITLE_LENGTH * 2), period: title, url, note: text() }, ['url', 'note']);

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
    const given = value[key];
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
    if (!(isPercentile && (r === BAD || outOfOrder) && (r !== BAD || typeof value[key] !== 'number'))) return;
    const below = [...kept].filter((k) => k < i).pop();
    const above = [...kept].find((k) => k > i);
    const name = (k: number): string => `${PERCENTILE_KEYS[k]} (${percentiles[k]})`;
    const where =
      below === undefined
        ? above === undefined
          ? ''
          : ` no larger than ${name(above)}`
        : ` at least as large as ${name(below)}${above === undefined ? '' : ` and no larger than ${name(above)}`}`;
    reject(problems, `${path}.${key}`, `must be a number${where}, got ${describe(value[key])}`);
  });
  for (const key of Object.keys(value)) {
    if (!(DISTRIBUTION_KEYS as readonly string[]).includes(key) && key !== 'atLeast') {
      problems.push({ path: `${path}.${key}`, message: `is not a figure this version knows (${DISTRIBUTION_KEYS.join(', ')}); ignored` });
    }
  }
  const atLeast = value['atLeast'] === undefined ? undefined : list(oneOf(...DISTRIBUTION_KEYS))(value['atLeast'], `${path}.atLeast`, problems);
  if (atLeast !== BAD && atLeast?.length) out.atLeast = atLeast;
  if (DISTRIBUTION_KEYS.every((key) => out[key] === null)) return reject(problems, path, 'has no figures');
  return out;
};

const wages = object(
  {
    source,
    employment: amount,
    annual: orNull(distribution),
    hourly: orNull(distribution),
    allOccupations: object({ annualMean: amount, annualMedian: amount }),
    bySetting: object({ source, settings: list(object({ name: title, medianAnnual: required(amount) })) }),
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
        employment: amount,
      }),
    ),
    (rows, path, problems) => {
      const seen = new Set<string>();
      rows.forEach((row, i) => {
        if (seen.has(row.code)) {
          problems.push({ path: `${path}[${i}].code`, message: `${row.code} appears more than once; only its first row is shown` });
        }
        seen.add(row.code);
      });
      rows.splice(0, rows.length, ...rows.filter((row, i) => rows.findIndex((r) => r.code === row.code) === i));
      return true;
    },
  ),
});

const metros = object({ source, rows: list(object({ name: title, hourlyMean: amount, annualMean: amount })) });

const years: Check<[number, number]> = (value, path, problems) =>
  Array.isArray(value) && value.length === 2 && value.every(Number.isInteger) && value[0] < value[1]
    ? (value as [number, number])
    : reject(problems, path, `must be two years, first before last, got ${describe(value)}`);

const projection = object(
  {
    source,
    years,
    baseEmployment: amount,
    projectedEmployment: amount,
    numericChange: number(-Infinity),
    // A bad percent change is shown as missing: the jobs and employment figures still show.
    percentChange: orNull(percentChange),
    wording: title,
    openingsPerYear: amount,
    allOccupations: object(
      { percentChange: orNull(percentChange), baseEmployment: amount, projectedEmployment: amount, source },
      ['baseEmployment', 'projectedEmployment', 'source'],
    ),
  },
  ['wording', 'openingsPerYear', 'allOccupations'],
);

const texts = list(text());

const education = object({ source, typicalEntry: title, routes: texts, coursework: texts }, ['typicalEntry']);

const step = object<CareerStep>(
  {
    id: text(80),
    title,
    kind: oneOf('training', 'occupation'),
    soc: title,
    education: text(),
    description: text(),
    medianAnnual: amount,
    growthPercent: percentChange,
    next: texts,
    source,
  },
  ['soc', 'education', 'description', 'medianAnnual', 'growthPercent', 'next', 'source'],
);

/** The first cycle in the steps' `next` links, as ids, or undefined. */
function findLoop(steps: CareerStep[]): string[] | undefined {
  const next = new Map(steps.map((s) => [s.id, s.next ?? []]));
  const done = new Set<string>(); // steps from which no loop can be reached
  const visit = (trail: string[]): string[] | undefined => {
    const last = trail[trail.length - 1];
    if (trail.indexOf(last) < trail.length - 1) return trail.slice(trail.indexOf(last));
    if (done.has(last)) return undefined;
    for (const target of next.get(last) ?? []) {
      const loop = visit([...trail, target]);
      if (loop) return loop;
    }
    done.add(last);
    return undefined;
  };
  for (const s of steps) {
    const loop = visit([s.id]);
    if (loop) return loop;
  }
  return undefined;
}

const careerPath = object({
  source,
  steps: refine(list(step), (steps, path, problems) => {
    // A repeated id or a link to no step is reported and left out; the rest of the path still shows.
    const ids = steps.map((s) => s.id);
    steps.forEach((s, i) => {
      if (ids.indexOf(s.id) !== i) problems.push({ path: `${path}[${i}].id`, message: `"${s.id}" is used by an earlier step; this step is not shown` });
      s.next?.forEach((target, j) => {
        if (!ids.includes(target)) problems.push({ path: `${path}[${i}].next[${j}]`, message: `no step has the id "${target}"` });
      });
    });
    const kept = steps.filter((s, i) => ids.indexOf(s.id) === i);
    for (const s of kept) if (s.next) s.next = s.next.filter((target) => ids.includes(target));
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
      { title, soc: title, education: text(), description: text(), medianAnnual: amount, growthPercent: orNull(percentChange) },
      ['soc', 'education', 'description'],
    ),
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
  if (!isRecord(input)) {
    reject(problems, '', `must be an occupation profile (a JSON object), got ${describe(input)}`);
    return { problems };
  }
  // Identity first, then each section on its own, so one bad section costs only itself.
  const out: Record<string, unknown> = {};
  for (const [key, check] of [['id', text(80)], ['title', title]] as const) {
    const read = check(input[key], key, problems);
    out[key] = read === BAD ? '' : read;
  }
  const soc = input['soc'];
  if (typeof soc === 'string' && /^\d\d-\d{4}$/.test(soc)) out['soc'] = soc;
  else {
    reject(problems, 'soc', `must be a SOC code such as "29-2071", got ${describe(soc)}`);
    out['soc'] = '';
  }
  const lang = input['lang'] ?? 'en';
  if (typeof lang === 'string' && /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i.test(lang)) out['lang'] = lang;
  else {
    reject(problems, 'lang', `must be a language tag such as "en" or "es", got ${describe(lang)}`);
    out['lang'] = 'en';
  }
  if (input['aliases'] !== undefined) {
    const aliases = texts(input['aliases'], 'aliases', problems);
    if (aliases !== BAD) out['aliases'] = aliases;
  }
  for (const [key, check] of Object.entries(SECTIONS)) {
    if (input[key] === undefined) continue;
    const read = check(input[key], key, problems);
    if (read !== BAD) out[key] = read;
  }
  return { profile: out as unknown as OccupationProfile, problems };
}

export { formatProblem } from './problem.js';
