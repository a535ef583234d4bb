/**
 * The rate limits the fake Discord enforces, as Discord documents them (sources:
 * docs/channels.md, "The morning burst"): a global limit per bot of 50 requests a second across
 * every route and every instance using the token (interaction callbacks and webhooks with a
 * token are not bound by it), and per-route buckets keyed by the route's top-level resource
 * (here: creating messages, per channel). Both are fixed windows that reset, as Discord's
 * `X-RateLimit-Reset-After` describes them. A request over a limit is answered 429 with the JSON
 * body (`retry_after`, `global`) and the `Retry-After`, `X-RateLimit-*` headers discord.js reads.
 *
 * Discord publishes no figure for a route's own limit ("parse the headers"): the 5 messages per
 * 5 seconds per channel used here is the figure its headers are commonly seen to give, and binds
 * only on one busy channel, never on a burst of one DM each.
 */
import { RETRY_AFTER_LEEWAY_MS } from '../slack/fake-limits.js';

export interface DiscordLimitOptions {
  /** Requests per second per bot, all routes (Discord: 50). */
  globalPerSecond?: number;
  /** Messages created per channel in each window, and the window. */
  perChannelMessages?: number;
  perChannelWindowMs?: number;
}

interface Window {
  start: number;
  used: number;
}

export interface LimitVerdict {
  status: 200 | 429;
  headers: Record<string, string>;
  body?: { message: string; retry_after: number; global: boolean };
}

const MESSAGES_BUCKET = 'fake-messages-bucket';
const MESSAGE_ROUTE = /^\/channels\/(\d+)\/messages$/;
/** Interaction callbacks and interaction webhooks are not bound to the global limit. */
const UNBOUND = /^\/(interactions|webhooks)\//;

export class DiscordLimits {
  readonly opts: Required<DiscordLimitOptions>;
  private global: Window = { start: 0, used: 0 };
  private readonly channels = new Map<string, Window>();
  /** Per request (its `who`): when the last 429's retry_after ends. */
  private readonly notBefore = new Map<string, number>();
  /** 429s answered, by scope. */
  readonly refused = { global: 0, route: 0 };
  /** Requests that came again before the retry_after their last refusal gave had passed. */
  early = 0;

  constructor(opts: DiscordLimitOptions = {}) {
    this.opts = { globalPerSecond: 50, perChannelMessages: 5, perChannelWindowMs: 5000, ...opts };
  }

  /**
   * Counts one request against the limits; a 429 verdict when it is over one. A request sent
   * again is known by its route and `recipient` (a DM opened: every one has the same path).
   */
  check(method: string, path: string, now = Date.now(), recipient?: unknown): LimitVerdict {
    const who = recipient === undefined ? `${method} ${path}` : `${method} ${path} ${String(recipient)}`;
    if (now < (this.notBefore.get(who) ?? 0) - RETRY_AFTER_LEEWAY_MS) this.early += 1;
    const verdict = this.verdict(method, path, now);
    if (verdict.body) this.notBefore.set(who, now + verdict.body.retry_after * 1000);
    return verdict;
  }

  private verdict(method: string, path: string, now: number): LimitVerdict {
    const route = method === 'POST' ? MESSAGE_ROUTE.exec(path) : null;
    const channel = route ? this.window(this.channels, route[1] as string, this.opts.perChannelWindowMs, now) : null;
    if (!UNBOUND.test(path)) {
      if (now - this.global.start >= 1000) this.global = { start: now, used: 0 };
      if (this.global.used >= this.opts.globalPerSecond) {
        this.refused.global += 1;
        const after = (this.global.start + 1000 - now) / 1000;
        return {
          status: 429,
          headers: { 'retry-after': String(Math.max(after, 0.001)), 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
          body: { message: 'You are being rate limited.', retry_after: after, global: true },
        };
      }
    }
    if (channel) {
      const after = (channel.start + this.opts.perChannelWindowMs - now) / 1000;
      const headers = {
        'x-ratelimit-limit': String(this.opts.perChannelMessages),
        'x-ratelimit-reset': String((channel.start + this.opts.perChannelWindowMs) / 1000),
        'x-ratelimit-reset-after': String(after),
        'x-ratelimit-bucket': MESSAGES_BUCKET,
      };
      if (channel.used >= this.opts.perChannelMessages) {
        this.refused.route += 1;
        return {
          status: 429,
          headers: { ...headers, 'x-ratelimit-remaining': '0', 'retry-after': String(after), 'x-ratelimit-scope': 'user' },
          body: { message: 'You are being rate limited.', retry_after: after, global: false },
        };
      }
      channel.used += 1;
      this.countGlobal(path);
      return { status: 200, headers: { ...headers, 'x-ratelimit-remaining': String(this.opts.perChannelMessages - channel.used) } };
    }
    this.countGlobal(path);
    return { status: 200, headers: {} };
  }

  /**
   * The limits' own minimum time for `parents` prompts, each needing `requests` requests (opening
   * the DM, then the message): the global limit binds, the first window's requests going at once.
   */
  minimumSeconds(parents: number, requests = 2): number {
    return Math.max(0, parents * requests - this.opts.globalPerSecond) / this.opts.globalPerSecond;
  }

  private countGlobal(path: string): void {
    if (!UNBOUND.test(path)) this.global.used += 1;
  }

  private window(map: Map<string, Window>, key: string, ms: number, now: number): Window {
    let w = map.get(key);
    if (!w || now - w.start >= ms) map.set(key, (w = { start: now, used: 0 }));
    return w;
  }
}
