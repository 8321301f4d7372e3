// Property-based tests of the data checker (fast-check): for arbitrary and adversarial input it
// never throws, returns a profile or problems, and what it returns holds only what can be shown
// honestly; rendered, nothing in it becomes markup.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import base from '../../data/medical-records-technician.json';
import '../../src/components/career-profile/career-profile.js';
import { MAX_COUNT, MAX_ITEMS, MAX_PROBLEMS, MAX_TEXT_LENGTH, MAX_WAGE, parseProfile } from '../../src/data/parse.js';
import type { ParseResult } from '../../src/data/types.js';
import { nested } from '../../scripts/hostile/profiles.mjs';
import { settled } from '../helpers.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Text an attacker would try: markup, script breakers, bidi and invisible characters, prototype keys, number-like words, huge strings. */
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '</script><script>alert(1)</script>',
    '<!--',
    'javascript:alert(1)',
    '\u202eevil',
    'title\u202e',
    '\u2066\u2067\u2068\u2069',
    '\u200fABC\u061c\u200e',
    '\u200b\u200c\u200d\u2060\ufeff',
    '\u0000\u0007\u001b[31m',
    '\ud800',
    '__proto__',
    'constructor',
    'toString',
    '-0',
    'NaN',
    'Infinity',
    '1e308',
    '',
    '   ',
  ),
  fc.constantFrom('<a'.repeat(50_000), ' '.repeat(100_000), 'x'.repeat(MAX_TEXT_LENGTH + 1)),
);

/** Numbers an attacker would try, and some real ones. */
const hostileNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom(-0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 0.1 + 0.2, 239200, 115, 151_853_870, MAX_COUNT + 1, MAX_WAGE + 0.01, 18.835),
);

/** Any JSON value, with hostile leaves, deep nesting and long lists among them. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 3, arbitrary: hostileText },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5000 }).map((depth) => nested(depth)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 20_000 }).map((n) => new Array<string>(n).fill('x')) },
  { weight: 1, arbitrary: fc.dictionary(hostileText, hostileNumber, { maxKeys: 20 }) },
);

/** Every path (as keys) of the default profile, to aim a mutation at. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}
const PATHS = paths(base).filter((p) => p.length > 0);

/** The default profile with `value` put at `path` (a whole section, a list, a figure, a title…). */
function mutate(mutations: { path: (string | number)[]; value: unknown }[]): unknown {
  const profile = clone(base) as unknown as Record<string | number, unknown>;
  for (const { path, value } of mutations) {
    let target = profile;
    for (const key of path.slice(0, -1)) {
      const next = target[key];
      if (!next || typeof next !== 'object') break;
      target = next as Record<string | number, unknown>;
    }
    target[path[path.length - 1]] = value;
  }
  return profile;
}

const mutatedProfile = fc.array(fc.record({ path: fc.constantFrom(...PATHS), value: hostileValue }), { minLength: 1, maxLength: 6 }).map(mutate);

/** Whatever the checker returns: either a profile or at least one problem; problems bounded and well formed. */
function assertWellFormed(result: ParseResult): void {
  expect(result.profile !== undefined || result.problems.length > 0).to.equal(true);
  expect(result.problems.length).to.be.at.most(MAX_PROBLEMS + 1);
  for (const p of result.problems) {
    expect(p.path).to.be.a('string');
    expect(p.message).to.be.a('string').and.not.match(/\p{Bidi_Control}/u);
    expect(p.path.length + p.message.length).to.be.below(600);
  }
}

/** Every string in a checked profile is visible text without controls, every number finite, bounded, never -0. */
function assertShowable(value: unknown, path = ''): void {
  if (typeof value === 'string') {
    expect(value, path).to.not.match(/\p{Bidi_Control}|[^\P{Cc}\t\n\r]/u);
    expect(value.length, path).to.be.at.most(MAX_TEXT_LENGTH);
  } else if (typeof value === 'number') {
    expect(Number.isFinite(value), path).to.equal(true);
    expect(Object.is(value, -0), `${path} is -0`).to.equal(false);
    expect(Math.abs(value), path).to.be.at.most(MAX_COUNT);
  } else if (Array.isArray(value)) {
    expect(value.length, path).to.be.at.most(Math.max(...Object.values(MAX_ITEMS)));
    value.forEach((v, i) => assertShowable(v, `${path}[${i}]`));
  } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) assertShowable(v, `${path}.${k}`);
}

describe('parseProfile, property-based (fast-check)', function () {
  // Hundreds of generated profiles a test: seconds in one engine, more with three engines at once on two cores.
  this.timeout(60000);
  it('on any JSON value: never throws, returns a profile or problems', () => {
    fc.assert(
      fc.property(hostileValue, (input) => {
        const result = parseProfile(input);
        assertWellFormed(result);
        if (result.profile) assertShowable(result.profile);
      }),
      { numRuns: 300 },
    );
  });

  it('on the default profile with up to six parts replaced by hostile values: never throws, keeps only what can be shown', () => {
    fc.assert(
      fc.property(mutatedProfile, (input) => {
        const result = parseProfile(input);
        assertWellFormed(result);
        if (result.profile) assertShowable(result.profile);
      }),
      { numRuns: 500 },
    );
  });

  it('quotes data in its messages cut by characters, never splitting a surrogate pair (emoji, CJK extensions)', () => {
    // Half a pair, raw or as JSON writes a lone one (\ud83d).
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\\u[dD][89a-fA-F]/;
    const astral = fc.string({ unit: 'grapheme', minLength: 30, maxLength: 60 }).map((s) => `${s}😀`.repeat(3));
    fc.assert(
      fc.property(astral, fc.constantFrom('title', 'soc', 'lang'), (text, key) => {
        const messages = parseProfile({ ...clone(base), [key]: text, aliases: [text.repeat(300)] }).problems.map((p) => `${p.path}: ${p.message}`);
        const keyed = parseProfile({ ...clone(base), wages: { ...clone(base).wages, [text]: 1 } }).problems.map((p) => `${p.path}: ${p.message}`);
        for (const m of [...messages, ...keyed]) expect(lone.test(m), m).to.equal(false);
      }),
      { numRuns: 200 },
    );
  });

  it('rendered by <mrt-career-profile>, nothing it returns becomes markup and nothing is thrown', async () => {
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent): void => void uncaught.push(e.message);
    addEventListener('error', onError);
    try {
      await fc.assert(
        fc.asyncProperty(mutatedProfile, async (input) => {
          const el = await fixture<HTMLElement & { data?: unknown }>(html`<mrt-career-profile .data=${input}></mrt-career-profile>`);
          await settled(el);
          const all = (root: ParentNode): Element[] => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
          for (const node of all(el.shadowRoot!)) {
            expect(['script', 'img', 'iframe', 'object', 'embed', 'style', 'link']).to.not.include(node.localName);
            for (const { name } of node.attributes) expect(name.startsWith('on'), name).to.equal(false);
            if (node.localName === 'a') expect(node.getAttribute('href')).to.match(/^https?:\/\//i);
          }
          el.remove();
        }),
        { numRuns: 40 },
      );
    } finally {
      removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
  });
});
