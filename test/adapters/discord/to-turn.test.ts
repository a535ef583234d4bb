import { describe, expect, it } from 'vitest';
import { commandToTurn, componentToTurn, messageToTurn, stripMention } from '../../../src/adapters/discord/to-turn.js';
import type { Mapped } from '../../../src/core/inbound-turn.js';
import type { Turn } from '../../../src/core/types.js';

/** The turn a mapping made (or the skip, so a mismatch shows why). */
const turnOf = (m: Mapped<{ turn: Turn }>) => (m.ok ? m.turn : m);

const now = new Date('2026-03-02T09:00:00Z');
const BOT = '99';
const msg = { id: 'm1', authorId: '42', authorIsBot: false, inGuild: false, mentionsBot: false, content: 'hello' };

describe('messageToTurn', () => {
  it('maps a DM to a private text turn', () => {
    expect(messageToTurn(msg, BOT, now)).toEqual({
      ok: true,
      turn: { id: 'm1', channel: 'discord', user: 'discord:42', where: 'dm', input: { kind: 'text', text: 'hello' }, receivedAt: now },
    });
  });

  it('maps a mention in a server to a public turn, without the mention', () => {
    const turn = messageToTurn({ ...msg, inGuild: true, mentionsBot: true, content: '<@99> can you help? <@!99>' }, BOT, now);
    expect(turnOf(turn)).toMatchObject({ where: 'public', input: { kind: 'text', text: 'can you help?' } });
  });

  it('ignores bots and server messages that do not mention us', () => {
    expect(messageToTurn({ ...msg, authorIsBot: true }, BOT, now)).toEqual({ ok: false, reason: 'from a bot' });
    expect(messageToTurn({ ...msg, inGuild: true }, BOT, now)).toEqual({ ok: false, reason: 'not a mention' });
    expect(messageToTurn({ ...msg, authorId: '' }, BOT, now)).toEqual({ ok: false, reason: 'missing ids' });
  });

  it('strips only the bot’s own mention', () => {
    expect(stripMention('<@99> hi <@12>', BOT)).toBe('hi <@12>');
  });
});

describe('commandToTurn', () => {
  const cmd = { id: 'i1', userId: '42', commandName: 'nextstep', subcommand: 'say', text: 'They said no.' };
  it('maps subcommands to engine commands', () => {
    expect(turnOf(commandToTurn(cmd, now))).toMatchObject({ id: 'i1', where: 'dm', input: { kind: 'command', name: 'say', args: 'They said no.' } });
    expect(turnOf(commandToTurn({ ...cmd, subcommand: 'notes', text: null }, now))).toMatchObject({ input: { kind: 'command', name: 'notes', args: '' } });
    expect(turnOf(commandToTurn({ ...cmd, subcommand: 'export', text: 'csv' }, now))).toMatchObject({ input: { kind: 'command', name: 'export', args: 'csv' } });
  });
  it('ignores anything else', () => {
    expect(commandToTurn({ ...cmd, subcommand: 'explode' }, now)).toEqual({ ok: false, reason: 'unknown subcommand' });
    expect(commandToTurn({ ...cmd, commandName: 'other' }, now)).toEqual({ ok: false, reason: 'unknown command' });
  });
});

describe('componentToTurn', () => {
  const none = () => null;
  it('maps a button to a choice with its question', () => {
    const turn = componentToTurn({ id: 'i2', userId: '42', customId: 'choice:q4:cat:data', values: [] }, now, none);
    expect(turnOf(turn)).toMatchObject({ where: 'dm', input: { kind: 'choice', id: 'cat:data', promptId: 'q4' } });
  });
  it('maps a select to the chosen value', () => {
    const turn = componentToTurn({ id: 'i3', userId: '42', customId: 'choices:q4:0', values: ['child:1'] }, now, none);
    expect(turnOf(turn)).toMatchObject({ input: { kind: 'choice', id: 'child:1', promptId: 'q4' } });
  });
  it('resolves an index token against the pending question', () => {
    const turn = componentToTurn({ id: 'i4', userId: '42', customId: 'choice:q4:#2', values: [] }, now, (user, promptId, i) =>
      user === 'discord:42' && promptId === 'q4' && i === 2 ? 'a-very-long-id' : null,
    );
    expect(turnOf(turn)).toMatchObject({ input: { kind: 'choice', id: 'a-very-long-id' } });
  });
  it('ignores components that are not ours', () => {
    expect(componentToTurn({ id: 'i5', userId: '42', customId: 'poll:yes', values: [] }, now, none)).toEqual({ ok: false, reason: 'unknown component' });
  });
});
