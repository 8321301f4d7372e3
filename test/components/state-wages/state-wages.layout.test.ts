import { expect } from '@open-wc/testing';
import { TILES, neighbour } from '../../../src/components/state-wages/state-wages.layout.js';
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
