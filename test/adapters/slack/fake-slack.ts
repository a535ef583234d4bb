/**
 * A fake Slack for channel tests: a node:http server on 127.0.0.1 standing in for the Web API
 * (`/api/<method>`), file upload URLs (`/upload/<id>`), response_urls (`/respond/<id>`) and a
 * Socket Mode WebSocket (`/socket`). It records every call; tests wait for a recorded call
 * instead of sleeping. Genuine request signing and payload builders: slack-requests.ts (re-exported
 * here, so tests import everything from this file).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { createApp, type App as NextStepApp } from '../../../src/app.js';
import { configSchema } from '../../../src/config.js';
import { createOutbox, type Outbox } from '../../../src/core/outbox.js';
import type { Engine } from '../../../src/core/engine.js';
import type { Clock } from '../../../src/core/ports.js';
import { startSlack, type SlackHandle } from '../../../src/adapters/slack/start-slack.js';
import type { SlackLimits } from './fake-limits.js';
import { SIGNING_SECRET } from './slack-requests.js';
import { capturingLogger, type CapturingLogger } from './capturing-logger.js';

export * from './slack-requests.js';
export * from './capturing-logger.js';

export type Json = Record<string, unknown>;

export interface ApiCall {
  method: string;
  args: Json;
  response: Json;
  auth: string | undefined;
}
export interface RespondCall {
  id: string;
  body: Json;
}
export interface UploadCall {
  fileId: string;
  raw: string;
}

const JSON_ARGS = new Set(['blocks', 'view', 'files', 'attachments', 'metadata']);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseArgs(raw: string, contentType: string | undefined): Json {
  if (contentType?.includes('application/json')) return raw ? (JSON.parse(raw) as Json) : {};
  const out: Json = {};
  for (const [k, v] of new URLSearchParams(raw)) out[k] = JSON_ARGS.has(k) ? (JSON.parse(v) as unknown) : v;
  return out;
}

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responds: RespondCall[] = [];
  readonly uploads: UploadCall[] = [];
  /** Messages the app sent over the socket (Socket Mode acks). */
  readonly socketMessages: Json[] = [];
  port = 0;
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private readonly waiters = new Set<() => void>();
  private readonly failures = new Map<string, number>();
  private readonly rateLimits = new Map<string, number>();
  /** Calls refused with a 429, and when. */
  readonly limited: { method: string; at: number }[] = [];
  private readonly holds = new Map<string, Promise<void>>();
  /** Web API methods in order of arrival (before any answer; see `hold`). */
  readonly arrived: string[] = [];
  private seq = 0;
  /** Slack's posting limits, enforced with 429s when set (fake-limits.ts). */
  limits: SlackLimits | null = null;
  /** Called with every Web API call answered (after it is recorded). */
  onCall: ((call: ApiCall) => void) | null = null;
  /** Each Slack user's profile time zone (`users.info` `tz`); a user not here has none. */
  readonly zones = new Map<string, string>();

  private constructor() {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => {
        this.sockets.add(ws);
        ws.on('message', (data: Buffer) => {
          this.socketMessages.push(JSON.parse(data.toString('utf8')) as Json);
          this.notify();
        });
        ws.on('close', () => this.sockets.delete(ws));
        // Slack finishes the Socket Mode handshake with a hello.
        ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A1' } }));
        this.notify();
      });
    });
  }

  static async start(): Promise<FakeSlack> {
    const fake = new FakeSlack();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  get apiUrl(): string {
    return `${this.base}/api/`;
  }
  responseUrl(id: string): string {
    return `${this.base}/respond/${id}`;
  }
  get connectedSockets(): number {
    return this.sockets.size;
  }

  /** The next `times` calls to `method` answer `{ ok: false, error: 'fatal_error' }`. */
  failNext(method: string, times = 1): void {
    this.failures.set(method, times);
  }

  /** The next call to `method` is refused with HTTP 429 and `Retry-After: seconds`, as Slack rate-limits. */
  rateLimitNext(method: string, seconds: number): void {
    this.rateLimits.set(method, seconds);
  }

  /** Calls to `method` wait unanswered until the returned function is called. */
  hold(method: string): () => void {
    let release = () => {};
    this.holds.set(method, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.holds.delete(method);
      release();
    };
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Send a Socket Mode envelope to every connected client. */
  sendEnvelope(envelope: Json): void {
    for (const ws of this.sockets) ws.send(JSON.stringify(envelope));
  }

  /** Resolves with the first truthy value of `probe`, re-checked whenever the fake records something. */
  waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 5000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const v = probe();
        if (v) {
          cleanup();
          resolve(v);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${what}; calls so far: ${this.calls.map((c) => c.method).join(', ') || 'none'}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      const waiter = () => void check();
      this.waiters.add(waiter);
      check();
    });
  }

  /** Waits until `method` has been called `count` times in all (matching `where`), and returns those calls. */
  waitForCalls(method: string, count: number, where: (c: ApiCall) => boolean = () => true, timeoutMs?: number): Promise<ApiCall[]> {
    return this.waitFor(
      () => {
        const found = this.callsTo(method).filter(where);
        return found.length >= count ? found : undefined;
      },
      `${count} × ${method}`,
      timeoutMs,
    );
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  private send(res: ServerResponse, status: number, body: Json | string): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' });
    res.end(text);
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', this.base).pathname;
    if (path.startsWith('/upload/')) {
      this.uploads.push({ fileId: path.slice('/upload/'.length), raw });
      this.send(res, 200, `OK - ${raw.length}`);
      this.notify();
      return;
    }
    if (path.startsWith('/respond/')) {
      this.responds.push({ id: path.slice('/respond/'.length), body: JSON.parse(raw) as Json });
      this.send(res, 200, 'ok');
      this.notify();
      return;
    }
    if (!path.startsWith('/api/')) {
      this.send(res, 404, 'not found');
      return;
    }
    const method = path.slice('/api/'.length);
    this.arrived.push(method);
    this.notify();
    await this.holds.get(method);
    const retryAfter = this.rateLimits.get(method);
    if (retryAfter !== undefined) {
      this.rateLimits.delete(method);
      this.limited.push({ method, at: Date.now() });
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(retryAfter) });
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    const args = parseArgs(raw, req.headers['content-type']);
    const wait = this.limits?.check(method, args['channel']) ?? null;
    if (wait !== null) {
      this.limited.push({ method, at: Date.now() });
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(wait) });
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    const response = this.answer(method, args);
    const call = { method, args, response, auth: req.headers.authorization };
    this.calls.push(call);
    this.onCall?.(call);
    this.send(res, 200, response);
    this.notify();
  }

  private answer(method: string, args: Json): Json {
    const failing = this.failures.get(method);
    if (failing) {
      this.failures.set(method, failing - 1);
      return { ok: false, error: 'fatal_error' };
    }
    const ts = () => `1700000000.${String(++this.seq).padStart(6, '0')}`;
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'nextstep', team_id: 'T1', user_id: 'UBOT', bot_id: 'BBOT' };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket` };
      case 'chat.postMessage': {
        const t = ts();
        return { ok: true, channel: args['channel'], ts: t, message: { ts: t, text: args['text'], blocks: args['blocks'] } };
      }
      case 'chat.update':
        return { ok: true, channel: args['channel'], ts: args['ts'] };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts() };
      case 'conversations.history': {
        const posted = this.callsTo('chat.postMessage').filter((c) => c.args['channel'] === args['channel']);
        const messages = posted.reverse().slice(0, Number(args['limit'] ?? 100)).map((c) => ({ ts: c.response['ts'], text: c.args['text'], ...(String(args['include_all_metadata']) === 'true' && c.args['metadata'] ? { metadata: c.args['metadata'] } : {}) }));
        return { ok: true, messages, has_more: false };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args['users'])}` } };
      case 'users.info': // a profile's time zone, when the test gave the user one
        return { ok: true, user: { id: args['user'], ...(this.zones.has(String(args['user'])) ? { tz: this.zones.get(String(args['user'])) } : {}) } };
      case 'views.publish':
        return { ok: true, view: { id: `V${++this.seq}` } };
      case 'files.getUploadURLExternal': {
        const id = `F${++this.seq}`;
        return { ok: true, file_id: id, upload_url: `${this.base}/upload/${id}` };
      }
      case 'files.completeUploadExternal':
        return { ok: true, files: args['files'] };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

// ── harness (its logger: capturing-logger.ts) ─────────────────────────────────

export interface Harness {
  fake: FakeSlack;
  app: NextStepApp;
  slack: SlackHandle;
  /** Core's outbox the adapter registered with (prompts and notices go through it). */
  outbox: Outbox;
  logger: CapturingLogger;
  port: number;
  /** Resolves once `count` log lines with this message exist (the fake is re-checked too). */
  waitForLog(msg: string, count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(
  opts: {
    socketMode?: boolean;
    webApiRetries?: number;
    rejectRateLimitedCalls?: boolean;
    beforeStart?: (app: NextStepApp) => Promise<void> | void;
    clock?: Clock;
    /** The engine the outbox runs (e.g. one that records each turn's replies). */
    wrapEngine?: (engine: Engine) => Engine;
  } = {},
): Promise<Harness> {
  const fake = await FakeSlack.start();
  const dir = mkdtempSync(join(tmpdir(), 'nextstep-slack-'));
  let logWaiters: (() => void)[] = [];
  const logger = capturingLogger(() => {
    for (const w of logWaiters) w();
  });
  const app = createApp({ dbPath: join(dir, 'test.db'), logger, ...(opts.clock ? { clock: opts.clock } : {}) });
  await opts.beforeStart?.(app);
  const config = configSchema.parse({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    ...(opts.socketMode ? { SLACK_APP_TOKEN: 'xapp-1-test' } : {}),
  });
  const outbox = createOutbox({ engine: opts.wrapEngine ? opts.wrapEngine(app.engine) : app.engine, logger });
  const slack = await startSlack({ outbox, store: app.store, glance: app.glance, clock: app.engine.deps.clock, content: app.content, config, logger, listen: { host: '127.0.0.1', port: 0 }, webApiRetries: opts.webApiRetries ?? 0,
    ...(opts.rejectRateLimitedCalls ? { rejectRateLimitedCalls: true } : {}),
  });
  return {
    fake,
    app,
    slack,
    outbox,
    logger,
    port: slack.port ?? 0,
    waitForLog(msg, count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (logger.count(msg) >= count) {
            clearTimeout(timer);
            logWaiters = logWaiters.filter((w) => w !== check);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          logWaiters = logWaiters.filter((w) => w !== check);
          reject(new Error(`timed out waiting for ${count} × log "${msg}" (have ${logger.count(msg)})`));
        }, timeoutMs);
        logWaiters.push(check);
        check();
      });
    },
    async close() {
      await slack.stop();
      await fake.stop();
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
