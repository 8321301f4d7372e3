import { expect } from '@open-wc/testing';
import { oldFiguresYear } from '../../src/internal/parts.js';

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
