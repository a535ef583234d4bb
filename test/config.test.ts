/** Configuration is checked once, at load: a malformed value stops start-up with a line naming it. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { cli } from './support/cli.js';

const problem = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  return 'accepted';
};

describe('loadConfig', () => {
  it.each([
    ['a user token', 'xoxp-123-456'],
    ['an app token', 'xapp-1-A1-2-abc'],
    ['a truncated paste', 'xoxb-'],
    ['words', 'my bot token'],
  ])('refuses SLACK_BOT_TOKEN that is %s', (_what, token) => {
    expect(problem({ SLACK_BOT_TOKEN: token, SLACK_SIGNING_SECRET: 's' })).toMatch(/SLACK_BOT_TOKEN: should be the Bot User OAuth Token, starting with xoxb-/);
  });

  it.each(['abc', '12345', '1500000000000000001x', '150000000000000000000000'])('refuses DISCORD_APPLICATION_ID %j', (id) => {
    expect(problem({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: id })).toMatch(/DISCORD_APPLICATION_ID: should be the Application ID from the Developer Portal \(17 to 20 digits\)/);
  });

  it('accepts well-formed values', () => {
    expect(problem({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 's', DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1500000000000000001' })).toBe('accepted');
  });
});

describe('discord invite', () => {
  it('needs only DISCORD_APPLICATION_ID: no token, no network', async () => {
    const r = await cli(['discord', 'invite'], { DISCORD_APPLICATION_ID: '1500000000000000001' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('client_id=1500000000000000001');
  });

  it('says which variable is missing or malformed, in one line', async () => {
    const missing = await cli(['discord', 'invite'], {});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^discord invite: DISCORD_APPLICATION_ID must be set/);
    const bad = await cli(['discord', 'invite'], { DISCORD_APPLICATION_ID: 'my-app' });
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('17 to 20 digits');
  });
});
