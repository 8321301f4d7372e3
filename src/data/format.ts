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

// Every element resolves its locale on every render: `Intl.Locale` runs once per tag, not each time.
const resolved = new Map<string, string>();

/**
 * A BCP 47 tag to format with. The data are US figures, so a bare language
 * (`es`) is read as its US variant (`es-US`: "$39,180"), while a tag with a
 * region (`es-ES`) is used as given; `es_ES` is read as `es-ES`. An invalid tag falls back to
 * `en-US`.
 */
export function resolveLocale(tag: string | null | undefined): string {
  if (!tag) return DEFAULT_LOCALE;
  let locale = resolved.get(tag);
  if (locale === undefined) {
    locale = readLocale(tag);
    resolved.set(tag, locale);
  }
  return locale;
}

/** `tag` as an `Intl.Locale`, or undefined when it is no valid tag: `es_ES`, as some content systems write a language, is the BCP 47 `es-ES`. */
function localeTag(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag.trim().replace(/_/g, '-'));
  } catch {
    return undefined;
  }
}

// The language subtags of `lang` values, once per value (see languageOfTag).
const languages = new Map<string, string>();

/** The language a `lang` value names (`es_ES`: `es`), or '' when it is no valid tag (`x`, `en-`). */
export function languageOfTag(tag: string): string {
  let language = languages.get(tag);
  if (language === undefined) languages.set(tag, (language = localeTag(tag)?.language ?? ''));
  return language;
}

function readLocale(tag: string): string {
  const locale = localeTag(tag);
  if (!locale) return DEFAULT_LOCALE;
  return locale.region ? locale.toString() : new Intl.Locale(locale.language, { region: 'US' }).toString();
}

const SPACES = /[\u2009\u202f]/g;

// The formats, one options object each: a formatter is made once per locale and format, and each
// figure is formatted once per locale and format (a page of widgets shows the same figures many
// times, and `Intl.NumberFormat#format` is the costly part). Both caches are keyed by these objects.
const CURRENCY: Intl.NumberFormatOptions = { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0 };
const CURRENCY_CENTS: Intl.NumberFormatOptions = { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 };
const COMPACT_CURRENCY: Intl.NumberFormatOptions = {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
};
const INTEGER: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
const NUMBER: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };
const SIGNED_INTEGER: Intl.NumberFormatOptions = { maximumFractionDigits: 0, signDisplay: 'exceptZero' };
const COMPACT: Intl.NumberFormatOptions = { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 };
const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 2, signDisplay: 'auto' };
// One rule for every percent change (signed): at least one decimal, as BLS's projections publish them (+29.0%, +13.5%), never fewer than given.
const SIGNED_PERCENT: Intl.NumberFormatOptions = { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2, signDisplay: 'exceptZero' };

const formats = new Map<string, Map<Intl.NumberFormatOptions, Intl.NumberFormat>>();
const texts = new Map<string, Map<Intl.NumberFormatOptions, Map<number, string>>>();
/** Distinct figures kept per locale and format: far more than any page shows; past it the cache starts again. */
const TEXTS_KEPT = 5000;

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let byOptions = formats.get(locale);
  if (!byOptions) formats.set(locale, (byOptions = new Map()));
  let format = byOptions.get(options);
  if (!format) byOptions.set(options, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** `value` in `options`' format, through `write` the first time and from the cache after. */
function cached(locale: string, options: Intl.NumberFormatOptions, value: number, write: () => string): string {
  // A Map cannot tell -0 from 0, which formats as "-0".
  if (Object.is(value, -0)) return write();
  let byOptions = texts.get(locale);
  if (!byOptions) texts.set(locale, (byOptions = new Map()));
  let byValue = byOptions.get(options);
  if (!byValue) byOptions.set(options, (byValue = new Map()));
  let text = byValue.get(value);
  if (text === undefined) {
    if (byValue.size >= TEXTS_KEPT) byValue.clear();
    text = write();
    byValue.set(value, text);
  }
  return text;
}

const print = (locale: string, options: Intl.NumberFormatOptions, value: number): string =>
  cached(locale, options, value, () => numberFormat(locale, options).format(value).replace(SPACES, '\u00a0'));

const regions = new Map<string, string | undefined>();
function isUS(locale: string): boolean {
  if (!regions.has(locale)) regions.set(locale, new Intl.Locale(locale).region);
  return regions.get(locale) === 'US';
}

/** US dollars: "$39,180" for whole dollars, "$18.83" with cents. */
export function formatCurrency(value: number, locale = DEFAULT_LOCALE): string {
  return print(locale, Number.isInteger(value) ? CURRENCY : CURRENCY_CENTS, value);
}

/** US dollars in short form for axis ticks: "$30K". Never used for a figure itself. */
export function formatCompactCurrency(value: number, locale = DEFAULT_LOCALE): string {
  return print(locale, COMPACT_CURRENCY, value);
}

/** A count: "204,220". */
export function formatInteger(value: number, locale = DEFAULT_LOCALE): string {
  return print(locale, INTEGER, value);
}

/** A derived number, to one decimal: a ratio (1.8) or a difference in points (6.1). */
export function formatNumber(value: number, locale = DEFAULT_LOCALE): string {
  return print(locale, NUMBER, value);
}

/** A count with its sign: "+27,800", "-3,100". */
export function formatSignedInteger(value: number, locale = DEFAULT_LOCALE): string {
  return print(locale, SIGNED_INTEGER, value);
}

/** A count in short form: "204.2K", "156.1M". Only where the full value is also given. */
export function formatCompact(value: number, locale = DEFAULT_LOCALE): string {
  return print(locale, COMPACT, value);
}

/** A percentage given in percent units: 13.5 → "13.5%" (es-ES: "13,5 %"). */
export function formatPercent(value: number, locale = DEFAULT_LOCALE, signed = false): string {
  const options = signed ? SIGNED_PERCENT : PERCENT;
  if (!isUS(locale)) return print(locale, options, value / 100);
  // The sign joins the number: a space next to it is the older locale data's (see the module comment).
  return cached(locale, options, value / 100, () =>
    numberFormat(locale, options)
      .formatToParts(value / 100)
      .filter(
        (part, i, parts) =>
          !(part.type === 'literal' && /^\s+$/.test(part.value) && (parts[i - 1]?.type === 'percentSign' || parts[i + 1]?.type === 'percentSign')),
      )
      .map((part) => part.value)
      .join('')
      .replace(SPACES, '\u00a0'),
  );
}

const ordinals = new Map<string, Intl.PluralRules>();
const cardinals = new Map<string, Intl.PluralRules>();

/** The form of a text for a count, by the locale's plural rules: `{ one, other }` ("Top state", "Top {x} states"). */
export function pluralForm<T>(count: number, forms: { one: T; other: T }, locale = DEFAULT_LOCALE): T {
  let rules = cardinals.get(locale);
  if (!rules) cardinals.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) === 'one' ? forms.one : forms.other;
}

/** An ordinal for ranks: 1 → "1st" in English; Spanish uses "1.º". */
export function formatOrdinal(value: number, locale = DEFAULT_LOCALE): string {
  if (locale.startsWith('es')) return `${formatInteger(value, locale)}.º`;
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' };
  let rules = ordinals.get(locale);
  if (!rules) ordinals.set(locale, (rules = new Intl.PluralRules(locale, { type: 'ordinal' })));
  return `${formatInteger(value, locale)}${suffix[rules.select(value)]}`;
}

