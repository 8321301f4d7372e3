import { expect } from '@open-wc/testing';
import * as format from '../../src/data/format.js';
import cases from './format-cases.json';
import {
  formatCompact,
  formatCompactCurrency,
  formatCurrency,
  formatInteger,
  formatNumber,
  formatOrdinal,
  formatPercent,
  formatSignedInteger,
  resolveLocale,
} from '../../src/data/format.js';

describe('format', () => {
  it('resolveLocale reads a bare language as its US variant and keeps a given region', () => {
    expect(resolveLocale('es')).to.equal('es-US');
    expect(resolveLocale('en')).to.equal('en-US');
    expect(resolveLocale('es-ES')).to.equal('es-ES');
    expect(resolveLocale(undefined)).to.equal('en-US');
    expect(resolveLocale('not a tag!')).to.equal('en-US');
  });

  it('resolveLocale reads the underscore some content systems write (es_ES, es_mx, EN_us) as the BCP 47 hyphen', () => {
    expect(resolveLocale('es_ES')).to.equal('es-ES');
    expect(resolveLocale('es_mx')).to.equal('es-MX');
    expect(resolveLocale('EN_us')).to.equal('en-US');
    expect(resolveLocale(' es ')).to.equal('es-US');
  });

  it('formatCurrency prints whole dollars without cents and amounts with cents with both digits', () => {
    expect(formatCurrency(39180)).to.equal('$39,180');
    expect(formatCurrency(18.83)).to.equal('$18.83');
    expect(formatCurrency(14.9)).to.equal('$14.90');
    expect(formatCurrency(0)).to.equal('$0');
  });

  it('formatCurrency never rounds a figure away', () => {
    expect(formatCurrency(42820.5)).to.equal('$42,820.50');
  });

  it('formats Spanish for the US and for Spain', () => {
    expect(formatCurrency(39180, 'es-US')).to.equal('$39,180');
    expect(formatPercent(13.5, 'es-US')).to.equal('13.5%');
    expect(formatCurrency(39180, 'es-ES')).to.equal('39.180\u00a0US$');
    expect(formatInteger(204220, 'es-ES')).to.equal('204.220');
  });

  it('formatInteger groups thousands', () => {
    expect(formatInteger(204220)).to.equal('204,220');
  });

  it('formatPercent keeps published decimals, and a signed change has at least one', () => {
    expect(formatPercent(13.5)).to.equal('13.5%');
    expect(formatPercent(7.4)).to.equal('7.4%');
    expect(formatPercent(-3.4, 'en-US', true)).to.equal('-3.4%');
    // One rule for changes (README): at least one decimal, as BLS's projections publish them.
    expect(formatPercent(29, 'en-US', true)).to.equal('+29.0%');
  });

  it('formatSignedInteger shows the sign', () => {
    expect(formatSignedInteger(27800)).to.equal('+27,800');
  });

  it('formatCompactCurrency shortens tick labels', () => {
    expect(formatCompactCurrency(30000)).to.equal('$30K');
    expect(formatCompactCurrency(40000, 'es-US')).to.equal('$40\u00a0K');
  });

  it('gives the same text in every engine, and in Node (test/import/format.test.mjs), for en-US, es-US and es-ES', () => {
    const fns = format as unknown as Record<string, (...args: unknown[]) => string>;
    for (const [name, args, text] of cases.cases as [string, unknown[], string][]) {
      expect(fns[name](...args), `${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`).to.equal(text);
    }
  });

  it('formatCompact shortens counts to one decimal; formatNumber keeps one decimal', () => {
    expect(formatCompact(204220)).to.equal('204.2K');
    expect(formatCompact(156100000)).to.equal('156.1M');
    expect(formatNumber(1.8243)).to.equal('1.8');
    expect(formatNumber(6.1, 'es')).to.equal('6,1');
  });

  it('replaces narrow no-break spaces with plain no-break spaces (read as one number)', () => {
    const text = formatInteger(204220, 'fr-FR');
    expect(text).to.equal('204\u00a0220');
    expect(text).to.not.match(/[\u2009\u202f]/);
  });

  it('formatOrdinal', () => {
    expect(formatOrdinal(1)).to.equal('1st');
    expect(formatOrdinal(2)).to.equal('2nd');
    expect(formatOrdinal(3)).to.equal('3rd');
    expect(formatOrdinal(11)).to.equal('11th');
    expect(formatOrdinal(1, 'es-US')).to.equal('1.º');
  });

  it('formats a figure the same way the second time (from the cache) and in each locale apart', () => {
    expect([formatCurrency(39180), formatCurrency(39180)]).to.deep.equal(['$39,180', '$39,180']);
    expect(formatCurrency(39180, 'es-ES')).to.equal('39.180\u00a0US$');
    expect([formatCurrency(18.83), formatCurrency(18)]).to.deep.equal(['$18.83', '$18']);
    expect([formatPercent(8.7, 'en-US', true), formatPercent(8.7)]).to.deep.equal(['+8.7%', '8.7%']);
  });

  it('keeps the sign of minus zero as Intl does', () => {
    expect([formatInteger(0), formatInteger(-0), formatInteger(0)]).to.deep.equal(['0', '-0', '0']);
  });

  it('reads a bare language the same way every time (the resolved tag is kept)', () => {
    expect([resolveLocale('es'), resolveLocale('es'), resolveLocale('not a tag!'), resolveLocale('not a tag!')]).to.deep.equal([
      'es-US',
      'es-US',
      'en-US',
      'en-US',
    ]);
  });
});
