/**
 * Every number the widgets show is formatted here, over `Intl`.
 *
 * Figures print with the precision BLS publishes them with: whole-dollar
 * amounts without cents, amounts with cents with both digits (the parser and
 * importer hold wages to cents), percentages with up to two decimals. Narrow and thin spaces (some locales group with U+202F) become
 * no-break spaces, which screen readers read as one number.
 *
 * The text is the same in every engine and in Node for the locales we support
 * (`en` and `es`, read as en-US and es-US, and a tag with a region such as
 * es-ES), although their `Intl` data differ: where one engine's locale data
 * disagree with another's, this module decides (docs/decisions/0008-three-engines.md):
 * - Compact figures say how many fraction digits they may have (0 to 1):
 *   with only a maximum, WebKit and Node pad a currency to "$30.0K" where
 *   Chromium and Firefox print "$30K".
 * - In the US locales the percent sign follows the number directly ("13.5%",
 *   "+8.7%"), as current CLDR data have it for en-US and es-US; older data
 *   (WebKitGTK's ICU) put a space in es-US ("13.5 %"). Other regions keep their
 *   locale's spacing, as a no-break space (es-ES: "13,5 %").
 */

export const DEFAULT_LOCALE = 'en-US';

/**
 * A BCP 47 tag to format with. The data are US figures, so a bare language
 * (`es`) is read as its US variant (`es-US`: "$39,180"), while a tag with a
 * region (`es-ES`) is used as given. An invalid tag falls back to `en-US`.
 */
export function resolveLocale(tag: string | null | undefined): string {
  if (!tag) return DEFAULT_LOCALE;
  try {
    const locale = new Intl.Locale(tag);
    return locale.region ? locale.toString() : new Intl.Locale(locale.language, { region: 'US' }).toString();
  } catch {
    return DEFAULT_LOCALE;
  }
}

const SPACES = /[\u2009\u202f]/g;
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

const print = (locale: string, options: Intl.NumberFormatOptions, value: number): string =>
  numberFormat(locale, options).format(value).replace(SPACES, '\u00a0');

const isUS = (locale: string): boolean => new Intl.Locale(locale).region === 'US';

/** US dollars: "$39,180" for whole dollars, "$18.83" with cents. */
export function formatCurrency(value: number, locale = DEFAULT_LOCALE): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  return print(locale, { style: 'currency', currency: 'USD', minimumFractionDigits: digits, maximumFractionDigits: digits }, value);
}

/** US dollars in short form for axis ticks: "$30K". Never used for a figure itself. */
export function formatCompactCurrency(value: number, locale = DEFAULT_LOCALE): string {
  return print(locale, { style: 'currency', currency: 'USD', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }, value);
}

/** A count: "204,220". */
export function formatInteger(value: number, locale = DEFAULT_LOCALE): string {
  return print(locale, { maximumFractionDigits: 0 }, value);
}

/** A derived number, to one decimal: a ratio (1.8) or a difference in points (6.1). */
export function formatNumber(value: number, locale = DEFAULT_LOCALE): string {
  return print(locale, { maximumFractionDigits: 1 }, value);
}

/** A count with its sign: "+27,800", "-3,100". */
export function formatSignedInteger(value: number, locale = DEFAULT_LOCALE): string {
  return print(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }, value);
}

/** A count in short form: "204.2K", "156.1M". Only where the full value is also given. */
export function formatCompact(value: number, locale = DEFAULT_LOCALE): string {
  return print(locale, { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }, value);
}

/** A percentage given in percent units: 13.5 → "13.5%" (es-ES: "13,5 %"). */
export function formatPercent(value: number, locale = DEFAULT_LOCALE, signed = false): string {
  // One rule for every percent change (signed): at least one decimal, as BLS's projections publish them (+29.0%, +13.5%), never fewer than given.
  const options: Intl.NumberFormatOptions = { style: 'percent', minimumFractionDigits: signed ? 1 : 0, maximumFractionDigits: 2, signDisplay: signed ? 'exceptZero' : 'auto' };
  if (!isUS(locale)) return print(locale, options, value / 100);
  // The sign joins the number: a space next to it is the older locale data's (see the module comment).
  return numberFormat(locale, options)
    .formatToParts(value / 100)
    .filter((part, i, parts) => !(part.type === 'literal' && /^\s+$/.test(part.value) && (parts[i - 1]?.type === 'percentSign' || parts[i + 1]?.type === 'percentSign')))
    .map((part) => part.value)
    .join('')
    .replace(SPACES, '\u00a0');
}

/** An ordinal for ranks: 1 → "1st" in English; Spanish uses "1.º". */
export function formatOrdinal(value: number, locale = DEFAULT_LOCALE): string {
  if (locale.startsWith('es')) return `${formatInteger(value, locale)}.º`;
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' };
  return `${formatInteger(value, locale)}${suffix[new Intl.PluralRules(locale, { type: 'ordinal' }).select(value)]}`;
}
