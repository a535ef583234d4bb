/**
 * Messages: a DM is a turn in the parent's private conversation; a mention in a server gets a
 * short general answer in the channel, and the conversation moves to a DM.
 */
import type { Message, User } from 'discord.js';
import type { Turn } from '../../core/types.js';
import { sendToChannel } from './deliver.js';
import { errorInfo, type HandlerDeps } from './handler-deps.js';
import { toMessages, toPublicMessages } from './to-components.js';
import { messageToTurn, resumeTurn } from './to-turn.js';

export function createMessageHandler(deps: HandlerDeps): (message: Message) => Promise<void> {
  const { engine, logger, queue } = deps;

  /** The private part: run the turn, post its replies in the DM, then ack. */
  async function privately(turn: Turn, openChannel: () => Promise<Parameters<typeof sendToChannel>[0]>): Promise<void> {
    await queue.run(turn.user, async () => {
      const replies = await engine.handleTurn(turn);
      const messages = toMessages(replies);
      await sendToChannel(await openChannel(), messages);
      engine.ack(turn.id);
      logger.info({ event: turn.id, where: 'dm', kind: turn.input.kind, replies: replies.length, messages: messages.length }, 'discord turn delivered');
    });
  }

  async function mention(message: Message<true>, turn: Turn): Promise<void> {
    const replies = await engine.handleTurn(turn);
    const [first, ...rest] = toPublicMessages(replies);
    if (first) await message.reply({ content: first.content, allowedMentions: { parse: [], repliedUser: false } });
    for (const m of rest) await message.channel.send({ content: m.content, allowedMentions: { parse: [] } });
    engine.ack(turn.id);
    logger.info({ event: turn.id, where: 'public', replies: replies.length }, 'discord mention answered');
    if (replies.some((r) => r.type === 'move_private')) await moveToDm(message.author, turn);
  }

  async function moveToDm(author: User, publicTurn: Turn): Promise<void> {
    try {
      await privately(resumeTurn(publicTurn, new Date()), () => author.createDM());
    } catch (err) {
      // Most often the parent does not accept DMs from server members: /nextstep still works.
      logger.warn({ event: publicTurn.id, ...errorInfo(err) }, 'discord could not open a DM');
    }
  }

  return async function onMessage(message: Message): Promise<void> {
    try {
      const botId = message.client.user.id;
      const turn = messageToTurn(
        {
          id: message.id,
          authorId: message.author?.id ?? '',
          authorIsBot: Boolean(message.author?.bot) || message.system,
          inGuild: message.inGuild(),
          mentionsBot: message.mentions?.users.has(botId) ?? false,
          content: message.content ?? '',
        },
        botId,
        new Date(),
      );
      if ('ignore' in turn) {
        logger.debug({ event: message.id, reason: turn.ignore }, 'discord message ignored');
        return;
      }
      if (message.inGuild()) {
        await mention(message, turn);
        return;
      }
      const channel = message.channel;
      if (!channel.isSendable()) {
        logger.warn({ event: message.id }, 'discord DM channel not sendable');
        return;
      }
      await privately(turn, async () => channel);
    } catch (err) {
      // Not acked: the replies stay in the outbox and are re-delivered on the next start.
      logger.error({ event: message.id, ...errorInfo(err) }, 'discord message failed');
    }
  };
}
