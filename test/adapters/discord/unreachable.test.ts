/**
 * Discord refusing the token or out of reach at start-up: one plain sentence, in bounded time
 * (each step's deadline is the `startTimeoutMs` option), instead of retries and reconnects.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordStartError, startDiscord } from '../../../src/adapters/discord/index.js';
import { loadConfig } from '../../../src/config.js';
import { createOutbox } from '../../../src/core/outbox.js';
import { silentLogger } from '../../../src/core/ports.js';
import { makeTestApp, type TestApp } from '../../support/builders.js';
import { BrokenDiscord } from './broken-discord.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const APP_ID = '1100000000000000001';

let app: TestApp | undefined;
let fake: BrokenDiscord | undefined;
let server: Server | undefined;
afterEach(async () => {
  app?.cleanup();
  app = undefined;
  await fake?.close();
  fake = undefined;
  server?.closeAllConnections();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = undefined;
});

async function start(apiUrl: string, startTimeoutMs: number): Promise<DiscordStartError> {
  app = makeTestApp();
  const config = loadConfig({ DISCORD_TOKEN: 'a-token-discord-refuses', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: apiUrl });
  const outbox = createOutbox({ engine: app.engine, logger: silentLogger });
  const opts = { outbox, store: app.store, clock: app.engine.deps.clock, content: app.content, config, logger: silentLogger, rest: { retries: 0 }, startTimeoutMs };
  const err = await startDiscord(opts).then(
    () => new Error('started'),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DiscordStartError);
  const message = (err as DiscordStartError).message;
  expect(message).not.toContain('\n');
  expect(message).not.toMatch(/\n\s+at /);
  return err as DiscordStartError;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const port = (probe.address() as AddressInfo).port;
  await new Promise((r) => probe.close(r));
  return port;
}

const TOKEN_ADVICE = /^Discord refused DISCORD_TOKEN\. .*Developer Portal.*Bot.*Reset Token/;

describe('Discord start-up when Discord refuses the token', () => {
  it('refused by REST (401 from /gateway/bot): says which variable and where to copy it again, and opens no gateway', async () => {
    fake = await BrokenDiscord.start('rest-401');
    const err = await start(fake.apiUrl, 5000);
    expect(err.kind).toBe('token');
    expect(err.message).toMatch(TOKEN_ADVICE);
    expect(fake.opened).toBe(0);
  });

  it('refused by the gateway (close 4004 on IDENTIFY): the same sentence, and the connection is closed', async () => {
    fake = await BrokenDiscord.start('gateway-4004');
    const err = await start(fake.apiUrl, 5000);
    expect(err.kind).toBe('token');
    expect(err.message).toMatch(TOKEN_ADVICE);
    expect(fake.opened).toBe(1);
    await fake.until(() => fake?.open === 0, 'the gateway connection to close');
  });
});

describe('Discord start-up when Discord cannot be reached', () => {
  it('nothing listening at DISCORD_API_URL: says Discord is unreachable there', async () => {
    const url = `http://127.0.0.1:${await freePort()}/api`;
    const err = await start(url, 5000);
    expect(err.kind).toBe('unreachable');
    expect(err.message).toMatch(/^Discord is unreachable \(http:\/\/127\.0\.0\.1:\d+\/api: .+\)\. Check the network \(or DISCORD_API_URL\)/);
  });

  it('a REST server that never answers: fails when the step’s time runs out', async () => {
    server = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
    const err = await start(url, 300);
    expect(err.kind).toBe('unreachable');
    expect(err.message).toContain(`Reaching Discord (${url}) did not finish within`);
  });

  it('a gateway that takes the connection but never sends READY: fails when the step’s time runs out', async () => {
    fake = await BrokenDiscord.start('never-ready');
    const err = await start(fake.apiUrl, 300);
    expect(err.kind).toBe('unreachable');
    expect(err.message).toMatch(/^Discord is unreachable: Connecting to Discord’s gateway did not finish within \d+ s\. Check the network/);
    // Upstream (reach-discord.ts, DESTROY_GRACE_MS): @discordjs/ws connects again after a destroy
    // during the wait for READY; the fake refuses that connection (4004), so the shard stops for
    // good. Should this wait fail, the library stops by itself and the grace period can go.
    await fake.until(() => fake !== undefined && fake.opened > 1 && fake.open === 0, 'discord.js to connect again after destroy, and be refused');
  });
});

describe('npm start with Discord refusing the token', () => {
  it('prints the sentence after "Next Step could not start:", no stack trace, exit status 1', async () => {
    fake = await BrokenDiscord.start('rest-401');
    const dir = mkdtempSync(join(tmpdir(), 'nextstep-discord-start-'));
    const env = { PATH: process.env['PATH'], DISCORD_TOKEN: 'a-token-discord-refuses', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, NEXTSTEP_DB: join(dir, 'test.db') };
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    rmSync(dir, { recursive: true, force: true });
    // Log lines are JSON (pino); what the operator reads is the rest.
    const plain = stderr.split('\n').filter((l) => l !== '' && !l.startsWith('{'));
    expect(code).toBe(1);
    expect(plain).toHaveLength(1);
    expect(plain[0]).toMatch(/^Next Step could not start: Discord refused DISCORD_TOKEN\. /);
  });
});
