/**
 * A fake Discord on 127.0.0.1 for channel tests: one `node:http` server for REST (recording
 * every call) and a `ws` gateway on the same port. The gateway sends HELLO, answers IDENTIFY
 * with READY and GUILD_CREATE, acknowledges heartbeats, and dispatches whatever the test asks.
 * Messages the bot creates are kept, so a test can click their buttons.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { fakeUser, guildPayload, messagePayload, parseBody, snowflake, type FakeUser, type Json, type RecordedCall } from './discord-calls.js';
import type { DiscordLimits } from './discord-limits.js';

export interface FakeDiscordOptions {
  botId?: string;
  appId?: string;
  guildId?: string;
  channelId?: string;
}

const API_PREFIX = '/api/v10';
/** How long a nonce is held for `enforce_nonce` (Discord: "the past few minutes"; the fake takes the short end). */
export const NONCE_WINDOW_MS = 2 * 60_000;

export class FakeDiscord {
  readonly calls: RecordedCall[] = [];
  /** Messages the bot created (channel messages, interaction replies, follow-ups), by id. */
  readonly messages = new Map<string, Json>();
  identify: Json | null = null;
  /** Users who do not accept DMs: sending to their DM channel fails with Discord's 50007. */
  readonly closedDms = new Set<string>();
  /** The next call matching each is refused with a 429 and `retry_after` (seconds), once. */
  readonly rateLimits: { method: string; path: RegExp; seconds: number }[] = [];
  /** Discord's own limits, enforced on every request when set (discord-limits.ts). */
  limits: DiscordLimits | null = null;
  /** Called for each channel message created (not for one a repeated nonce returned). */
  onCreate: ((channelId: string, nonce: string | null) => void) | null = null;
  /** Messages a repeated nonce returned instead of posting again (`enforce_nonce`). */
  nonceHits = 0;
  /** nonce → the message created with it, and when (the bot is the only author). */
  private readonly nonces = new Map<string, { message: Json; at: number }>();
  readonly botUser: FakeUser;
  readonly appId: string;
  readonly guildId: string;
  readonly channelId: string;
  /** Sockets whose shard has identified: events go to these. */
  private readonly sockets = new Set<WebSocket>();
  private readonly events = new EventEmitter();
  private readonly dmChannels = new Map<string, string>();
  /** interaction token → what it answers (its message for a click, its original reply otherwise). */
  private readonly interactions = new Map<string, { messageId?: string; channelId: string; flags: number }>();
  private readonly originals = new Map<string, string>();
  private seq = 0;
  private port = 0;

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    opts: FakeDiscordOptions,
  ) {
    this.botUser = { ...fakeUser(opts.botId ?? '1100000000000000001', 'NextStep'), bot: true };
    this.appId = opts.appId ?? this.botUser.id;
    this.guildId = opts.guildId ?? '1200000000000000001';
    this.channelId = opts.channelId ?? '1200000000000000002';
    this.events.setMaxListeners(100);
  }

  static async start(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ server, path: '/gateway' });
    const fake = new FakeDiscord(server, wss, opts);
    server.on('request', (req, res) => void fake.onRequest(req, res));
    wss.on('connection', (ws) => fake.onConnection(ws));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  /** For `DISCORD_API_URL`: discord.js adds `/v10` itself. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  private get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ── waiting ──────────────────────────────────────────────────────────────────────────────

  /** Resolves with the matching calls once at least `count` calls from index `since` match. */
  waitFor(match: (c: RecordedCall) => boolean, opts: { since?: number; count?: number; timeoutMs?: number } = {}): Promise<RecordedCall[]> {
    const { since = 0, count = 1, timeoutMs = 5000 } = opts;
    const found = () => this.calls.slice(since).filter(match);
    return new Promise((resolve, reject) => {
      const check = () => {
        const hits = found();
        if (hits.length < count) return;
        cleanup();
        resolve(hits);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake discord: waited ${timeoutMs} ms for ${count} matching call(s); saw ${found().length}. Calls:\n${this.describe(since)}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off('call', check);
      };
      this.events.on('call', check);
      check();
    });
  }

  describe(since = 0): string {
    return this.calls
      .slice(since)
      .map((c) => `  ${c.method} ${c.path}`)
      .join('\n');
  }

  // ── events the test sends ────────────────────────────────────────────────────────────────

  dispatch(t: string, d: unknown): void {
    const frame = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const ws of this.sockets) ws.send(frame);
  }

  dmChannelFor(userId: string): string {
    let id = this.dmChannels.get(userId);
    if (!id) {
      id = snowflake();
      this.dmChannels.set(userId, id);
    }
    return id;
  }

  /** A parent's DM to the bot (`channel_type: 1` lets discord.js build the partial DM channel). */
  dm(user: FakeUser, content: string, opts: { id?: string; author?: FakeUser; attachments?: Json[] } = {}): string {
    const id = opts.id ?? snowflake();
    const message = { ...messagePayload(id, this.dmChannelFor(user.id), opts.author ?? user, content), ...(opts.attachments ? { attachments: opts.attachments } : {}) };
    this.dispatch('MESSAGE_CREATE', { ...message, channel_type: 1 });
    return id;
  }

  /** A message in the server's text channel; `mention` puts `<@bot>` in front and in `mentions`. */
  channelMessage(user: FakeUser, content: string, opts: { mention?: boolean } = {}): string {
    const id = snowflake();
    const mention = opts.mention ?? true;
    this.dispatch('MESSAGE_CREATE', {
      ...messagePayload(id, this.channelId, user, mention ? `<@${this.botUser.id}> ${content}` : content),
      guild_id: this.guildId,
      channel_type: 0,
      member: this.member(user, false),
      mentions: mention ? [this.botUser] : [],
    });
    return id;
  }

  private member(user: FakeUser, withUser = true): Json {
    return {
      ...(withUser ? { user } : {}),
      roles: [],
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      permissions: '2248473465835073',
    };
  }

  private interactionBase(user: FakeUser, where: 'guild' | 'dm', type: number): Json & { id: string; token: string } {
    const id = snowflake();
    const token = `tok-${id}`;
    const channel =
      where === 'guild'
        ? { id: this.channelId, type: 0, guild_id: this.guildId, name: 'general' }
        : { id: this.dmChannelFor(user.id), type: 1, recipients: [user] };
    this.interactions.set(token, { channelId: channel.id, flags: 0 });
    return {
      id,
      token,
      application_id: this.appId,
      type,
      version: 1,
      locale: 'en-GB',
      app_permissions: '2248473465835073',
      entitlements: [],
      channel,
      channel_id: channel.id,
      ...(where === 'guild'
        ? { guild_id: this.guildId, guild_locale: 'en-GB', member: this.member(user), authorizing_integration_owners: { '0': this.guildId }, context: 0 }
        : { user, authorizing_integration_owners: { '0': this.guildId }, context: 1 }),
    };
  }

  /** `/nextstep <sub> [text]` (in the subcommand's option, `text` unless named), in the server or in the bot's DM. */
  slash(user: FakeUser, sub: string, opts: { text?: string; option?: string; where?: 'guild' | 'dm'; command?: string } = {}): { id: string; token: string } {
    const base = this.interactionBase(user, opts.where ?? 'guild', 2);
    const subOptions = opts.text === undefined ? [] : [{ type: 3, name: opts.option ?? 'text', value: opts.text }];
    this.dispatch('INTERACTION_CREATE', {
      ...base,
      data: { id: '1300000000000000999', name: opts.command ?? 'nextstep', type: 1, options: [{ type: 1, name: sub, options: subOptions }] },
    });
    return { id: base.id, token: base.token };
  }

  /** A click on a button (or a choice in a select) of a message the bot sent. */
  click(user: FakeUser, messageId: string, customId: string, opts: { values?: string[]; where?: 'guild' | 'dm' } = {}): { id: string; token: string } {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`fake discord: no message ${messageId}`);
    const flags = typeof message.flags === 'number' ? message.flags : 0;
    const base = this.interactionBase(user, opts.where ?? ((flags & 64) !== 0 ? 'guild' : 'dm'), 3);
    this.interactions.set(base.token, { messageId, channelId: String(message.channel_id), flags });
    this.dispatch('INTERACTION_CREATE', {
      ...base,
      message,
      data: opts.values ? { custom_id: customId, component_type: 3, values: opts.values } : { custom_id: customId, component_type: 2 },
    });
    return { id: base.id, token: base.token };
  }

  // ── gateway ──────────────────────────────────────────────────────────────────────────────

  private onConnection(ws: WebSocket): void {
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
    ws.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { op: number; d: Json };
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (frame.op === 2) {
        this.identify = frame.d;
        this.sockets.add(ws);
        this.dispatch('READY', {
          v: 10,
          user: this.botUser,
          guilds: [{ id: this.guildId, unavailable: true }],
          session_id: 'fake-session',
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          application: { id: this.appId, flags: 0 },
        });
        this.dispatch('GUILD_CREATE', guildPayload(this.guildId, this.channelId, this.member(this.botUser)));
      }
    });
    ws.on('close', () => this.sockets.delete(ws));
  }

  // ── REST ─────────────────────────────────────────────────────────────────────────────────

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname); // discord.js sends `@original` as `%40original`
    const path = pathname.startsWith(API_PREFIX) ? pathname.slice(API_PREFIX.length) : pathname;
    const { body, files } = await parseBody(raw, req.headers['content-type']);
    let status = 200;
    let reply: unknown;
    const call: RecordedCall = { method: req.method ?? 'GET', path, query: url.searchParams, body, files, authorization: req.headers.authorization, status, at: Date.now(), response: null };
    const limit = this.rateLimits.findIndex((l) => l.method === call.method && l.path.test(path));
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const verdict = limit >= 0 ? null : this.limits?.check(call.method, path, Date.now(), body?.recipient_id);
    if (verdict) Object.assign(headers, verdict.headers);
    try {
      if (limit >= 0) {
        const seconds = this.rateLimits.splice(limit, 1)[0]?.seconds ?? 1;
        Object.assign(headers, { 'retry-after': String(seconds), 'x-ratelimit-scope': 'user' });
        [status, reply] = [429, { message: 'You are being rate limited.', retry_after: seconds, global: false }];
      } else if (verdict?.status === 429) [status, reply] = [429, verdict.body];
      else [status, reply] = this.route(call);
    } catch (err) {
      [status, reply] = [500, { message: (err as Error).message, code: 0 }];
    }
    this.calls.push({ ...call, status, response: reply });
    if (status === 204) res.writeHead(204).end();
    else res.writeHead(status, headers).end(JSON.stringify(reply));
    this.events.emit('call');
  }

  private route(c: RecordedCall): [number, unknown] {
    const m = c.method;
    const p = c.path;
    let g: RegExpExecArray | null;
    if (m === 'GET' && p === '/gateway/bot')
      return [200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } }];
    if (m === 'POST' && p === '/users/@me/channels') {
      const recipient = String(c.body?.recipient_id);
      return [200, { id: this.dmChannelFor(recipient), type: 1, recipients: [fakeUser(recipient)], last_message_id: null }];
    }
    if (m === 'POST' && (g = /^\/channels\/(\d+)\/messages$/.exec(p))) {
      const channelId = g[1] as string;
      if ([...this.closedDms].some((u) => this.dmChannels.get(u) === channelId)) return [403, { message: 'Cannot send messages to this user', code: 50007 }];
      return this.createChannelMessage(channelId, c);
    }
    if (m === 'POST' && (g = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(p))) return this.callback(g[2] as string, c);
    if ((g = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(p))) {
      const token = g[2] as string;
      if (m === 'DELETE') return [204, null];
      if (m === 'PATCH') return [200, this.editOriginal(token, c)];
    }
    if (m === 'POST' && (g = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(p))) {
      const meta = this.interactions.get(g[2] as string);
      const flags = typeof c.body?.flags === 'number' ? c.body.flags : 0;
      return [200, this.createMessage(meta?.channelId ?? this.channelId, c, flags)];
    }
    if (m === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(p)) {
      const list = Array.isArray(c.body) ? (c.body as Json[]) : [];
      return [200, list.map((cmd) => ({ ...cmd, id: snowflake(), application_id: this.appId, version: '1' }))];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }

  /**
   * Create Message, with Discord's nonce: an integer or a string of up to 25 characters (else
   * 400); with `enforce_nonce`, a nonce seen in the past few minutes returns that message instead.
   */
  private createChannelMessage(channelId: string, c: RecordedCall): [number, unknown] {
    const nonce = c.body?.nonce;
    if (nonce !== undefined && !(Number.isInteger(nonce) || (typeof nonce === 'string' && nonce.length <= 25)))
      return [400, { message: 'Invalid Form Body', code: 50035, errors: { nonce: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH' }] } } }];
    const key = nonce === undefined ? null : String(nonce);
    const seen = key === null ? undefined : this.nonces.get(key);
    if (c.body?.enforce_nonce === true && seen && Date.now() - seen.at < NONCE_WINDOW_MS) {
      this.nonceHits += 1;
      return [200, seen.message];
    }
    const message = { ...this.createMessage(channelId, c, 0), ...(nonce === undefined ? {} : { nonce }) };
    if (key !== null) this.nonces.set(key, { message, at: Date.now() });
    this.onCreate?.(channelId, key);
    return [200, message];
  }

  private createMessage(channelId: string, c: RecordedCall, flags: number): Json {
    const id = snowflake();
    const body = c.body ?? {};
    const message: Json = {
      ...messagePayload(id, channelId, this.botUser, typeof body.content === 'string' ? body.content : ''),
      components: Array.isArray(body.components) ? body.components : [],
      attachments: c.files.map((f, i) => ({ id: String(i), filename: f.name, size: f.size, url: `http://127.0.0.1/${f.name}`, proxy_url: `http://127.0.0.1/${f.name}` })),
      flags,
    };
    this.messages.set(id, message);
    return message;
  }

  /** Initial responses: 4 reply, 5 deferred reply, 6 deferred update and 7 update (a component's message is then its original). */
  private callback(token: string, c: RecordedCall): [number, unknown] {
    const type = Number(c.body?.type);
    const data = (c.body?.data ?? {}) as Json;
    const flags = typeof data.flags === 'number' ? data.flags : 0;
    const meta = this.interactions.get(token);
    if ((type === 6 || type === 7) && meta?.messageId) {
      this.originals.set(token, meta.messageId);
      if (type === 7) this.messages.set(meta.messageId, { ...this.messages.get(meta.messageId), ...data, edited_timestamp: new Date().toISOString() });
    }
    if (type === 4 || type === 5) {
      this.interactions.set(token, { channelId: meta?.channelId ?? this.channelId, flags });
      const message = this.createMessage(meta?.channelId ?? this.channelId, { ...c, body: type === 4 ? data : { content: '' } }, flags);
      this.originals.set(token, String(message.id));
    }
    return [204, null];
  }

  private editOriginal(token: string, c: RecordedCall): Json {
    const id = this.originals.get(token);
    const meta = this.interactions.get(token);
    const existing = (id && this.messages.get(id)) || this.createMessage(meta?.channelId ?? this.channelId, c, meta?.flags ?? 0);
    const body = c.body ?? {};
    const updated: Json = { ...existing, ...body, edited_timestamp: new Date().toISOString(), flags: existing.flags };
    this.messages.set(String(updated.id), updated);
    return updated;
  }
}
