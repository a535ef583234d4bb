/**
 * Messages: a DM is a turn in the parent's private conversation; a mention in a server gets a
 * short general answer in the channel, and core's outbox carries the conversation on in the DM.
 */
import type { Message } from 'discord.js';
import type { Reply } from '../../core/types.js';
import { sendToChannel } from './deliver.js';
import { errorCodes } from '../../security/safe-log.js';
import type { HandlerDeps } from './handler-deps.js';
import { toMessages } from './to-components.js';
import { messageToTurn } from './to-turn.js';
import { readPastedFile } from './pasted-text.js';
import { sentWords } from '../../core/pasted-words.js';

/** The general answer to a mention (the outbox hands it general text only): a reply to it, pinging nobody; returns how many messages went out. */
async function answerMention(message: Message<true>, replies: readonly Reply[]): Promise<number> {
  const [first, ...rest] = toMessages(replies);
  if (first) await message.reply({ content: first.content, allowedMentions: { parse: [], repliedUser: false } });
  for (const m of rest) await message.channel.send({ content: m.content, allowedMentions: { parse: [] } });
  return (first ? 1 : 0) + rest.length;
}

/** A message's words and files, as core reads them (pasted-words.ts): a DM's long paste, read from its file. */
function sentBy(message: Message, fromBot: boolean, origins: readonly string[], logger: HandlerDeps['logger']) {
  const files = [...(message.attachments?.values() ?? [])].map((a) => ({ name: a.name, contentType: a.contentType, size: a.size, url: a.url }));
  const failed = (err: unknown) => logger.warn({ event: message.id, ...errorCodes(err) }, 'discord pasted file not read');
  return sentWords({ content: message.content ?? '', files, private: !message.inGuild() && !fromBot }, origins, readPastedFile, failed);
}

export function createMessageHandler({ outbox, clock, logger, intake }: HandlerDeps, fileOrigins: readonly string[]): (message: Message) => Promise<void> {
  // A long paste's file is read before its turn is submitted: a parent's events are taken in one
  // at a time (`intake`), so nothing typed or clicked just after the paste overtakes it (a
  // message's delivery is not waited for there).
  return async function onMessage(message: Message): Promise<void> {
    try {
      const taken = await intake.run(message.author?.id ?? '', () => take(message));
      await taken?.delivered;
    } catch (err) {
      logger.error({ event: message.id, ...errorCodes(err) }, 'discord message failed');
    }
  };

  /** Maps the message to a turn and submits it; its delivery is boxed, so the intake does not wait for it. */
  async function take(message: Message): Promise<{ delivered: Promise<void> } | undefined> {
    const botId = message.client.user.id;
    const fromBot = Boolean(message.author?.bot) || message.system;
    const m = messageToTurn(
      {
        id: message.id,
        authorId: message.author?.id ?? '',
        authorIsBot: fromBot,
        inGuild: message.inGuild(),
        mentionsBot: message.mentions?.users.has(botId) ?? false,
        ...(await sentBy(message, fromBot, fileOrigins, logger)),
      },
      botId,
      clock.now(),
    );
    if (!m.ok) {
      logger.debug({ event: message.id, reason: m.reason }, 'discord message ignored');
      return undefined;
    }
    const { turn } = m;
    if (message.inGuild()) return { delivered: outbox.submit(turn, (replies) => answerMention(message, replies)) };
    const channel = message.channel;
    if (!channel.isSendable()) {
      logger.warn({ event: message.id }, 'discord DM channel not sendable');
      return undefined;
    }
    return { delivered: outbox.submit(turn, (replies) => sendToChannel(channel, toMessages(replies), turn.id)) };
  }
}
