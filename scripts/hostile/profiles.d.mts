// Types of profiles.mjs, for the browser tests written in TypeScript.
export interface HostileProfile {
  name: string;
  /** The profile as an object (for `.data`), or */
  data?: unknown;
  /** as JSON text only (for inline JSON or `src`), when it is too deep for JSON.stringify. */
  json?: string;
  /** Valid data (right-to-left text, -0): shown, with no problem. */
  valid?: boolean;
}
export function nested(depth: number, leaf?: unknown): unknown;
export function chain(n: number): { id: string; title: string; kind: string; next?: string[] }[];
export function markupBomb(bytes: number): string;
export function hugeProfile(base: unknown, bytes: number): unknown;
export function hostileProfiles(base: unknown): HostileProfile[];
