import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatProblem, parseProfile } from '../data/parse.js';
import { BUILT_IN_PROFILES } from '../data/profiles.js';
import type { DataProblem, OccupationProfile, ParseResult } from '../data/types.js';
import { MrtDataErrorEvent } from '../events/data-error.js';
import type { ProfileOrigin } from '../events/data-error.js';

/**
 * The reactive properties every element takes, for its `static properties`:
 * the profile's inputs, `locale` and `theme`. Each element declares the fields
 * themselves, with their JSDoc and defaults.
 */
export const PROFILE_PROPERTIES = {
  occupation: {},
  src: {},
  data: { attribute: false },
  srcTimeout: { attribute: 'src-timeout', type: Number },
  locale: {},
  theme: { reflect: true },
} as const;

/** The inputs every element takes, in order of precedence: `data`, inline JSON, `src`, `occupation`. */
export interface ProfileHost extends ReactiveControllerHost, HTMLElement {
  occupation: string;
  src?: string;
  data?: unknown;
  srcTimeout: number;
}

export interface ProfileControllerOptions {
  /** The profile sections the element shows: problems elsewhere are left to the elements that show them. */
  sections: (keyof OccupationProfile)[];
  /** Element-specific problems with a usable profile, e.g. "no wages section". */
  check?: (profile: OccupationProfile) => DataProblem[];
}

export type ProfileStatus = 'loading' | 'ready' | 'failed';

// Parsed profiles by input object: a page with many widgets on one profile
// (built-in or one `.data` object) validates it once. Results are never mutated.
const parsed = new WeakMap<object, ParseResult>();

function parseCached(raw: unknown): ParseResult {
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

const read = async (response: Response): Promise<Fetched> => ({
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
    fetched = fetch(url, { credentials: 'same-origin' }).then(read);
    builtIns.set(url, fetched);
    const forget = (): void => void builtIns.delete(url);
    fetched.then((f) => (f.ok ? undefined : forget()), forget);
  }
  return fetched;
}

const INLINE_SELECTOR = ':scope > script[type="application/json"]';
const DEFAULT_TIMEOUT = 10000;
// Not `new URL(…, import.meta.url)` inline: bundlers would copy (or inline) every data file.
const HERE = import.meta.url;
/** Paths about the profile as a whole, which every element reports. */
const IDENTITY = ['', 'id', 'soc', 'title', 'lang', 'aliases', 'src', 'occupation'];

/**
 * Loads, validates and tracks the profile an element shows, and reports every
 * problem as an `mrt-data-error` event. A `src` fetch is aborted when the
 * input changes, when the element is disconnected, or after `srcTimeout` ms.
 */
export class ProfileController implements ReactiveController {
  status: ProfileStatus = 'loading';
  profile?: OccupationProfile;
  /** The input `profile` was read from (parsed JSON or a `.data` object), for elements that pass it on. */
  raw?: unknown;
  /** The problems in what the element shows, as last reported. */
  problems: DataProblem[] = [];

  private readonly host: ProfileHost;
  private readonly check: ProfileControllerOptions['check'];
  private readonly shown: string[];
  private inputKey: unknown[] = [];
  private abort?: AbortController;
  private children?: MutationObserver;

  constructor(host: ProfileHost, options: ProfileControllerOptions) {
    this.host = host;
    this.check = options.check;
    this.shown = [...IDENTITY, ...options.sections];
    host.addController(this);
  }

  hostConnected(): void {
    // An inline profile may be parsed after the element upgrades (or edited later).
    this.children = new MutationObserver(() => this.host.requestUpdate());
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Moving a loaded element in the page changes nothing; a load cut off by a disconnect starts again.
    if (this.status === 'loading') this.inputKey = [];
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.children?.disconnect();
    this.cancel();
  }

  hostUpdate(): void {
    const inline = this.host.querySelector(INLINE_SELECTOR)?.textContent ?? undefined;
    const { data, src, occupation, srcTimeout } = this.host;
    const timeout = srcTimeout > 0 ? srcTimeout : DEFAULT_TIMEOUT;
    // Only the input that wins decides whether anything changed.
    const key =
      data != null ? ['data', data] : inline !== undefined ? ['inline', inline] : src ? ['src', src, timeout] : ['occupation', occupation];
    if (key.length === this.inputKey.length && key.every((value, i) => Object.is(value, this.inputKey[i]))) return;
    this.inputKey = key;
    this.cancel();
    try {
      if (data != null) this.accept('data', data);
      else if (inline !== undefined) this.acceptText('inline', inline, 'the inline <script type="application/json">');
      else if (src) void this.load(src, timeout);
      else this.loadBuiltIn(occupation, timeout);
    } catch (error) {
      // Defensive: nothing above should throw, but a widget must never break its page.
      this.fail('data', [{ path: '', message: String(error) }]);
    }
  }

  /** Stops a pending `src` load; its answer, if any, is ignored. */
  private cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  private loadBuiltIn(id: string, timeout: number): void {
    if (Object.hasOwn(BUILT_IN_PROFILES, id)) this.accept('occupation', BUILT_IN_PROFILES[id], id);
    // The other built-in profiles stay out of the bundle: data/<id>.json beside the package,
    // two folders up from this module in src/, dist/ and dist/cdn/ alike.
    else void this.load(new URL(`../../data/${encodeURIComponent(id)}.json`, HERE).href, timeout, id);
  }

  /** Fetches a profile: `src`, or (with `id`) a built-in one not in the bundle. */
  private async load(url: string, timeout: number, id?: string): Promise<void> {
    const abort = new AbortController();
    const origin = id ? 'occupation' : 'src';
    const problem = (message: string): void => this.fail(origin, [{ path: origin, message }], id ?? url);
    this.abort = abort;
    this.status = 'loading';
    this.profile = this.raw = undefined;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, timeout);
    try {
      // A shared request is not aborted for one element: that element stops waiting for it.
      const stopped = new Promise<never>((_, reject) =>
        abort.signal.addEventListener('abort', () => reject(abort.signal.reason), { once: true }),
      );
      const response = await Promise.race([
        id ? fetchBuiltIn(url) : fetch(url, { signal: abort.signal, credentials: 'same-origin' }).then(read),
        stopped,
      ]);
      if (abort !== this.abort) return; // cancelled: a newer input won, or the element left the page
      if (!response.ok) {
        problem(`${url} answered ${response.status}`);
        return;
      }
      this.acceptText(origin, response.text, url, id ?? url, id ? response : undefined);
    } catch (error) {
      if (abort !== this.abort) return;
      if (timedOut) builtIns.delete(url); // no answer in time: the next element asks again
      problem(timedOut ? `no answer from ${url} within ${timeout / 1000} s` : `${url} could not be fetched (${String(error)})`);
    } finally {
      clearTimeout(timer);
      if (abort === this.abort) {
        this.abort = undefined;
        this.host.requestUpdate();
      }
    }
  }

  /** Reads `text` as JSON; a `shared` fetch keeps the result for the next element. */
  private acceptText(origin: ProfileOrigin, text: string, what: string, location?: string, shared?: Fetched): void {
    let json: unknown;
    try {
      json = shared && 'json' in shared ? shared.json : JSON.parse(text);
      if (shared) shared.json = json;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.fail(origin, [{ path: '', message: `${what} is not valid JSON (${detail})` }], location);
      return;
    }
    this.accept(origin, json, location);
  }

  private accept(origin: ProfileOrigin, raw: unknown, location?: string): void {
    const { profile, problems } = parseCached(raw);
    if (profile && this.check) problems.push(...this.check(profile));
    this.profile = profile;
    this.raw = profile && raw;
    this.status = profile ? 'ready' : 'failed';
    this.report(origin, problems, location);
  }

  private fail(origin: ProfileOrigin, problems: DataProblem[], location?: string): void {
    this.profile = this.raw = undefined;
    this.status = 'failed';
    this.report(origin, problems, location);
  }

  private report(origin: ProfileOrigin, all: DataProblem[], location?: string): void {
    const problems = all.filter((p) => this.shown.includes(p.path.split(/[.[]/)[0]));
    this.problems = problems;
    if (!problems.length) return;
    const message = problems.map(formatProblem).join('; ');
    const detail = location === undefined ? { origin, problems, message } : { origin, location, problems, message };
    this.host.dispatchEvent(new MrtDataErrorEvent(detail));
  }
}
