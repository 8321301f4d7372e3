import type { ParseResult } from '../data/types.js';
import * as readProfile from './read-profile.js';

export type Reader = typeof readProfile;

/**
 * The reader of data a page brings (read-profile.ts). Here it is bundled, so it is there at once;
 * the CDN build swaps this module for reader.cdn.ts, which loads it on first use (hence the
 * promise in the type).
 */
export const loadReader = (): Reader | Promise<Reader> => readProfile;

/**
 * A profile object's reading when it was checked as the package was built, or undefined. In the
 * npm package none is: every input, built-in ones too, goes through the checker in the browser.
 */
export const checkedAtBuild: (raw: unknown) => ParseResult | undefined = () => undefined;
