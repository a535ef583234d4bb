/** Sending rendered messages: to a channel, or as an interaction's reply and follow-ups. */
import { createHash } from 'node:crypto';
import { MessageFlags, type MessageComponentInteraction, type ChatInputCommandInteraction, type SendableChannels } from 'discord.js';
import type { OutMessage } from './to-components.js';

function payload(m: OutMessage) {
  return { content: m.content, components: m.components, files: m.files };
}

/** Discord's limit on a message's nonce (a string of up to 25 characters, or an integer). */
export const NONCE_MAX = 25;

/**
 * The nonce of a turn's `index`-th message: the same on every instance and every try, so Discord
 * (`enforce_nonce`) returns the message it already has instead of posting it again, when a turn
 * whose receipt never reached the store is sent again within its few minutes.
 */
export function turnNonce(turnId: string, index: number): string {
  return createHash('sha256').update(`${turnId}\n${index}`).digest('base64url').slice(0, NONCE_MAX);
}

/** The `index`-th message of a turn's DM, enforced by its nonce. */
export const dmNonce = (turnId: string, index: number) => ({ nonce: turnNonce(turnId, index), enforceNonce: true });

/**
 * One after another, so the parent reads them in order; returns how many went out. With the
 * outbox's turn id each message carries its nonce, enforced.
 */
export async function sendToChannel(channel: SendableChannels, messages: readonly OutMessage[], turnId?: string): Promise<number> {
  for (const [i, m] of messages.entries()) await channel.send({ ...payload(m), ...(turnId === undefined ? {} : dmNonce(turnId, i)) });
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
