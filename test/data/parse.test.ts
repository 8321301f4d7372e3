import { expect } from '@open-wc/testing';
import defaultProfile from '../../data/medical-records-technician.json';
import { formatProblem, parseProfile } from '../../src/data/parse.js';
import { HTML_TITLE, LONG_TITLE, scenarios, variant } from '../../demo/scenarios.js';

const messages = (input: unknown): string[] => parseProfile(input).problems.map(formatProblem);

describe('parseProfile', () => {
  it('parseProfile(default profile) returns it whole, with no problems', () => {
    const { profile, problems } = parseProfile(defaultProfile);
    expect(problems).to.deep.equal([]);
    expect(profile!.title).to.equal('Medical Records Technician');
    expect(profile!.soc).to.equal('29-2071');
    expect(profile!.wages!.annual).to.deep.equal({ p10: 25810, p25: 30990, median: 39180, p75: 51350, p90: 64610, mean: 42820 });
    expect(profile!.wages!.hourly).to.deep.equal({ p10: 12.41, p25: 14.9, median: 18.83, p75: 24.69, p90: 31.06, mean: 20.59 });
    expect(profile!.wages!.employment).to.equal(204220);
    expect(profile!.wages!.bySetting!.settings.map((s) => s.medianAnnual)).to.deep.equal([42000, 34000]);
    expect(profile!.states!.rows.map((r) => r.code)).to.deep.equal(['NJ', 'AK', 'CA', 'DC', 'MD']);
    expect(profile!.metros!.rows[0]).to.deep.equal({ name: 'San Jose, CA', hourlyMean: 32.06, annualMean: 66690 });
    expect(profile!.projection!.numericChange).to.equal(27800);
    expect(profile!.careerPath!.steps.map((s) => s.id)).to.deep.equal(['training', 'medical-records-technician', 'health-services-manager']);
    expect(profile!.related!.careers.map((c) => c.growthPercent)).to.deep.equal([-3.4, 29.0, 11.8]);
  });

  it('every section of the default profile carries its own source and reference period', () => {
    const { profile } = parseProfile(defaultProfile);
    const sections = ['wages', 'states', 'metros', 'projection', 'education', 'careerPath', 'related', 'qualities', 'workEnvironment'] as const;
    for (const key of sections) {
      const section = profile![key] as { source: { name: string; period: string } };
      expect(section.source.name, key).to.be.a('string').with.length.above(0);
      expect(section.source.period, key).to.be.a('string').with.length.above(0);
    }
    expect(profile!.wages!.source.period).to.equal('May 2017');
    expect(profile!.projection!.source.period).to.equal('2016–26');
  });

  it('rejects a document that is not an object', () => {
    for (const input of [null, 42, 'profile', [defaultProfile], undefined]) {
      const result = parseProfile(input);
      expect(result.profile).to.equal(undefined);
      expect(result.problems[0].message).to.match(/^must be an occupation profile \(a JSON object\), got /);
    }
  });

  for (const field of ['id', 'soc', 'title'] as const) {
    it(`reports a missing ${field} with its path`, () => {
      const input = variant((p) => Reflect.deleteProperty(p, field));
      expect(messages(input)[0]).to.match(new RegExp(`^${field}: must be `));
    });
  }

  it('reports a section without a source, and leaves that section out', () => {
    const input = variant((p) => delete (p.wages as Record<string, unknown>)['source']);
    const { profile, problems } = parseProfile(input);
    expect(problems.map(formatProblem)).to.deep.equal(['wages.source: must be an object, got nothing']);
    expect(profile!.wages).to.equal(undefined);
    expect(profile!.projection).to.not.equal(undefined);
  });

  it('reports a non-numeric wage with the rule it breaks and what it got', () => {
    expect(messages(variant((p) => ((p.wages.annual as Record<string, unknown>)['p90'] = 'abc')))).to.deep.equal([
      'wages.annual.p90: must be a number at least as large as p75 (51350), got "abc"',
    ]);
  });

  it('reports a negative wage and shows it as missing; the other figures stay', () => {
    const { profile, problems } = parseProfile(variant((p) => (p.wages.annual.p10 = -25810)));
    expect(problems.map(formatProblem)).to.deep.equal(['wages.annual.p10: must be zero or more, got -25810']);
    expect(profile!.wages!.annual).to.deep.equal({ p10: null, p25: 30990, median: 39180, p75: 51350, p90: 64610, mean: 42820 });
    expect(profile!.wages!.hourly!.median).to.equal(18.83);
  });

  it('blames the one percentile out of order, not its neighbours', () => {
    const { profile, problems } = parseProfile(variant((p) => (p.wages.annual.p25 = 99999)));
    expect(problems.map(formatProblem)).to.deep.equal([
      'wages.annual.p25: must be a number at least as large as p10 (25810) and no larger than median (39180), got 99999',
    ]);
    expect(profile!.wages!.annual).to.deep.equal({ p10: 25810, p25: null, median: 39180, p75: 51350, p90: 64610, mean: 42820 });
  });

  it('reports NaN and Infinity', () => {
    expect(messages(variant((p) => (p.wages.hourly.mean = NaN)))).to.deep.equal(['wages.hourly.mean: must be a number, got NaN']);
    expect(messages(variant((p) => (p.wages.hourly.mean = Infinity)))).to.deep.equal(['wages.hourly.mean: must be a number, got Infinity']);
  });

  it('reports percentiles out of order (p90 below p10)', () => {
    expect(messages(variant((p) => (p.wages.annual.p90 = 20000)))).to.deep.equal([
      'wages.annual.p90: must be a number at least as large as p75 (51350), got 20000',
    ]);
  });

  it('keeps a published null as missing, never as zero, and checks order around it', () => {
    const { profile, problems } = parseProfile(variant((p) => ((p.wages.annual as Record<string, unknown>)['p75'] = null)));
    expect(problems).to.deep.equal([]);
    expect(profile!.wages!.annual!.p75).to.equal(null);
    expect(profile!.wages!.annual!.p90).to.equal(64610);
  });

  it('keeps top-coded figures marked with atLeast', () => {
    const { profile, problems } = parseProfile(
      variant((p) => Object.assign(p.wages.annual, { p90: 239200, atLeast: ['p90'] })),
    );
    expect(problems).to.deep.equal([]);
    expect(profile!.wages!.annual!.atLeast).to.deep.equal(['p90']);
    expect(messages(variant((p) => Object.assign(p.wages.annual, { atLeast: ['p99'] })))).to.deep.equal([
      'wages.annual.atLeast[0]: must be "p10" or "p25" or "median" or "p75" or "p90" or "mean", got "p99"',
    ]);
  });

  it('shortens a 10,000-character title and reports it', () => {
    const { profile, problems } = parseProfile(variant((p) => (p.title = LONG_TITLE)));
    expect(problems.map(formatProblem)).to.deep.equal(['title: is 10000 characters long; shown shortened to 160']);
    expect(profile!.title).to.have.length(160);
    expect(profile!.title.endsWith('…')).to.equal(true);
  });

  it('keeps HTML in a string as text, and reports it', () => {
    const { profile, problems } = parseProfile(variant((p) => (p.title = HTML_TITLE)));
    expect(problems.map(formatProblem)).to.deep.equal(['title: contains HTML markup; it is shown as plain text']);
    expect(profile!.title).to.equal(HTML_TITLE);
  });

  it('reads the language of the profile’s text: en when absent, a reported problem when not a language tag', () => {
    expect(parseProfile(variant((p) => delete (p as Partial<typeof p>).lang)).profile!.lang).to.equal('en');
    expect(parseProfile(variant((p) => (p.lang = 'es-PR'))).profile!.lang).to.equal('es-PR');
    const bad = parseProfile(variant((p) => ((p as Record<string, unknown>)['lang'] = 'en"><b>')));
    expect(bad.profile!.lang).to.equal('en');
    expect(bad.problems.map(formatProblem)).to.deep.equal(['lang: must be a language tag such as "en" or "es", got "en\\"><b>"']);
  });

  it('accepts a source url only over http(s)', () => {
    expect(messages(variant((p) => (p.wages.source.url = 'javascript:alert(1)')))).to.deep.equal([
      'wages.source.url: must start with https:// or http://, got "javascript:alert(1)"',
    ]);
  });

  it('leaves out state rows with an unknown code or a duplicate; a negative wage is shown as missing; keeps the rest', () => {
    const input = variant((p) => {
      p.states.rows.push(
        { code: 'ZZ', name: 'Nowhere', hourlyMean: 1, annualMean: 2 },
        { code: 'NJ', name: 'New Jersey', hourlyMean: 1, annualMean: 2 },
        { code: 'TX', name: 'Texas', hourlyMean: -1, annualMean: 2 },
      );
    });
    const { profile, problems } = parseProfile(input);
    expect(problems.map(formatProblem)).to.deep.equal([
      'states.rows[5].code: "ZZ" is not a US state, DC or territory code',
      'states.rows[7].hourlyMean: must be zero or more, got -1',
      'states.rows[5].code: NJ appears more than once; only its first row is shown',
    ]);
    expect(profile!.states!.rows.map((r) => r.code)).to.deep.equal(['NJ', 'AK', 'CA', 'DC', 'MD', 'TX']);
    expect(profile!.states!.rows[5]).to.deep.include({ code: 'TX', hourlyMean: null, annualMean: 2 });
  });

  it('reports a career path that leads in a circle, and one with a missing title', () => {
    const loop = variant((p) => (p.careerPath.steps[2] as Record<string, unknown>)['next'] = ['training']);
    expect(messages(loop)).to.deep.equal([
      'careerPath.steps: the steps lead in a circle (training → medical-records-technician → health-services-manager → training); the path is not shown',
    ]);
    const untitled = variant((p) => delete (p.careerPath.steps[2] as Record<string, unknown>)['title']);
    const { profile, problems } = parseProfile(untitled);
    expect(problems.map(formatProblem)).to.include('careerPath.steps[2].title: must be a non-empty text, got nothing');
    expect(profile!.careerPath!.steps).to.have.length(2);
  });

  it('reports a percent change outside −100 to 1,000', () => {
    expect(messages(variant((p) => (p.projection.percentChange = 1500)))).to.deep.equal([
      'projection.percentChange: must be at most 1000, got 1500',
    ]);
  });

  it('reads each bad-input scenario with the message the scenario expects', () => {
    // Parser problems only: "this profile has no …" is said by the element that needs the section.
    const cases = scenarios.filter((x) => x.data !== undefined && x.expectError?.includes(':') && !x.expectError.includes('this profile has no'));
    expect(cases.map((c) => c.id)).to.include.members(['bad-negative', 'bad-text-wage', 'bad-nan', 'bad-order', 'bad-long-title', 'bad-html', 'bad-states', 'bad-path-loop']);
    for (const s of cases) expect(messages(s.data).join('; '), s.id).to.contain(s.expectError);
  });
});

describe('parseProfile: what stays when a part is bad', () => {
  it('a bad optional field (a source url) is left out and reported; the section stays', () => {
    const { profile, problems } = parseProfile(variant((p) => (p.wages.source.url = 'ftp://example.org/x')));
    expect(problems.map(formatProblem)).to.deep.equal(['wages.source.url: must start with https:// or http://, got "ftp://example.org/x"']);
    expect(profile!.wages!.source).to.deep.equal({ name: 'U.S. Bureau of Labor Statistics, Occupational Employment Statistics (OES)', period: 'May 2017' });
    expect(profile!.wages!.annual!.median).to.equal(39180);
  });

  it('a work setting without pay is reported, never dropped silently', () => {
    const { profile, problems } = parseProfile(
      variant((p) => ((p.wages.bySetting.settings[1] as Record<string, unknown>)['medianAnnual'] = null)),
    );
    expect(problems.map(formatProblem)).to.deep.equal(['wages.bySetting.settings[1].medianAnnual: must be a number, got null']);
    expect(profile!.wages!.bySetting!.settings.map((s) => s.name)).to.deep.equal(['Hospitals']);
  });

  it('an unknown figure name (a typo) is reported', () => {
    const input = variant((p) => {
      const annual = p.wages.annual as Record<string, unknown>;
      annual['P90'] = annual['p90'];
      delete annual['p90'];
    });
    expect(messages(input)).to.deep.equal([
      'wages.annual.P90: is not a figure this version knows (p10, p25, median, p75, p90, mean); ignored',
    ]);
  });

  it('a distribution with no figures is reported', () => {
    const { profile, problems } = parseProfile(variant((p) => ((p.wages as Record<string, unknown>)['annual'] = {})));
    expect(problems.map(formatProblem)).to.deep.equal(['wages.annual: has no figures']);
    expect(profile!.wages!.annual).to.equal(null);
  });

  it('a step with a repeated id, and a link to no step, are left out; the path stays', () => {
    const { profile, problems } = parseProfile(
      variant((p) => {
        p.careerPath.steps.push({ ...p.careerPath.steps[2] });
        (p.careerPath.steps[1] as Record<string, unknown>)['next'] = ['health-services-manager', 'astronaut'];
      }),
    );
    expect(problems.map(formatProblem)).to.deep.equal([
      'careerPath.steps[1].next[1]: no step has the id "astronaut"',
      'careerPath.steps[3].id: "health-services-manager" is used by an earlier step; this step is not shown',
    ]);
    expect(profile!.careerPath!.steps.map((s) => s.id)).to.deep.equal(['training', 'medical-records-technician', 'health-services-manager']);
    expect(profile!.careerPath!.steps[1].next).to.deep.equal(['health-services-manager']);
  });
});
