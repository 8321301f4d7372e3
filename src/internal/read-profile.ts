import { parseProfile } from '../data/parse.js';
import type { DataProblem, ParseResult } from '../data/types.js';

/**
 * Reading the data a page brings: a `.data` object, inline JSON, a `src`, a built-in profile
 * fetched from data/, with the page-wide caches that let many elements share one parse and one
 * request. The profile controller decides which input wins and when a reading is out of date.
 * The CDN file loads this module (with the checker) on first use: see reader.cdn.ts.
 */

/** What reading an input gave: the input and what the checker made of it, or why it could not be read. */
export type Reading = { raw: unknown; result: ParseResult } | { problem: DataProblem };

// Parsed profiles by input object: a page with many widgets on one profile
// (built-in or one `.data` object) validates it once. Results are never mutated.
const parsed = new WeakMap<object, ParseResult>();

/** Checks a parsed JSON value or a `.data` object; each caller gets its own list of problems to add to. */
export function parse(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null) return parseProfile(raw);
  let result = parsed.get(raw);
  if (!result) {
    result = parseProfile(raw);
    parsed.set(raw, result);
  }
  return { profile: result.profile, problems: [...result.problems] };
}

/** A fetched document: whether it came (`ok`), its status line, its text, and its JSON once read. */
interface Fetched {
  ok: boolean;
  status: string;
  text: string;
  json?: unknown;
}

const readResponse = async (response: Response): Promise<Fetched> => ({
  ok: response.ok,
  status: `${response.status} ${response.statusText}`.trim(),
  text: await response.text(),
});

// Built-in profiles fetched by URL: one request and one JSON.parse per page, however many elements
// show them (so the parse cache above holds one result for them all). A failed request, or one
// that timed out, is tried again by the next element that asks.
const builtIns = new Map<string, Promise<Fetched>>();

function fetchBuiltIn(url: string): Promise<Fetched> {
  let fetched = builtIns.get(url);
  if (!fetched) {
    fetched = fetch(url, { credentials: 'same-origin' }).then(readResponse);
    builtIns.set(url, fetched);
    const forget = (): void => void builtIns.delete(url);
    fetched.then((f) => (f.ok ? undefined : forget()), forget);
  }
  return fetched;
}

/** Reads `text` as JSON (`what` names it in a message); a `shared` fetch keeps the JSON for the next element. */
export function readText(text: string, what: string, shared?: Fetched): Reading {
  let json: unknown;
  try {
    json = shared && 'json' in shared ? shared.json : JSON.parse(text);
    if (shared) shared.json = json;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problem: { path: '', message: `${what} is not valid JSON (${detail})` } };
  }
  return { raw: json, result: parse(json) };
}

/**
 * Fetches and reads a profile: a `src` (`origin` "src"), or a built-in one not in the bundle
 * ("occupation"), fetched once per page. `abort` stops waiting (the caller's cancel); after
 * `timeout` ms it is aborted here and the reading says so.
 */
export async function fetchProfile(url: string, origin: 'src' | 'occupation', abort: AbortController, timeout: number): Promise<Reading> {
  const problem = (message: string): Reading => ({ problem: { path: origin, message } });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeout);
  try {
    // A shared request is not aborted for one element: that element stops waiting for it.
    const stopped = new Promise<never>((_, reject) => abort.signal.addEventListener('abort', () => reject(abort.signal.reason), { once: true }));
    const shared = origin === 'occupation';
    const response = await Promise.race([
      shared ? fetchBuiltIn(url) : fetch(url, { signal: abort.signal, credentials: 'same-origin' }).then(readResponse),
      stopped,
    ]);
    if (!response.ok) return problem(`${url} answered ${response.status}`);
    return readText(response.text, url, shared ? response : undefined);
  } catch (error) {
    if (timedOut) builtIns.delete(url); // no answer in time: the next element asks again
    if (timedOut) return problem(`no answer from ${url} within ${timeout / 1000} s`);
    // A page with no origin of its own (in an iframe sandboxed without allow-same-origin) may read
    // another address only if its server allows any origin: say so, it is the host's to change.
    const sandboxed = globalThis.origin === 'null' ? '; this page is in a sandboxed frame, so that server must send the header Access-Control-Allow-Origin' : '';
    return problem(`${url} could not be fetched (${String(error)})${sandboxed}`);
  } finally {
    clearTimeout(timer);
  }
}
