import { expect } from '@open-wc/testing';
import { BUILT_IN_IDS } from '../../src/data/profiles.js';
import { OCCUPATIONS, WIDGETS, embedTitle, isHeightMessage, readEmbedOptions } from '../../src/embed/options.js';

describe('embed page options', () => {
  it('each built-in occupation’s title and fallback links are those of its data file', async () => {
    for (const [id, { title, url, outlookUrl }] of Object.entries(OCCUPATIONS)) {
      const profile = (await (await fetch(`/data/${id}.json`)).json()) as { title: string; wages: { source: { url: string } }; projection: { source: { url: string } } };
      expect(profile.title, id).to.equal(title);
      expect(profile.wages.source.url, id).to.equal(url);
      expect(profile.projection.source.url, id).to.equal(outlookUrl);
    }
  });

  it('reads widget and known attributes only, drops src and overlong values', () => {
    const options = readEmbedOptions('?widget=state-wages&metric=hourly&src=https://evil.example/p.json&theme=dark&locale=' + 'x'.repeat(101));
    expect(options).to.deep.equal({
      widget: 'state-wages',
      attributes: { theme: 'dark', metric: 'hourly' },
      title: 'Medical Records Technician: pay by state',
    });
    expect(readEmbedOptions('?widget=__proto__').problem).to.contain('is not a widget');
    expect(readEmbedOptions('').problem).to.contain('No widget chosen');
    expect(Object.keys(WIDGETS)).to.have.length(6);
    expect(embedTitle('career-path', 'medical-records-specialists', 'es')).to.equal('Medical Records Specialist: trayectoria profesional');
    expect(embedTitle('salary-card', 'constructor')).to.equal('constructor: pay');
  });

  it('takes an occupation only when it is exactly a built-in id: no address is formed from anything else', () => {
    expect(Object.keys(OCCUPATIONS)).to.deep.equal([...BUILT_IN_IDS]);
    for (const id of ['..%2F~someone%2Fevil', '../~someone/evil', 'medical-records-technician/../x', 'constructor', '__proto__', 'MEDICAL-RECORDS-TECHNICIAN', 'medical-records-technician ']) {
      const options = readEmbedOptions(`?widget=salary-card&occupation=${encodeURIComponent(id)}`);
      expect(options.widget, id).to.equal(undefined);
      expect(options.attributes, id).to.not.have.property('occupation');
      expect(options.problem, id).to.contain('is not a built-in occupation');
    }
    expect(readEmbedOptions('?widget=salary-card&occupation=medical-records-specialists').attributes).to.deep.equal({ occupation: 'medical-records-specialists' });
  });

  it('echoes a query value only as plain text of at most 40 characters, without controls or bidirectional formatting', () => {
    const hostile = `<img src=x onerror=alert(1)>\u202e\u200f\u061c\u0000${'😀'.repeat(300)}`;
    for (const query of [`?widget=${encodeURIComponent(hostile)}`, `?widget=salary-card&occupation=${encodeURIComponent(hostile)}`]) {
      const { problem, title } = readEmbedOptions(query);
      const echoed = /“(.*)”/u.exec(problem!)![1];
      expect([...echoed].length, "characters, not UTF-16 units").to.be.at.most(40);
      expect(echoed).to.not.match(/\p{Cc}|\p{Bidi_Control}/u);
      expect(echoed, 'no half of a surrogate pair').to.not.match(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(title.length).to.be.below(60);
    }
  });

  it('knows a height message by its type and a finite height from 0 to 100,000 px', () => {
    expect(isHeightMessage({ type: 'mrt-widgets:height', height: 0 })).to.equal(true);
    expect(isHeightMessage({ type: 'mrt-widgets:height', height: 100000 })).to.equal(true);
    for (const bad of [null, 'mrt-widgets:height', { type: 'mrt-widgets:height' }, { type: 'x', height: 5 }, { type: 'mrt-widgets:height', height: NaN }, { type: 'mrt-widgets:height', height: -1 }, { type: 'mrt-widgets:height', height: 100001 }]) {
      expect(isHeightMessage(bad), JSON.stringify(bad)).to.equal(false);
    }
  });
});
