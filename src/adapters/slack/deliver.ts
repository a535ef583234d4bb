/**
 * Sends rendered deliveries to Slack: a channel/DM (chat.postMessage, files.uploadV2) or an
 * ephemeral answer through a slash command's / button's response_url. Files cannot be
 * ephemeral: core's policy (ephemeral-answer.ts) has sent them to the DM before.
 */
import type { RespondFn, webApi } from '@slack/bolt';
import type { Delivery, MessageDelivery } from './to-blocks.js';
import type { ChannelPlace } from './to-turn.js';

export type Destination = ChannelPlace | { kind: 'ephemeral'; respond: RespondFn };

type Client = webApi.WebClient;

/** A message with buttons went out: where (null for an ephemeral answer, which has no id) and as what. */
export type OnPosted = (message: MessageDelivery, place: string | null, ts: string | null) => void;

async function upload(client: Client, d: Exclude<Delivery, { kind: 'message' }>, channel: string, threadTs?: string): Promise<void> {
  // A union, not an optional thread_ts: the upload types require thread_ts to be a string when present.
  const where: { channel_id: string; thread_ts: string } | { channel_id: string } = threadTs ? { channel_id: channel, thread_ts: threadTs } : { channel_id: channel };
  if (d.kind === 'file') {
    const body = typeof d.content === 'string' ? { content: d.content } : { file: Buffer.from(d.content) };
    await client.files.uploadV2({ ...where, filename: d.filename, title: d.title, ...(d.comment ? { initial_comment: d.comment } : {}), ...body });
  } else {
    await client.files.uploadV2({ ...where, filename: d.filename, title: d.alt, alt_text: d.alt, file: Buffer.from(d.data) });
  }
}

/** The message metadata that marks a turn's last message (read back by `sentBefore`, slack-channel.ts). */
export const TURN_EVENT = 'nextstep_turn';

/**
 * Delivers in order; returns how many Slack messages/files were sent. Throws on a Slack error.
 * With `turnId`, the last message carries it as message metadata: once it is in the DM, so is
 * everything before it.
 */
export async function deliver(client: Client, deliveries: readonly Delivery[], dest: Destination, onPosted?: OnPosted, turnId?: string): Promise<number> {
  let sent = 0;
  for (const [i, d] of deliveries.entries()) {
    if (dest.kind === 'channel') {
      if (d.kind === 'message') {
        const marked = turnId !== undefined && i === deliveries.length - 1;
        const res = await client.chat.postMessage({
          channel: dest.channel,
          text: d.text,
          blocks: d.blocks,
          ...(dest.threadTs ? { thread_ts: dest.threadTs } : {}),
          ...(marked ? { metadata: { event_type: TURN_EVENT, event_payload: { turn: turnId } } } : {}),
        });
        onPosted?.(d, dest.channel, res.ts ?? null);
      } else {
        await upload(client, d, dest.channel, dest.threadTs);
      }
    } else if (d.kind === 'message') {
      await dest.respond({ response_type: 'ephemeral', replace_original: false, text: d.text, blocks: d.blocks });
      onPosted?.(d, null, null);
    } else {
      throw new Error('a file cannot be ephemeral');
    }
    sent += 1;
  }
  return sent;
}
