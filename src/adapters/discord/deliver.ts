/** Sending rendered messages: to a channel, or as an interaction's reply and follow-ups. */
import { MessageFlags, type MessageComponentInteraction, type ChatInputCommandInteraction, type SendableChannels } from 'discord.js';
import type { OutMessage } from './to-components.js';

function payload(m: OutMessage) {
  return { content: m.content, components: m.components, files: m.files };
}

/** One after another, so the parent reads them in order; returns how many went out. */
export async function sendToChannel(channel: SendableChannels, messages: readonly OutMessage[]): Promise<number> {
  for (const m of messages) await channel.send(payload(m));
  return messages.length;
}

/** After `deferReply`: the first message replaces "thinking…", the rest follow. */
export async function answerDeferred(i: ChatInputCommandInteraction, messages: readonly OutMessage[], ephemeral: boolean): Promise<void> {
  const [first, ...rest] = messages;
  if (!first) {
    await i.deleteReply();
    return;
  }
  await i.editReply(payload(first));
  await followUps(i, rest, ephemeral);
}

/** Follow-ups of an ephemeral reply must be ephemeral too, or they would land in the channel. */
export async function followUps(
  i: ChatInputCommandInteraction | MessageComponentInteraction,
  messages: readonly OutMessage[],
  ephemeral: boolean,
): Promise<void> {
  for (const m of messages) await i.followUp({ ...payload(m), ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
}
