import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { stringsFor } from '../../src/internal/i18n.js';
import { oldFiguresYear, renderSources } from '../../src/internal/parts.js';

const at = (iso: string): Date => new Date(`${iso}T12:00:00Z`);

describe('oldFiguresYear (the data-age note)', () => {
  it('an OEWS period counts from the last day of its month: May 2023 is old from 1 June 2026', () => {
    expect(oldFiguresYear(['May 2023'], at('2026-05-31'))).to.equal(undefined);
    expect(oldFiguresYear(['May 2023'], at('2026-06-01'))).to.equal(2023);
    expect(oldFiguresYear(['May 2023'], at('2026-11-30'))).to.equal(2023);
  });

  it('a projection counts from the last day of its base year: 2023–33 is old from 2027', () => {
    expect(oldFiguresYear(['2023–33'], at('2026-12-31'))).to.equal(undefined);
    expect(oldFiguresYear(['2023–33'], at('2027-01-01'))).to.equal(2023);
  });

  it('names the year of the oldest period among several', () => {
    expect(oldFiguresYear(['May 2017', '2016–26', '2017'], at('2026-11-30'))).to.equal(2016);
    expect(oldFiguresYear(['May 2025', '2024–34'], at('2026-11-30'))).to.equal(undefined);
  });

  it('says nothing when no period names a year', () => {
    expect(oldFiguresYear(['undated', ''], at('2026-11-30'))).to.equal(undefined);
    expect(oldFiguresYear([], at('2026-11-30'))).to.equal(undefined);
  });
});

describe('renderSources (the short sources line)', () => {
  /** The short line's text, as rendered. */
  async function line(entries: Parameters<typeof renderSources>[0]): Promise<{ text: string; links: string[] }> {
    const el = document.createElement('div');
    document.body.append(el);
    render(renderSources(entries, stringsFor('en')!, 'en'), el);
    const p = el.querySelector('.source > p')!;
    const out = { text: p.textContent!.replace(/\s+/g, ' ').trim(), links: [...p.querySelectorAll('a')].map((a) => a.href) };
    el.remove();
    return out;
  }
  const EP = 'U.S. Bureau of Labor Statistics, Employment Projections';
  const url = 'https://www.bls.gov/emp/tables.htm';

  it('names a publication once when one citation of it has its address and another has none (linked), in either order', async () => {
    for (const order of [0, 1]) {
      const linked = { label: 'Outlook', source: { name: EP, period: '2023–33', url } };
      const plain = { label: 'Also called', source: { name: EP, period: '2023–33', note: 'sample job titles' } };
      const { text, links } = await line(order ? [plain, linked] : [linked, plain]);
      expect(text).to.equal(`Source: ${EP}, 2023–33.`);
      expect(links).to.deep.equal([url]);
    }
  });

  it('keeps two publications of one name apart when their addresses differ', async () => {
    const { text } = await line([
      { label: 'A', source: { name: EP, period: '2023–33', url } },
      { label: 'B', source: { name: EP, period: '2016–26', url: 'https://www.bls.gov/news.release/ecopro.htm' } },
    ]);
    expect(text).to.equal(`Sources: ${EP}, 2023–33; ${EP}, 2016–26.`);
  });
});
