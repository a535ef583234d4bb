/** `npm run -s cli -- discord register` against the fake REST, and the docs kept in step with the code. */
import { SUBCOMMANDS } from '../../../src/adapters/slash-commands.js';
import { readFileSync } from 'node:fs';
import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_PERMISSIONS_INTEGER, inviteUrl, slashCommands } from '../../../src/adapters/discord/index.js';
import { bootContent } from '../../../src/app.js';
import { cli } from '../../support/cli.js';
import { FakeDiscord } from './fake-discord.js';

describe('discord register', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ appId: '1500000000000000001' });
  });
  afterAll(async () => {
    await fake?.close();
  });
  const env = () => ({ DISCORD_TOKEN: 'fake-token', DISCORD_APPLICATION_ID: fake.appId, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'silent' });

  it('puts /nextstep with every subcommand, usable in servers and DMs', async () => {
    const t = await cli(['discord', 'register'], env());
    expect(t.code).toBe(0);
    const [put] = await fake.waitFor((c) => c.method === 'PUT');
    expect(put?.path).toBe(`/applications/${fake.appId}/commands`);
    expect(put?.authorization).toBe('Bot fake-token');
    const [cmd] = put?.body as unknown as { name: string; contexts: number[]; integration_types: number[]; options: { name: string; options?: { name: string; required?: boolean }[] }[] }[];
    expect(cmd?.name).toBe('nextstep');
    expect(cmd?.contexts).toEqual([0, 1]);
    expect(cmd?.integration_types).toEqual([0]);
    expect(cmd?.options.map((o) => o.name)).toEqual([...SUBCOMMANDS]);
    expect(cmd?.options.find((o) => o.name === 'say')?.options).toMatchObject([{ name: 'text', required: true }]);
    expect(t.stdout).toContain('Registered 1 command');
  });

  it('registers in one server with --guild', async () => {
    const t = await cli(['discord', 'register', '--guild', '1600000000000000001'], env());
    expect(t.code).toBe(0);
    const [put] = await fake.waitFor((c) => c.method === 'PUT' && c.path.includes('/guilds/'));
    expect(put?.path).toBe(`/applications/${fake.appId}/guilds/1600000000000000001/commands`);
  });

  it('explains what is missing without Discord settings', async () => {
    const t = await cli(['discord', 'register'], {});
    expect(t.code).toBe(1);
    expect(t.stderr).toContain('DISCORD_TOKEN');
  });

  it('prints the invite link', async () => {
    const t = await cli(['discord', 'invite'], env());
    expect(t.code).toBe(0);
    expect(t.stdout.trim()).toBe(inviteUrl(fake.appId));
  });
});

describe('README.md, Discord section', () => {
  const doc = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

  it('quotes the exact permissions integer and scopes the bot uses', () => {
    const used = PermissionsBitField.resolve([
      PermissionFlagsBits.ViewChannel,
      PermissionFlagsBits.SendMessages,
      PermissionFlagsBits.SendMessagesInThreads,
      PermissionFlagsBits.ReadMessageHistory,
    ]).toString();
    expect(BOT_PERMISSIONS_INTEGER).toBe(used);
    expect(doc).toContain(`permissions=${BOT_PERMISSIONS_INTEGER}`);
    expect(doc).toContain('scope=bot%20applications.commands');
    expect(doc).toContain(inviteUrl('YOUR_APPLICATION_ID'));
  });

  it('documents the registration command and every subcommand', () => {
    expect(doc).toContain('npm run -s cli -- discord register');
    for (const o of slashCommands(bootContent())[0]?.options ?? []) expect(doc).toContain(`/nextstep ${o.name}`);
  });

  it('takes every description from content, each within Discord\'s 100 characters', () => {
    const content = bootContent();
    const [command] = slashCommands(content);
    expect(command?.description).toBe(content.render('discord.command'));
    const described: string[] = [command?.description ?? ''];
    for (const sub of command?.options ?? []) {
      expect(sub.description, sub.name).toBe(content.render(`discord.command.${sub.name}`));
      described.push(sub.description);
      const options = 'options' in sub ? (sub.options ?? []) : [];
      for (const o of options) {
        expect(o.description, `${sub.name} ${o.name}`).toBe(content.render(`discord.command.${sub.name}.${o.name}`));
        described.push(o.description);
      }
    }
    for (const d of described) expect(d.length).toBeLessThanOrEqual(100);
  });
});
