import { describe, expect, it } from 'vitest';
import { channelIdOf, parentId, platformIdsOf, platformUserOf } from '../../src/core/channel.js';

describe('parent ids qualified by their channel', () => {
  it('are written and read back by the channel', () => {
    expect(parentId('slack', 'T1', 'U1')).toBe('slack:T1:U1');
    expect(parentId('discord', '42')).toBe('discord:42');
    expect(channelIdOf('slack:T1:U1')).toBe('slack');
    expect(platformIdsOf('slack', 'slack:T1:U1')).toEqual(['T1', 'U1']);
    expect(platformIdsOf('discord', 'discord:42')).toEqual(['42']);
  });

  it('give another channel’s parent, or a malformed id, no platform ids', () => {
    expect(platformIdsOf('slack', 'discord:42')).toBeNull();
    expect(platformIdsOf('discord', 'discordx:42')).toBeNull();
    expect(platformIdsOf('discord', 'discord:')).toBeNull();
    expect(platformIdsOf('slack', 'slack:T1::U1')).toBeNull();
    expect(platformIdsOf('console', 'local')).toBeNull();
    expect(channelIdOf('local')).toBeNull();
  });

  it('read the platform’s own user back: the last of its ids (a Slack workspace’s member, a Discord user)', () => {
    expect(platformUserOf('slack', 'slack:T1:U1')).toBe('U1');
    expect(platformUserOf('discord', 'discord:42')).toBe('42');
    expect(platformUserOf('slack', 'discord:42')).toBeNull();
    expect(platformUserOf('discord', 'local')).toBeNull();
  });
});
