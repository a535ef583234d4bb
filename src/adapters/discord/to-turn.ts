/**
 * Discord events → engine turns: each reduces the few fields it needs to core's `Inbound`
 * (`inboundTurn` decides the rest), as pure functions testable without a client. A skip's
 * reason is logged by the caller.
 */
import { inboundTurn, skip, type InboundRules, type Mapped } from '../../core/inbound-turn.js';
import type { Turn } from '../../core/types.js';
import { SLASH_COMMAND, SUBCOMMANDS } from '../slash-commands.js';
import { parseChoiceCustomId } from './to-components.js';

type Mapping = Mapped<{ turn: Turn }>;

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
  /** The words typed, with a pasted text file's (on-message.ts). */
  content: string;
  /** It carried a file that cannot be read (a photo, a PDF). */
  file?: boolean;
}

/** A DM drives the conversation; in a server only a mention is for us, and it is public. */
export function messageToTurn(m: InboundMessage, botId: string, now: Date): Mapping {
  if (m.inGuild && !m.mentionsBot) return skip('not a mention');
  const event = { kind: 'message' as const, text: stripMention(m.content, botId), fromBot: m.authorIsBot, place: m.inGuild ? ('mention' as const) : ('dm' as const), ...(m.file ? { file: true } : {}) };
  return inboundTurn({ channel: 'discord', id: m.id, who: [m.authorId], receivedAt: now, event }, { commands: SUBCOMMANDS });
}

export interface InboundCommand {
  id: string;
  userId: string;
  commandName: string;
  subcommand: string | null;
  text: string | null;
}

/** `/nextstep <sub>`: always private (a DM, or an ephemeral reply in a server). */
export function commandToTurn(c: InboundCommand, now: Date): Mapping {
  if (c.commandName !== SLASH_COMMAND) return skip('unknown command');
  const event = { kind: 'command' as const, name: c.subcommand ?? '', args: c.text ?? '' };
  return inboundTurn({ channel: 'discord', id: c.id, who: [c.userId], receivedAt: now, event }, { commands: SUBCOMMANDS });
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
export function componentToTurn(c: InboundComponent, now: Date, choiceAt: NonNullable<InboundRules['choiceAt']>): Mapping {
  const parsed = parseChoiceCustomId(c.customId, c.values);
  if (!parsed) return skip('unknown component');
  const event = { kind: 'choice' as const, token: parsed.token, ...(parsed.promptId ? { promptId: parsed.promptId } : {}) };
  return inboundTurn({ channel: 'discord', id: c.id, who: [c.userId], receivedAt: now, event }, { commands: SUBCOMMANDS, choiceAt });
}
