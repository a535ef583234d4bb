import { describe, expect, it } from 'vitest';
import { channelIdOf, parentId, platformIdsOf } from '../../src/core/channel.js';

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
});
