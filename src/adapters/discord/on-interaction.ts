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
import { answerDeferred, followUps } from './deliver.js';
import { errorInfo, type HandlerDeps } from './handler-deps.js';
import { answeredRows, toMessages, withAnswer, type OutMessage, type Row } from './to-components.js';
import { commandToTurn, componentToTurn } from './to-turn.js';
import type { Turn } from '../../core/types.js';

export function createInteractionHandler(deps: HandlerDeps): (interaction: Interaction) => Promise<void> {
  const { outbox, store, clock, content, logger } = deps;

  /**
   * The first click on this parent's question wins (a double click, a replay, or a click naming
   * someone else's message all answer nothing more). Keyed on the server's record for the
   * clicking parent (their own question ids), never on the message the interaction names.
   */
  function firstClick(turn: Turn): boolean {
    const named = turn.input.kind === 'choice' ? turn.input.promptId : undefined;
    const promptId = named ?? store.getSession(turn.user)?.pending?.promptId ?? 'none';
    return store.questionPosts.claim(turn.user, 'discord', promptId, clock.now().toISOString());
  }

  function pendingChoice(user: string, promptId: string | undefined, index: number): string | null {
    const pending = store.getSession(user)?.pending;
    if (!pending || (promptId !== undefined && promptId !== pending.promptId)) return null;
    return pending.choices[index]?.id ?? null;
  }

  /** In the bot's own DM everything is private already; anywhere else replies are ephemeral. */
  function inBotDm(i: ChatInputCommandInteraction | MessageComponentInteraction): boolean {
    if (i.inGuild()) return false;
    return i.context === InteractionContextType.BotDM || i.channel?.type === ChannelType.DM;
  }

  async function command(i: ChatInputCommandInteraction): Promise<void> {
    const ephemeral = !inBotDm(i);
    await i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    const turn = commandToTurn(
      { id: i.id, userId: i.user.id, commandName: i.commandName, subcommand: i.options.getSubcommand(false), text: subcommandText(i) },
      clock.now(),
    );
    if ('ignore' in turn) {
      logger.warn({ event: i.id, reason: turn.ignore }, 'discord command ignored');
      await i.editReply({ content: content.render('engine.bad-event') });
      return;
    }
    await runTurn(turn, (messages) => answerDeferred(i, messages, ephemeral));
  }

  async function component(i: MessageComponentInteraction): Promise<void> {
    const values = i.isStringSelectMenu() ? i.values : [];
    const turn = componentToTurn({ id: i.id, userId: i.user.id, customId: i.customId, values }, clock.now(), pendingChoice);
    if ('ignore' in turn) {
      logger.warn({ event: i.id, reason: turn.ignore, componentType: i.componentType }, 'discord component ignored');
      await i.deferUpdate();
      return;
    }
    if (!firstClick(turn)) {
      // A second click on a question already answered (a double click, or a replay).
      logger.info({ event: i.id, message: i.message.id }, 'discord repeated click ignored');
      await i.deferUpdate();
      return;
    }
    const rows = i.message.components.map((c) => c.toJSON()).filter((c): c is Row => c.type === ComponentType.ActionRow);
    const { rows: disabled, label } = answeredRows(rows, i.customId, values[0]);
    await i.update({ content: withAnswer(i.message.content, label), components: disabled });
    const ephemeral = !inBotDm(i);
    await runTurn(turn, (messages) => followUps(i, messages, ephemeral));
  }

  /** One turn through core's outbox: run in this parent's order, its replies rendered and sent, then acknowledged. */
  async function runTurn(turn: Turn, send: (messages: OutMessage[]) => Promise<void>): Promise<void> {
    await outbox.submit(turn, async (replies) => {
      const messages = toMessages(replies);
      await send(messages);
      return messages.length;
    });
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
      logger.error({ event: i.id, ...errorInfo(err) }, 'discord interaction failed');
      await sayError(i);
    }
  };
}

/** The one string option a subcommand may carry (`text`, `kind`, `format` or `date`). */
function subcommandText(i: ChatInputCommandInteraction): string | null {
  for (const name of ['text', 'kind', 'format', 'date']) {
    const v = i.options.getString(name);
    if (v) return v;
  }
  return null;
}
