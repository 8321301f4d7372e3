import { isServer } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clip, formatProblem } from '../data/problem.js';
import { BUILT_IN_IDS, BUILT_IN_PROFILES, isBuiltInId } from '../data/profiles.js';
import type { DataProblem, OccupationProfile } from '../data/types.js';
import { MrtDataErrorEvent } from '../events/data-error.js';
import type { ProfileOrigin } from '../events/data-error.js';
import { INLINE_SELECTOR, rendered } from './prerendered.js';
import type { Reading } from './read-profile.js';
import { checkedAtBuild, loadReader } from './reader.js';
import type { Reader } from './reader.js';

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
  /**
   * Whether everything else the element needs is here (its interface text, which may load on
   * first use); until then `status` stays `loading`, so the element shows its placeholder.
   */
  ready?: () => boolean;
}

export type ProfileStatus = 'loading' | 'ready' | 'failed';

const DEFAULT_TIMEOUT = 10000;
/** The longest a timer can wait (2^31 − 1 ms, about 24.8 days): a longer `src-timeout` means that long, not "at once". */
const MAX_TIMEOUT = 2 ** 31 - 1;
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
  /** `loading` until the profile is read (and the element's other needs, `ready`, are met), then `ready` or `failed`. */
  get status(): ProfileStatus {
    return this.ready() ? this.state : 'loading';
  }
  /** The profile the element shows, once it and everything else the element needs are here. */
  get profile(): OccupationProfile | undefined {
    return this.ready() ? this.loaded?.profile : undefined;
  }
  /** The input `profile` was read from (parsed JSON or a `.data` object), for elements that pass it on. */
  get raw(): unknown {
    return this.ready() ? this.loaded?.raw : undefined;
  }
  private state: ProfileStatus = 'loading';
  private loaded?: { profile: OccupationProfile; raw: unknown };
  /** The problems in what the element shows, as last reported. */
  problems: DataProblem[] = [];

  private readonly host: ProfileHost;
  private readonly check: ProfileControllerOptions['check'];
  private readonly ready: () => boolean;
  private readonly shown: string[];
  private inputKey: unknown[] = [];
  private abort?: AbortController;
  private children?: MutationObserver;

  constructor(host: ProfileHost, options: ProfileControllerOptions) {
    this.host = host;
    this.check = options.check;
    this.ready = options.ready ?? (() => true);
    this.shown = [...IDENTITY, ...options.sections];
    host.addController(this);
  }

  hostConnected(): void {
    // On the server (`mrt-widgets render`) nothing runs the update cycle's hostUpdate before the
    // render (Lit's SSR skips that hook), so the profile, given as `.data`, is read here.
    if (isServer) return this.hostUpdate();
    // An inline profile may be parsed after the element upgrades (or edited later).
    this.children = new MutationObserver(() => this.host.requestUpdate());
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.children?.disconnect();
    this.cancel();
    // Moving a loaded element in the page changes nothing; a load cut off here (its reader's
    // included) is ignored when it ends, and starts again if the element comes back.
    if (this.state === 'loading') this.inputKey = [];
  }

  hostUpdate(): void {
    // A detached element starts no load (Lit still updates it); hostConnected asks again when it is back.
    if (!isServer && !this.host.isConnected) return;
    const inline = isServer ? undefined : (this.host.querySelector(INLINE_SELECTOR)?.textContent ?? undefined);
    const { data, src, occupation, srcTimeout } = this.host;
    const timeout = srcTimeout > 0 ? Math.min(srcTimeout, MAX_TIMEOUT) : DEFAULT_TIMEOUT;
    // Only the input that wins decides whether anything changed.
    const key =
      data != null ? ['data', data] : inline !== undefined ? ['inline', inline] : src ? ['src', src, timeout] : ['occupation', occupation];
    if (key.length === this.inputKey.length && key.every((value, i) => Object.is(value, this.inputKey[i]))) return;
    this.inputKey = key;
    this.cancel();
    const [origin, value] = key as [ProfileOrigin, unknown];
    this.guarded(origin, () => {
      const location = origin === 'src' || origin === 'occupation' ? String(value) : undefined;
      // Matched against the known ids before any address is formed from it.
      if (origin === 'occupation' && !isBuiltInId(location)) {
        return this.fail(origin, [{ path: 'occupation', message: `${JSON.stringify(clip(location!))} is not a built-in profile (${BUILT_IN_IDS.join(', ')})` }], location);
      }
      // An object to check: the `.data` object, or the built-in profile `occupation` names if it is bundled.
      const raw = origin === 'data' ? value : origin === 'occupation' && Object.hasOwn(BUILT_IN_PROFILES, location!) ? BUILT_IN_PROFILES[location!] : undefined;
      const checked = raw === undefined ? undefined : checkedAtBuild(raw);
      if (checked) return this.take(origin, { raw, result: checked }, location);
      const reader = loadReader();
      if (!(reader instanceof Promise)) return this.read(reader, origin, value, raw, location, timeout);
      // The CDN file loads its reader the first time a page brings data: the element waits for it
      // (its placeholder keeps the space) unless a newer input wins or it leaves the page meanwhile.
      this.state = 'loading';
      this.loaded = undefined;
      void reader
        .then(
          (loaded) => () => this.read(loaded, origin, value, raw, location, timeout),
          (error: unknown) => () =>
            this.fail(origin, [{ path: '', message: `its reader did not load (${String(error)}); keep the files of dist/cdn/ together` }], location),
        )
        .then((step) => {
          if (key !== this.inputKey) return;
          this.guarded(origin, step, location);
          this.host.requestUpdate();
        });
    });
  }

  hostUpdated(): void {
    // The first complete render takes the place of pre-rendered content, if any.
    if (this.status !== 'loading') rendered(this.host);
  }

  /** Runs a step of reading; should it throw (nothing is expected to), the element fails instead of its page. */
  private guarded(origin: ProfileOrigin, step: () => void, location?: string): void {
    try {
      step();
    } catch (error) {
      this.fail(origin, [{ path: '', message: String(error) }], location);
    }
  }

  /** Stops a pending `src` load; its answer, if any, is ignored. */
  private cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  /**
   * Reads the input that won: `raw` is the object to check (`.data`, or a bundled built-in
   * profile), `value` the inline text, `location` the `src` or the occupation id.
   */
  private read(reader: Reader, origin: ProfileOrigin, value: unknown, raw: unknown, location: string | undefined, timeout: number): void {
    if (raw !== undefined) return this.take(origin, { raw, result: reader.parse(raw) }, location);
    if (origin === 'inline') return this.take(origin, reader.readText(String(value), 'the inline <script type="application/json">'));
    // A `src`, or a built-in profile not in the bundle: data/<id>.json beside the package, two
    // folders up from this module in src/, dist/ and dist/cdn/ alike.
    const url = origin === 'src' ? location! : new URL(`../../data/${location!}.json`, HERE).href;
    void this.load(reader, url, timeout, origin as 'src' | 'occupation', location!);
  }

  /** Fetches a profile: `src`, or a built-in one not in the bundle (then `location` is its id). */
  private async load(reader: Reader, url: string, timeout: number, origin: 'src' | 'occupation', location: string): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    this.state = 'loading';
    this.loaded = undefined;
    const reading = await reader.fetchProfile(url, origin, abort, timeout);
    if (abort !== this.abort) return; // cancelled: a newer input won, or the element left the page
    this.abort = undefined;
    this.guarded(origin, () => this.take(origin, reading, location), location);
    this.host.requestUpdate();
  }

  /** Takes what reading the input gave: the profile and its problems, or the problem that stopped it. */
  private take(origin: ProfileOrigin, reading: Reading, location?: string): void {
    if ('problem' in reading) return this.fail(origin, [reading.problem], location);
    const { profile, problems } = reading.result;
    if (profile && this.check) problems.push(...this.check(profile));
    this.loaded = profile && { profile, raw: reading.raw };
    this.state = profile ? 'ready' : 'failed';
    this.report(origin, problems, location);
  }

  private fail(origin: ProfileOrigin, problems: DataProblem[], location?: string): void {
    this.loaded = undefined;
    this.state = 'failed';
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
