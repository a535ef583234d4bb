/**
 * The Discord channel tests' harness: the fake Discord, a real app on a temp SQLite file, and the
 * real adapter connected to both; and a logger that records every entry.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDiscord, type DiscordHandle } from '../../../src/adapters/discord/index.js';
import { createApp, type App } from '../../../src/app.js';
import { loadConfig, type Config } from '../../../src/config.js';
import type { Engine } from '../../../src/core/engine.js';
import { createOutbox, type Outbox } from '../../../src/core/outbox.js';
import type { Clock } from '../../../src/core/ports.js';
import type { Json } from './discord-calls.js';
import { FakeDiscord } from './fake-discord.js';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: Json;
  msg: string | undefined;
}

/** A logger that keeps every entry, so tests can wait on it and check it holds no text. */
export class RecordingLogger {
  readonly entries: LogEntry[] = [];
  private readonly events = new EventEmitter();
  debug = (obj: object, msg?: string) => this.add('debug', obj, msg);
  info = (obj: object, msg?: string) => this.add('info', obj, msg);
  warn = (obj: object, msg?: string) => this.add('warn', obj, msg);
  error = (obj: object, msg?: string) => this.add('error', obj, msg);

  private add(level: LogEntry['level'], obj: object, msg: string | undefined): void {
    this.entries.push({ level, obj: { ...obj } as Json, msg });
    this.events.emit('entry');
  }

  waitFor(match: (e: LogEntry) => boolean, timeoutMs = 5000): Promise<LogEntry> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = this.entries.find(match);
        if (!hit) return;
        cleanup();
        resolve(hit);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`log entry not seen in ${timeoutMs} ms; saw:\n${this.entries.map((e) => `  ${e.level} ${e.msg ?? ''} ${JSON.stringify(e.obj)}`).join('\n')}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off('entry', check);
      };
      this.events.on('entry', check);
      check();
    });
  }

  /** Resolves when the adapter reports this event's replies delivered. */
  delivered(eventId: string, timeoutMs = 5000): Promise<LogEntry> {
    return this.waitFor((e) => e.obj.id === eventId && e.obj.channel === 'discord' && e.msg === 'turn delivered', timeoutMs);
  }
}

/** The fake, a real app on a temp SQLite file, and the real adapter connected to both. */
export interface Harness {
  fake: FakeDiscord;
  app: App;
  /** Core's outbox the adapter registered with (prompts and notices go through it). */
  outbox: Outbox;
  logger: RecordingLogger;
  config: Config;
  stop(): Promise<void>;
}

export async function startHarness(
  opts: { wrapEngine?: (engine: Engine) => Engine; beforeStart?: (app: App, fake: FakeDiscord) => Promise<void>; clock?: Clock; attachmentOrigins?: string[] } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'nextstep-discord-'));
  const fake = await FakeDiscord.start();
  const app = createApp({ dbPath: join(dir, 'test.db'), ...(opts.clock ? { clock: opts.clock } : {}) });
  await opts.beforeStart?.(app, fake);
  const logger = new RecordingLogger();
  const config = loadConfig({ DISCORD_TOKEN: 'fake-token', DISCORD_APPLICATION_ID: fake.appId, DISCORD_API_URL: fake.apiUrl });
  const engine = opts.wrapEngine ? opts.wrapEngine(app.engine) : app.engine;
  const outbox = createOutbox({ engine, logger });
  let handle: DiscordHandle | undefined;
  try {
    handle = await startDiscord({ outbox, store: app.store, clock: app.engine.deps.clock, content: app.content, config, logger, rest: { retries: 0, timeout: 3000 }, ...(opts.attachmentOrigins ? { attachmentOrigins: opts.attachmentOrigins } : {}) });
  } catch (err) {
    await fake.close();
    app.close();
    throw err;
  }
  return {
    fake,
    app,
    outbox,
    logger,
    config,
    async stop() {
      await handle?.stop();
      await fake.close();
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
