/**
 * Slack and Discord running together over one outbox, as `npm start` runs them: replies left
 * undelivered by the last run, check-in prompts and notices each reach the parent through the
 * channel recorded with them, and neither adapter is asked about the other's parents.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordHandle } from '../../src/adapters/discord/index.js';
import { startSlack, type SlackHandle } from '../../src/adapters/slack/start-slack.js';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createOutbox, type Outbox } from '../../src/core/outbox.js';
import { silentLogger } from '../../src/core/ports.js';
import { fakeUser, snowflake } from './discord/discord-calls.js';
import { FakeDiscord } from './discord/fake-discord.js';
import { FakeSlack } from './slack/fake-slack.js';
import { SIGNING_SECRET } from './slack/slack-requests.js';

const parent = fakeUser(snowflake());
const discordUser = `discord:${parent.id}`;
let dir: string;
let app: App;
let slackFake: FakeSlack;
let discordFake: FakeDiscord;
let outbox: Outbox;
let slack: SlackHandle;
let discord: DiscordHandle;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nextstep-both-'));
  [slackFake, discordFake] = await Promise.all([FakeSlack.start(), FakeDiscord.start()]);
  app = createApp({ dbPath: join(dir, 'test.db') });
  // The last run committed these and stopped before delivering them.
  await app.engine.handleTurn({ id: 'lost-slack', channel: 'slack', user: 'slack:T1:U21', where: 'dm', input: { kind: 'text', text: 'hello' }, receivedAt: new Date() });
  await app.engine.handleTurn({ id: 'lost-discord', channel: 'discord', user: discordUser, where: 'dm', input: { kind: 'text', text: 'hello' }, receivedAt: new Date() });
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slackFake.apiUrl,
    DISCORD_TOKEN: 'fake-token',
    DISCORD_APPLICATION_ID: discordFake.appId,
    DISCORD_API_URL: discordFake.apiUrl,
  });
  outbox = createOutbox({ engine: app.engine, logger: silentLogger });
  const deps = { outbox, store: app.store, clock: app.engine.deps.clock, content: app.content, config, logger: silentLogger };
  slack = await startSlack({ ...deps, glance: app.glance, listen: { host: '127.0.0.1', port: 0 }, webApiRetries: 0 });
  discord = await startDiscord({ ...deps, rest: { retries: 0, timeout: 3000 } });
});

afterAll(async () => {
  await slack?.stop();
  await discord?.stop();
  await Promise.all([slackFake?.stop(), discordFake?.close()]);
  app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const dmPosts = () => discordFake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${discordFake.dmChannelFor(parent.id)}/messages`);

describe('Slack and Discord over one outbox', () => {
  it('re-delivers each channel’s undelivered replies through that channel', async () => {
    await slackFake.waitForCalls('chat.postMessage', 1, (c) => c.args['channel'] === 'DU21');
    await discordFake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${discordFake.dmChannelFor(parent.id)}/messages`);
    await outbox.settle();
    expect(await app.engine.undelivered()).toEqual([]);
    expect(slackFake.callsTo('chat.postMessage').every((c) => c.args['channel'] === 'DU21')).toBe(true);
  });

  it('sends a prompt to each parent by the channel recorded with them', async () => {
    const slackBefore = slackFake.callsTo('chat.postMessage').length;
    const discordBefore = dmPosts().length;
    const prompt = [{ type: 'text' as const, key: 'test.prompt', text: 'Time for today’s check-in' }];
    expect(await outbox.deliver(discordUser, prompt)).toBe(true);
    expect(dmPosts()).toHaveLength(discordBefore + 1);
    expect(slackFake.callsTo('chat.postMessage')).toHaveLength(slackBefore);
    expect(await outbox.deliver('slack:T1:U22', prompt)).toBe(true);
    expect(slackFake.callsTo('chat.postMessage').slice(slackBefore).map((c) => c.args['channel'])).toEqual(['DU22']);
    expect(dmPosts()).toHaveLength(discordBefore + 1);
    expect(await outbox.deliver('local', prompt)).toBe(false);
  });
});
