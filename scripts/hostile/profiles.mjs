// Hostile occupation profiles, generated (nothing large is committed). Pure: runs in Node and in
// the browser tests alike. Each entry is { name, data } or { name, json } (text), data built from a good `base` profile
// (data/medical-records-technician.json) with one attack, so the rest of it must still show.
//
//   node scripts/hostile-corpus.mjs OUT_DIR   writes them (and the hostile BLS files) as files.

const clone = (value) => JSON.parse(JSON.stringify(value));

/** `base` with `change(profile)` applied to a copy. */
const variant = (base, change) => {
  const p = clone(base);
  change(p);
  return p;
};

/** A value nested `depth` lists deep. */
export const nested = (depth, leaf = 'x') => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

/** A career path of `n` steps, each leading to the next. */
export const chain = (n) =>
  Array.from({ length: n }, (_, i) => ({ id: `s${i}`, title: `Step ${i}`, kind: 'occupation', ...(i + 1 < n ? { next: [`s${i + 1}`] } : {}) }));

/** About `bytes` of text made to be slow for a backtracking markup pattern. */
export const markupBomb = (bytes) => '<a'.repeat(Math.ceil(bytes / 2));

/** A profile of about `bytes` bytes (as JSON) whose every text field is a markup bomb: the linear-time inputs. */
export const hugeProfile = (base, bytes) => {
  const share = Math.ceil(bytes / 8);
  return variant(base, (p) => {
    p.title = markupBomb(share);
    p.careerPath.steps[2].description = markupBomb(share);
    p.wages.source.name = markupBomb(share);
    p.qualities.items = Array.from({ length: 4 }, () => markupBomb(share));
    p.aliases = [`${' '.repeat(share)}x`];
  });
};

const RLO = '\u202e';

/** Every hostile profile, by name. */
export function hostileProfiles(base) {
  return [
    { name: 'markup-title-100k', data: variant(base, (p) => (p.title = markupBomb(100_000))) },
    { name: 'huge-1mb', data: hugeProfile(base, 1_000_000) },
    { name: 'chain-10000-steps', data: variant(base, (p) => (p.careerPath.steps = chain(10_000))) },
    { name: 'chain-5000-steps', data: variant(base, (p) => (p.careerPath.steps = chain(5_000))) },
    {
      name: 'bidi-overrides',
      data: variant(base, (p) => {
        p.careerPath.steps[2].title = `Health Services Manager${RLO}`;
        p.wages.source.name = `U.S. Bureau of Labor Statistics${RLO}`;
        p.states.rows[0].name = `New Jersey\u2067`;
        p.metros.rows[0].name = `San Jose, CA${RLO}`;
        p.education.typicalEntry = `\u202dPostsecondary nondegree award`;
        p.related.careers[0].title = `${p.related.careers[0].title}${RLO}`;
        p.qualities.items[0] = `${p.qualities.items[0]}${RLO}`;
        p.aliases = [`Health information technician${RLO}`];
        p.wages.bySetting.settings[0].name = `Hospitals${RLO}`;
      }),
    },
    // Valid: shown as it is, isolated.
    { name: 'rtl-text', valid: true, data: variant(base, (p) => (p.careerPath.steps[2].title = 'מנהל שירותי בריאות')) },
    { name: 'zero-width-title', data: variant(base, (p) => (p.title = '\u200b\u200c\u200d\u2060\ufeff')) },
    {
      name: 'negative-zero',
      // Valid: -0 is 0, shown as 0.
      valid: true,
      data: variant(base, (p) => {
        p.wages.employment = -0;
        p.wages.annual.p10 = -0;
        p.projection.numericChange = -0;
        p.projection.percentChange = -0;
      }),
    },
    {
      name: 'absurd-numbers',
      data: variant(base, (p) => {
        p.wages.annual.p90 = 1e308;
        p.wages.hourly.mean = 5e-324;
        p.wages.employment = 1.5;
        p.projection.numericChange = -1e308;
        p.states.rows[0].annualMean = 1e21;
        p.careerPath.steps[2].medianAnnual = 99999999999;
      }),
    },
    {
      name: 'number-like-strings',
      data: variant(base, (p) => {
        p.wages.annual.median = 'NaN';
        p.wages.hourly.median = 'Infinity';
        p.wages.employment = '1e308';
        p.projection.percentChange = '-0';
      }),
    },
    // As JSON text only: JSON.stringify itself overflows on it; JSON.parse reads it.
    { name: 'deep-nesting-100000', json: JSON.stringify(variant(base, (p) => (p.projection = '@@'))).replace('"@@"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`) },
    { name: 'deep-nesting-objects', json: JSON.stringify(variant(base, (p) => (p.wages.annual = '@@'))).replace('"@@"', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`) },
    {
      name: 'prototype-keys',
      data: Object.assign(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'), variant(base, (p) => {
        p.states.rows.push({ code: 'constructor', name: 'x', hourlyMean: 1, annualMean: 1 }, { code: '__proto__', name: 'x', hourlyMean: 1, annualMean: 1 }, { code: 'toString', name: 'x', hourlyMean: 1, annualMean: 1 });
      })),
    },
    { name: 'list-100000-states', data: variant(base, (p) => (p.states.rows = new Array(100_000).fill(p.states.rows[0]))) },
    {
      name: 'control-characters',
      data: variant(base, (p) => {
        p.title = 'Medical\u0000Records\u0007Technician\u001b[31m';
        p.careerPath.steps[0].title = '\ud800 lone surrogate \udfff';
      }),
    },
    {
      name: 'script-breakers',
      data: variant(base, (p) => {
        p.title = 'Technician</script><script>alert(1)</script>';
        p.education.typicalEntry = '<img src=x onerror=alert(1)>';
        p.careerPath.steps[2].description = '<!--<script>';
        p.wages.source.url = 'javascript:alert(1)';
        p.careerPath.source.url = ' JaVaScRiPt:alert(1)';
      }),
    },
    {
      name: 'wrong-types',
      data: variant(base, (p) => {
        p.wages = [p.wages];
        p.states.rows = { 0: p.states.rows[0] };
        p.careerPath.steps[1].next = 'health-services-manager';
        p.title = 42;
        p.lang = { en: true };
      }),
    },
    { name: 'many-unknown-keys', data: variant(base, (p) => Object.assign(p.wages.annual, Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i])))) },
    { name: 'huge-key', data: variant(base, (p) => (p.wages.annual['k'.repeat(100_000)] = 1)) },
  ];
}
