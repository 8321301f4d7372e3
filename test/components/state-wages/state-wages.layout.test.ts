import { expect } from '@open-wc/testing';
import { TILES, barPercent, neighbour, rankBy } from '../../../src/components/state-wages/state-wages.layout.js';
import { STATES, STATE_CODES } from '../../../src/data/states.js';

describe('tile map layout', () => {
  it('has exactly the 50 states and DC, each once', () => {
    const codes = Object.keys(TILES);
    expect(codes).to.have.length(51);
    const states = STATE_CODES.filter((c) => !['AS', 'GU', 'MP', 'PR', 'VI'].includes(c));
    expect([...codes].sort()).to.deep.equal([...states].sort());
  });

  it('names every tile', () => {
    for (const code of Object.keys(TILES)) expect(STATES[code], code).to.be.a('string').and.match(/^[A-Z][a-z]/);
  });

  it('no two tiles overlap', () => {
    const cells = Object.values(TILES).map(([x, y]) => `${x},${y}`);
    expect(new Set(cells).size).to.equal(cells.length);
  });

  it('arrow keys move in map geography', () => {
    expect(neighbour('NJ', 'ArrowLeft')).to.equal('PA');
    expect(neighbour('PA', 'ArrowRight')).to.equal('NJ');
    expect(neighbour('CA', 'ArrowUp')).to.equal('OR');
    expect(neighbour('TX', 'ArrowUp')).to.equal('OK');
    expect(neighbour('FL', 'ArrowUp')).to.equal('GA');
    expect(neighbour('MD', 'ArrowDown')).to.equal('DC');
    expect(neighbour('ME', 'ArrowDown')).to.equal('NH');
  });

  it('stops at the edge of the map', () => {
    expect(neighbour('WA', 'ArrowLeft')).to.equal(undefined);
    expect(neighbour('FL', 'ArrowDown')).to.equal(undefined);
    expect(neighbour('ZZ', 'ArrowUp')).to.equal(undefined);
    expect(neighbour('FL', 'ArrowRight')).to.equal(undefined, 'no jump three rows up to DE');
  });
});

describe('rankBy and barPercent', () => {
  const rows = [
    { code: 'A', v: 10 },
    { code: 'B', v: 30 },
    { code: 'C', v: 30 },
    { code: 'D', v: null },
    { code: 'E', v: 5 },
  ];

  it('rankBy(rows, value) ranks the highest 1, equal figures share a rank, rows without a figure get none', () => {
    const { rank, count } = rankBy(rows, (r) => r.v);
    expect(Object.fromEntries(rank)).to.deep.equal({ B: 1, C: 1, A: 3, E: 4 });
    expect(count.get(1)).to.equal(2);
    expect(count.get(3)).to.equal(1);
  });

  it('barPercent(value, max) is a whole percentage of the longest, from zero', () => {
    expect(barPercent(58080, 58080)).to.equal(100);
    expect(barPercent(49390, 58080)).to.equal(85);
    expect(barPercent(0, 58080)).to.equal(0);
  });

  it('barPercent keeps a tiny positive figure visible and never goes past 100', () => {
    expect(barPercent(1, 1e6)).to.equal(1);
    expect(barPercent(2, 1)).to.equal(100);
    expect(barPercent(5, 0)).to.equal(0);
  });
});
