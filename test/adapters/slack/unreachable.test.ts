/** Slack unreachable at start-up: a bounded, one-line failure instead of half an hour of retries. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createOutbox } from '../../../src/core/outbox.js';
import { startSlack } from '../../../src/adapters/slack/start-slack.js';
import { SlackUnreachableError } from '../../../src/adapters/slack/reach-slack.js';
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/core/ports.js';
import { makeTestApp, type TestApp } from '../../support/builders.js';

let app: TestApp | undefined;
let server: Server | undefined;
afterEach(async () => {
  app?.cleanup();
  app = undefined;
  server?.closeAllConnections();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = undefined;
});

function start(apiUrl: string, startTimeoutMs: number) {
  app = makeTestApp();
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: apiUrl });
  return startSlack({ outbox: createOutbox({ engine: app.engine, logger: silentLogger }), store: app.store, glance: app.glance, clock: app.engine.deps.clock, content: app.content, config, logger: silentLogger, listen: { host: '127.0.0.1', port: 0 }, startTimeoutMs });
}

describe('Slack start-up when Slack cannot be reached', () => {
  it('nothing listening: fails at once, saying so', async () => {
    // A port that was free a moment ago: connection refused.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const t0 = Date.now();
    const err = await start(`http://127.0.0.1:${port}/api/`, 5000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SlackUnreachableError);
    expect((err as Error).message).toMatch(/^Slack is unreachable/);
    expect((err as Error).message).not.toContain('\n');
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('a server that never answers: fails when the start-up time runs out', async () => {
    server = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const t0 = Date.now();
    const err = await start(`http://127.0.0.1:${port}/api/`, 600).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SlackUnreachableError);
    expect((err as Error).message).toContain('Slack is unreachable');
    expect(Date.now() - t0).toBeLessThan(4000);
  });

  it('a token Slack refuses: says which variable to fix', async () => {
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: false, error: 'invalid_auth' }));
    });
    await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const err = await start(`http://127.0.0.1:${port}/api/`, 3000).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/refused SLACK_BOT_TOKEN \(invalid_auth\)/);
  });
});
