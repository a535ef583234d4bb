/** The decisions every channel shares when an event becomes a turn (core/inbound-turn.ts). */
import { describe, expect, it } from 'vitest';
import { inboundTurn, type Inbound, type InboundEvent } from '../../src/core/inbound-turn.js';

const now = new Date('2026-12-06T09:00:00Z');
const COMMANDS = ['say', 'notes', 'help'];
const event = (e: InboundEvent, over: Partial<Inbound> = {}): Inbound => ({ channel: 'slack', id: 'ev1', who: ['T1', 'U1'], receivedAt: now, event: e, ...over });
const message = (place: 'dm' | 'mention', fromBot = false): InboundEvent => ({ kind: 'message', text: 'hello', fromBot, place });

describe('inboundTurn', () => {
  it('makes the parent id from the platform ids, and keeps the event id and time', () => {
    expect(inboundTurn(event(message('dm')), { commands: COMMANDS })).toEqual({
      ok: true,
      turn: { id: 'ev1', channel: 'slack', user: 'slack:T1:U1', where: 'dm', input: { kind: 'text', text: 'hello' }, receivedAt: now },
    });
    const discord = inboundTurn(event(message('dm'), { channel: 'discord', who: ['42'] }), { commands: COMMANDS });
    expect(discord.ok && discord.turn.user).toBe('discord:42');
  });

  it('a mention in a shared channel is public; a DM, a command and a click are private', () => {
    const where = (e: InboundEvent) => {
      const m = inboundTurn(event(e), { commands: COMMANDS });
      return m.ok ? m.turn.where : m.reason;
    };
    expect(where(message('mention'))).toBe('public');
    expect(where(message('dm'))).toBe('dm');
    expect(where({ kind: 'command', name: 'notes', args: '' })).toBe('dm');
    expect(where({ kind: 'choice', token: 'yes', promptId: 'q1' })).toBe('dm');
  });

  it('skips a bot, an event with missing ids, an unknown command and an empty choice', () => {
    const reason = (e: Inbound) => {
      const m = inboundTurn(e, { commands: COMMANDS });
      return m.ok ? null : m.reason;
    };
    expect(reason(event(message('dm', true)))).toBe('from a bot');
    expect(reason(event(message('dm'), { who: ['T1', ''] }))).toBe('missing ids');
    expect(reason(event(message('dm'), { id: '' }))).toBe('missing ids');
    expect(reason(event(message('dm'), { who: [] }))).toBe('missing ids');
    expect(reason(event({ kind: 'command', name: 'explode', args: '' }))).toBe('unknown subcommand');
    expect(reason(event({ kind: 'choice', token: '' }))).toBe('empty choice id');
  });

  it('resolves an index token against the parent’s pending question only when the channel can', () => {
    const choiceAt = (user: string, promptId: string | undefined, index: number) => (user === 'slack:T1:U1' && promptId === 'q1' && index === 2 ? 'a-long-id' : null);
    const click = event({ kind: 'choice', token: '#2', promptId: 'q1' });
    const resolved = inboundTurn(click, { commands: COMMANDS, choiceAt });
    expect(resolved.ok && resolved.turn.input).toEqual({ kind: 'choice', id: 'a-long-id', promptId: 'q1' });
    const unresolved = inboundTurn(event({ kind: 'choice', token: '#3', promptId: 'q1' }), { commands: COMMANDS, choiceAt });
    expect(unresolved.ok && unresolved.turn.input).toEqual({ kind: 'choice', id: '#3', promptId: 'q1' });
    const noResolver = inboundTurn(click, { commands: COMMANDS });
    expect(noResolver.ok && noResolver.turn.input).toEqual({ kind: 'choice', id: '#2', promptId: 'q1' });
  });
});
