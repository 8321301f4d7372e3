import { expect } from '@open-wc/testing';
import { MAX_ITEMS, MAX_PROBLEMS, formatProblem, parseProfile } from '../../src/data/parse.js';
import { variant } from '../../demo/scenarios.js';

const messages = (input: unknown): string[] => parseProfile(input).problems.map(formatProblem);

/** `depth` lists, one inside the other. */
const nested = (depth: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

/** A career path of `n` steps, each leading to the next. */
const chain = (n: number): unknown[] =>
  Array.from({ length: n }, (_, i) => ({ id: `s${i}`, title: `Step ${i}`, kind: 'occupation', ...(i + 1 < n ? { next: [`s${i + 1}`] } : {}) }));

describe('parseProfile: hostile text', () => {
  it('a 100 kB title of "<a" is shortened before any check, reported, and kept as text', () => {
    const { profile, problems } = parseProfile(variant((p) => (p.title = '<a'.repeat(50_000))));
    expect(profile!.title).to.have.length(160);
    expect(problems.map(formatProblem)).to.deep.equal(['title: is 100000 characters long; shown shortened to 160']);
  });

  it('bidirectional controls are removed from every text, and reported', () => {
    const { profile, problems } = parseProfile(
      variant((p) => {
        p.careerPath.steps[2].title = 'Health Services Manager\u202e';
        p.wages.source.name = '\u2067U.S. Bureau of Labor Statistics\u202d';
      }),
    );
    expect(profile!.careerPath!.steps[2].title).to.equal('Health Services Manager');
    expect(profile!.wages!.source.name).to.equal('U.S. Bureau of Labor Statistics');
    expect(problems.map((p) => p.path)).to.deep.equal(['wages.source.name', 'careerPath.steps[2].title']);
    expect(problems[0].message).to.contain('bidirectional control characters');
  });

  it('control characters other than tab and line breaks are removed, and reported', () => {
    const { profile, problems } = parseProfile(variant((p) => (p.title = 'Medical\u0000Records\u0007 Technician\u009b')));
    expect(profile!.title).to.equal('MedicalRecords Technician');
    expect(problems.map(formatProblem)).to.deep.equal(['title: contains control characters; they are removed']);
  });

  it('a title made only of invisible characters is rejected as empty', () => {
    for (const invisible of ['\u200b\u200c\u200d\u2060', '\ufeff', '\u3164\u3164', '\u0301\u0301', '\u202e']) {
      expect(messages(variant((p) => (p.title = invisible)))[0]).to.match(/^title: must be a non-empty text/);
    }
  });

  it('a text given a list nested 10,000 deep, or a cyclic object, is reported without serialising it', () => {
    expect(messages(variant((p) => ((p as Record<string, unknown>)['title'] = nested(10_000))))).to.deep.equal([
      'title: must be a non-empty text, got a list of 1 items',
    ]);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(messages(variant((p) => ((p as Record<string, unknown>)['title'] = cyclic)))).to.deep.equal(['title: must be a non-empty text, got an object']);
  });

  it('a `.data` object whose getter throws gives a problem, not an exception', () => {
    const data = variant(() => undefined) as Record<string, unknown>;
    Object.defineProperty(data, 'wages', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(messages(data)).to.deep.equal(['could not be read ("boom")']);
  });

  it('keys such as __proto__ and constructor are read as own data only', () => {
    const input = JSON.parse('{"__proto__": {"title": "Injected"}, "constructor": 1}') as unknown;
    const { problems } = parseProfile(input);
    expect(problems.map((p) => p.path)).to.include.members(['id', 'title', 'soc']);
    expect(({} as Record<string, unknown>)['title']).to.equal(undefined);
  });
});

describe('parseProfile: hostile numbers', () => {
  it('-0 is read as 0 (never shown as "-$0")', () => {
    const { profile, problems } = parseProfile(variant((p) => ((p.wages as Record<string, unknown>)['employment'] = -0)));
    expect(problems).to.deep.equal([]);
    expect(Object.is(profile!.wages!.employment, 0)).to.equal(true);
  });

  it('figures beyond any published magnitude, or finer than published, are missing and reported; the rest stay', () => {
    const { profile, problems } = parseProfile(
      variant((p) => {
        p.wages.annual.p90 = 1e308;
        (p.wages as Record<string, unknown>)['employment'] = 204220.5;
        p.wages.hourly.mean = 20.595;
        (p.projection as Record<string, unknown>)['numericChange'] = -1e300;
      }),
    );
    expect(problems.map(formatProblem)).to.deep.equal([
      'wages.employment: must be a whole number, got 204220.5',
      'wages.annual.p90: must be at most 10000000, got 1e+308',
      'wages.hourly.mean: must be a number with at most two decimals, got 20.595',
      'projection.numericChange: must be at least -1000000000, got -1e+300',
    ]);
    expect(profile!.wages!.annual!.p90).to.equal(null);
    expect(profile!.wages!.annual!.median).to.equal(39180);
    expect(profile!.wages!.employment).to.equal(null);
    expect(profile!.projection!.numericChange).to.equal(null);
  });

  it('keeps every real BLS magnitude: top codes, employment in the hundreds of millions, cents', () => {
    const { profile, problems } = parseProfile(
      variant((p) => {
        Object.assign(p.wages.annual, { p10: 100000, p25: 150000, median: 239200, p75: 239200, p90: 239200, mean: 239200, atLeast: ['median', 'p75', 'p90'] });
        Object.assign(p.wages.hourly, { p10: 48.08, p25: 72.12, median: 115, p75: 115, p90: 115, mean: 115 });
        (p.wages as Record<string, unknown>)['employment'] = 151_853_870;
        Object.assign(p.projection, { baseEmployment: 167_849_800, projectedEmployment: 174_589_000, numericChange: -6_739_200 });
      }),
    );
    expect(problems).to.deep.equal([]);
    expect(profile!.wages!.annual!.p90).to.equal(239200);
    expect(profile!.wages!.hourly!.median).to.equal(115);
    expect(profile!.wages!.employment).to.equal(151_853_870);
  });

  it('years must be two plausible years', () => {
    expect(messages(variant((p) => ((p.projection as Record<string, unknown>)['years'] = [1e300, 1e301])))).to.deep.equal([
      'projection.years: must be two years, first before last, got a list of 2 items',
    ]);
  });
});

describe('parseProfile: hostile sizes', () => {
  it('a career path of 10,000 chained steps is reported and left out; the other sections stay', () => {
    const { profile, problems } = parseProfile(variant((p) => ((p.careerPath as Record<string, unknown>)['steps'] = chain(10_000))));
    expect(problems.map(formatProblem)).to.deep.equal([`careerPath.steps: has 10000 items, more than the ${MAX_ITEMS.steps} this version shows; not shown`]);
    expect(profile!.careerPath).to.equal(undefined);
    expect(profile!.wages!.annual!.median).to.equal(39180);
  });

  it(`a chain of ${MAX_ITEMS.steps} steps is read, and a loop through all of them is found`, () => {
    const steps = chain(MAX_ITEMS.steps) as { next?: string[] }[];
    expect(parseProfile(variant((p) => ((p.careerPath as Record<string, unknown>)['steps'] = steps))).problems).to.deep.equal([]);
    steps[steps.length - 1].next = ['s0'];
    expect(messages(variant((p) => ((p.careerPath as Record<string, unknown>)['steps'] = steps)))[0]).to.match(/^careerPath\.steps: the steps lead in a circle \(s0 → s1 → .* → s49 → s0\)/);
  });

  for (const [path, set] of [
    ['states.rows', (p: Record<string, Record<string, unknown>>, rows: unknown[]) => (p['states']['rows'] = rows)],
    ['metros.rows', (p: Record<string, Record<string, unknown>>, rows: unknown[]) => (p['metros']['rows'] = rows)],
    ['related.careers', (p: Record<string, Record<string, unknown>>, rows: unknown[]) => (p['related']['careers'] = rows)],
    ['qualities.items', (p: Record<string, Record<string, unknown>>, rows: unknown[]) => (p['qualities']['items'] = rows)],
  ] as const) {
    it(`a list over its bound (${path}) is reported and left out`, () => {
      const { profile, problems } = parseProfile(variant((p) => set(p as unknown as Record<string, Record<string, unknown>>, new Array(100_000).fill('x'))));
      expect(problems.map(formatProblem)[0]).to.match(new RegExp(`^${path.replace('.', '\\.')}: has 100000 items, more than the \\d+ this version shows; not shown$`));
      expect(profile!.wages!.annual!.median).to.equal(39180);
    });
  }

  it(`lists at most ${MAX_PROBLEMS} problems, then says how many more`, () => {
    const empty = new Array(MAX_ITEMS.texts).fill('');
    const { problems } = parseProfile(
      variant((p) => {
        (p.qualities as Record<string, unknown>)['items'] = empty;
        (p.workEnvironment as Record<string, unknown>)['items'] = empty;
      }),
    );
    expect(problems).to.have.length(MAX_PROBLEMS + 1);
    expect(formatProblem(problems[MAX_PROBLEMS])).to.equal(`and ${2 * MAX_ITEMS.texts - MAX_PROBLEMS} more problems, not listed`);
  });
});
