/**
 * Profile JSON that is safe to paste inside `<script type="application/json">` (the README's
 * inline recipe): `<`, `>` and `&` are written as `\u003c`, `\u003e`, `\u0026`, so no text in
 * the data can close the script element (`</script`) or open a comment (`<!--`); U+2028 and
 * U+2029 as `\u2028`, `\u2029`, so the text is also a valid JavaScript string literal. The
 * escapes can only appear inside JSON strings, and `JSON.parse` reads them back unchanged.
 */

const UNSAFE = /[<>&\u2028\u2029]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `value` as indented JSON with a final newline, escaped for a script element. */
export const toScriptSafeJson = (value: unknown): string => `${JSON.stringify(value, null, 2).replace(UNSAFE, escape)}\n`;
