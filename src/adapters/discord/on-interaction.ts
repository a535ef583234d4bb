/**
 * Interactions: `/nextstep` and clicks on our buttons and selects. Each is acknowledged first
 * (Discord allows 3 seconds), then the engine runs and the replies follow.
 */
import {
  ChannelType,
  ComponentType,
  InteractionContextType,
  MessageFlags,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageComponentInteraction,
} from 'discord.js';
import { answerDeferred, dmNonce, followUps } from './deliver.js';
import { errorCodes } from '../../security/safe-log.js';
import type { HandlerDeps } from './handler-deps.js';
import { answeredRows, fileMessage, postsToMessages, RULES, toMessages, withAnswer, type OutMessage, type Row } from './to-components.js';
import { commandToTurn, componentToTurn } from './to-turn.js';
import { pendingChoiceAt } from '../../core/choice-token.js';
import { sendAnswer } from '../../core/ephemeral-answer.js';
import type { Post } from '../../core/reply-layout.js';
import { clickedQuestion, submitClick } from '../../core/question-record.js';
import type { Reply } from '../../core/types.js';
import { SUBCOMMAND_OPTIONS, SUBCOMMANDS } from '../slash-commands.js';

export function createInteractionHandler(deps: HandlerDeps): (interaction: Interaction) => Promise<void> {
  const { outbox, store, clock, content, logger, intake } = deps;

  /** In the bot's own DM everything is private already; anywhere else replies are ephemeral. */
  function inBotDm(i: ChatInputCommandInteraction | MessageComponentInteraction): boolean {
    if (i.inGuild()) return false;
    return i.context === InteractionContextType.BotDM || i.channel?.type === ChannelType.DM;
  }

  async function command(i: ChatInputCommandInteraction): Promise<void> {
    const ephemeral = !inBotDm(i);
    await i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    const m = commandToTurn(
      { id: i.id, userId: i.user.id, commandName: i.commandName, subcommand: i.options.getSubcommand(false), text: subcommandText(i) },
      clock.now(),
    );
    if (!m.ok) {
      logger.warn({ event: i.id, reason: m.reason }, 'discord command ignored');
      await i.editReply({ content: content.render('engine.bad-event') });
      return;
    }
    // After whatever the parent sent just before (a paste still being read: on-message.ts).
    await intake.run(i.user.id, () => outbox.submit(m.turn, (replies) => render(i, m.turn.id, replies, (messages) => answerDeferred(i, messages, ephemeral), ephemeral)));
  }

  async function component(i: MessageComponentInteraction): Promise<void> {
    const values = i.isStringSelectMenu() ? i.values : [];
    const m = componentToTurn({ id: i.id, userId: i.user.id, customId: i.customId, values }, clock.now(), (user, promptId, index) => pendingChoiceAt(store, user, promptId, index));
    // Acknowledged at once (Discord allows 3 seconds) without changing the message: it is
    // updated once the engine has answered, so an outdated click is never shown as chosen.
    await i.deferUpdate();
    if (!m.ok) {
      logger.warn({ event: i.id, reason: m.reason, componentType: i.componentType }, 'discord component ignored');
      return;
    }
    const { turn } = m;
    const rows = i.message.components.map((c) => c.toJSON()).filter((c): c is Row => c.type === ComponentType.ActionRow);
    const question = i.message.content;
    const ephemeral = !inBotDm(i);
    // First click on a question wins; a second (a double click, or a replay) answers nothing.
    const claimed = await intake.run(i.user.id, () => submitClick(outbox, store, () => clock.now(), {
      turn,
      send: (replies) => render(i, turn.id, replies, (messages) => followUps(i, messages, ephemeral), ephemeral),
      // Every component disabled; the chosen one marked when core's `clickedQuestion` says it was answered.
      mark: async (chosen) => {
        const becomes = clickedQuestion(chosen, answeredRows(rows, i.customId, values[0]));
        const { rows: disabled, label } = answeredRows(rows, becomes?.kind === 'answered' ? i.customId : null, values[0]);
        await i.editReply({ content: withAnswer(question, label), components: disabled });
      },
    }));
    if (!claimed) logger.info({ event: i.id, message: i.message.id }, 'discord repeated click ignored');
  }

  /**
   * A turn's replies rendered and sent; resolves with how many messages went out. `ephemeral`:
   * seen only by the parent in a shared channel, answered by core's policy (ephemeral-answer.ts):
   * files to the DM first, one the DM refuses kept in the answer.
   */
  async function render(
    i: ChatInputCommandInteraction | MessageComponentInteraction,
    turnId: string,
    replies: readonly Reply[],
    send: (messages: OutMessage[]) => Promise<void>,
    ephemeral: boolean,
  ): Promise<number> {
    const words = ephemeral ? { answerInDm: content.render('discord.answer-in-dm'), sentToDm: content.render('discord.sent-to-dm') } : undefined;
    const here = async (posts: Post[]) => {
      const messages = postsToMessages(posts, words);
      await send(messages);
      return messages.length;
    };
    // Each file carries the nonce it has in the DM's own rendering of this turn (sendToChannel):
    // the turn sent again to the DM after a crash gets the file already posted back, not a second one.
    const inDm = (k: number) => toMessages(replies).flatMap((m, n) => (m.files.length ? [n] : []))[k] ?? k;
    return sendAnswer(replies, RULES, here, ephemeral ? (file, k) => sentToDm(i, fileMessage(file), turnId, inDm(k)) : undefined);
  }

  async function sentToDm(i: ChatInputCommandInteraction | MessageComponentInteraction, m: OutMessage, turnId: string, index: number): Promise<boolean> {
    try {
      await i.user.send({ content: m.content, files: m.files, ...dmNonce(turnId, index) });
      return true;
    } catch (err) {
      logger.warn({ event: i.id, ...errorCodes(err) }, 'discord file not sent to the DM');
      return false;
    }
  }

  async function sayError(i: ChatInputCommandInteraction | MessageComponentInteraction): Promise<void> {
    const text = content.render('engine.error');
    const flags = MessageFlags.Ephemeral;
    try {
      if (i.deferred || i.replied) await i.followUp({ content: text, flags });
      else await i.reply({ content: text, flags });
    } catch {
      // Nothing more to do: the failure is already logged.
    }
  }

  return async function onInteraction(i: Interaction): Promise<void> {
    if (!i.isChatInputCommand() && !i.isMessageComponent()) {
      logger.debug({ event: i.id, type: i.type }, 'discord interaction ignored');
      return;
    }
    try {
      if (i.isChatInputCommand()) await command(i);
      else await component(i);
    } catch (err) {
      logger.error({ event: i.id, ...errorCodes(err) }, 'discord interaction failed');
      await sayError(i);
    }
  };
}

/** The one string option a subcommand may carry (shared `SUBCOMMAND_OPTIONS`). */
function subcommandText(i: ChatInputCommandInteraction): string | null {
  const sub = SUBCOMMANDS.find((s) => s === i.options.getSubcommand(false));
  const option = sub ? SUBCOMMAND_OPTIONS[sub] : undefined;
  return (option && i.options.getString(option.name)) || null;
}
