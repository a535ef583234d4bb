/**
 * Discord events → engine turns, as pure functions over the few fields they need (so they
 * are testable without a client). `null` means "not for us": the caller logs why and moves on.
 */
import { parentId } from '../../core/channel.js';
import { tokenIndex } from '../../core/choice-token.js';
import type { Turn } from '../../core/types.js';
import { SLASH_COMMAND, SUBCOMMANDS } from '../slash-commands.js';
import { parseChoiceCustomId } from './to-components.js';


export const userKey = (discordUserId: string): string => parentId('discord', discordUserId);

/** `<@123>` and the legacy nickname form `<@!123>`, wherever they appear. */
export function stripMention(text: string, botId: string): string {
  return text.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/[ \t]{2,}/g, ' ').trim();
}

export interface InboundMessage {
  id: string;
  authorId: string;
  authorIsBot: boolean;
  inGuild: boolean;
  mentionsBot: boolean;
  content: string;
}

export type Ignored = { ignore: string };

/** A DM drives the conversation; in a server only a mention is for us, and it is public. */
export function messageToTurn(m: InboundMessage, botId: string, now: Date): Turn | Ignored {
  if (m.authorIsBot) return { ignore: 'from a bot' };
  if (!m.id || !m.authorId) return { ignore: 'missing ids' };
  if (m.inGuild && !m.mentionsBot) return { ignore: 'not a mention' };
  return {
    id: m.id,
    channel: 'discord',
    user: userKey(m.authorId),
    where: m.inGuild ? 'public' : 'dm',
    input: { kind: 'text', text: stripMention(m.content, botId) },
    receivedAt: now,
  };
}

export interface InboundCommand {
  id: string;
  userId: string;
  commandName: string;
  subcommand: string | null;
  text: string | null;
}

/** `/nextstep <sub>`: always private (a DM, or an ephemeral reply in a server). */
export function commandToTurn(c: InboundCommand, now: Date): Turn | Ignored {
  if (c.commandName !== SLASH_COMMAND) return { ignore: 'unknown command' };
  const sub = SUBCOMMANDS.find((s) => s === c.subcommand);
  if (!sub) return { ignore: 'unknown subcommand' };
  return {
    id: c.id,
    channel: 'discord',
    user: userKey(c.userId),
    where: 'dm',
    input: { kind: 'command', name: sub, args: c.text ?? '' },
    receivedAt: now,
  };
}

export interface InboundComponent {
  id: string;
  userId: string;
  customId: string;
  values: readonly string[];
}

/**
 * A button click or a selection answers a question. A `#n` token (a choice id too long for
 * a custom id) is resolved against the question it belongs to.
 */
export function componentToTurn(
  c: InboundComponent,
  now: Date,
  resolveIndex: (user: string, promptId: string | undefined, index: number) => string | null,
): Turn | Ignored {
  const parsed = parseChoiceCustomId(c.customId, c.values);
  if (!parsed) return { ignore: 'unknown component' };
  const user = userKey(c.userId);
  let id = parsed.token;
  const index = tokenIndex(id);
  if (index !== null) id = resolveIndex(user, parsed.promptId, index) ?? id;
  return {
    id: c.id,
    channel: 'discord',
    user,
    where: 'dm',
    input: { kind: 'choice', id, ...(parsed.promptId ? { promptId: parsed.promptId } : {}) },
    receivedAt: now,
  };
}
