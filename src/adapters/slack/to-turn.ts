/**
 * Slack payloads → engine Turns. Pure functions: each validates the few fields it reads (zod),
 * reduces them to core's `Inbound` (`inboundTurn` decides the rest), and returns the Turn with
 * where to answer, or a reason to skip (logged; never the text).
 */
import { createHash } from 'node:crypto';
import * as z from 'zod';
import { parentId } from '../../core/channel.js';
import { inboundTurn, skip, type Inbound, type Mapped } from '../../core/inbound-turn.js';
import type { Turn } from '../../core/types.js';
import { parseSubcommand, SUBCOMMANDS } from '../slash-commands.js';
import { eventCallbackSchema } from './payload-shape.js';

/** A Slack event as core's `Inbound`, mapped with `/nextstep`'s subcommands. */
const toTurn = (e: Omit<Inbound, 'channel'>) => inboundTurn({ channel: 'slack', ...e }, { commands: SUBCOMMANDS });

/**
 * Slack makes an address the parent typed into a link labelled with what they typed
 * (`<mailto:a@b.org|a@b.org>`, `<http://www.b.org|www.b.org>`): that label is their words. A
 * label that is not the address itself is a link's own text, kept with its address.
 */
function typedAs(url: string, label: string): boolean {
  const bare = url.replace(/^(?:mailto:|tel:|https?:\/\/)/i, '').replace(/\/$/, '');
  return bare.toLowerCase() === label.replace(/\/$/, '').toLowerCase();
}

/**
 * Slack message markup → what the parent typed. Slack escapes `&`, `<`, `>` and wraps links,
 * mentions and channels in `<…>`; a leading bot mention is dropped.
 */
export function plainText(slack: string): string {
  return slack
    .replace(/^\s*(<@[A-Z0-9]+(\|[^>]*)?>\s*)+/, '')
    .replace(/<@[A-Z0-9]+\|([^>]+)>/g, '@$1')
    .replace(/<@[A-Z0-9]+>/g, '@someone')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<#[A-Z0-9]+>/g, '#channel')
    .replace(/<!(here|channel|everyone)(\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+\|([^>]+)>/g, '$1')
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto|tel):[^|>]+)\|([^>]+)>/g, (_, url: string, label: string) => (typedAs(url, label) ? label : `${label} (${url})`))
    .replace(/<((?:https?|mailto|tel):[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

const id = z.string().min(1).max(100);

const envelopeSchema = eventCallbackSchema.extend({ event_id: id, team_id: id });

const userMessageSchema = z.object({
  channel: id,
  user: id,
  text: z.string().default(''),
  ts: id,
  thread_ts: id.optional(),
});

/** Where a message's replies go: its channel (the DM), or a mention's thread. */
export type ChannelPlace = { kind: 'channel'; channel: string; threadTs?: string };

export const eventTurnId = (eventId: string): string => `slack:ev:${eventId}`;

/**
 * A parent's message: `message.im` in the bot's DM (a private turn), or `app_mention` in a channel
 * (a public turn, answered in its thread).
 */
function messageToTurn(body: unknown, receivedAt: Date, mention: boolean): Mapped<{ turn: Turn; where: ChannelPlace }> {
  const noun = mention ? 'mention' : 'message';
  const env = envelopeSchema.safeParse(body);
  if (!env.success) return skip('malformed envelope');
  const ev = env.data.event;
  if (ev.type !== (mention ? 'app_mention' : 'message')) return skip(`not a ${noun}`);
  if (!mention && ev['channel_type'] !== 'im') return skip('not a direct message');
  // Edits, deletions and joins carry a subtype: not a parent typing. A file shared (a photo of the
  // school's letter) is answered: the bot cannot open it, and says so.
  const file = ev['subtype'] === 'file_share';
  if (ev['subtype'] !== undefined && !file) return skip(`${noun} subtype`);
  const msg = userMessageSchema.safeParse(ev);
  if (!msg.success) return skip(`malformed ${noun}`);
  const m = msg.data;
  // A mention inside the bot's own DM also arrives as message.im, which handles it.
  if (mention && m.channel.startsWith('D')) return skip('mention in a direct message');
  const threadTs = mention ? (m.thread_ts ?? m.ts) : m.thread_ts;
  const event = { kind: 'message' as const, text: plainText(m.text), fromBot: ev['bot_id'] !== undefined, place: mention ? ('mention' as const) : ('dm' as const), ...(file ? { file } : {}) };
  const mapped = toTurn({ id: eventTurnId(env.data.event_id), who: [env.data.team_id, m.user], receivedAt, event });
  return mapped.ok ? { ...mapped, where: { kind: 'channel', channel: m.channel, ...(threadTs ? { threadTs } : {}) } } : mapped;
}

export const dmMessageToTurn = (body: unknown, receivedAt: Date) => messageToTurn(body, receivedAt, false);
export const mentionToTurn = (body: unknown, receivedAt: Date) => messageToTurn(body, receivedAt, true);

/** `app_home_opened` on the Home tab: whose home to publish. */
export function homeOpened(body: unknown): Mapped<{ user: string; slackUser: string }> {
  const env = envelopeSchema.safeParse(body);
  if (!env.success) return skip('malformed envelope');
  const ev = z.object({ type: z.literal('app_home_opened'), user: id, tab: z.string().optional() }).safeParse(env.data.event);
  if (!ev.success) return skip('malformed app_home_opened');
  if (ev.data.tab !== undefined && ev.data.tab !== 'home') return skip('messages tab');
  return { ok: true, user: parentId('slack', env.data.team_id, ev.data.user), slackUser: ev.data.user };
}

const commandSchema = z.object({
  team_id: id,
  user_id: id,
  channel_id: id,
  command: z.string().min(1).max(100),
  text: z.string().max(25_000).default(''),
  trigger_id: z.string().min(1).max(200),
  response_url: z.url(),
});

/** A slash command: answered ephemerally through its response_url, so 'dm' for the engine. */
export function commandToTurn(payload: unknown, receivedAt: Date): Mapped<{ turn: Turn; subcommand: string }> {
  const p = commandSchema.safeParse(payload);
  if (!p.success) return skip('malformed slash command');
  const { name, args } = parseSubcommand(plainText(p.data.text));
  // Slack does not retry slash commands; trigger_id is unique per invocation.
  const mapped = toTurn({ id: `slack:cmd:${p.data.trigger_id}`, who: [p.data.team_id, p.data.user_id], receivedAt, event: { kind: 'command', name, args } });
  return mapped.ok ? { ...mapped, subcommand: name } : mapped;
}

const actionBodySchema = z.object({
  type: z.literal('block_actions'),
  team: z.object({ id }).nullish(),
  user: z.object({ id, team_id: id.optional() }),
  trigger_id: z.string().min(1).max(200),
  container: z
    .object({ message_ts: id.optional(), channel_id: id.optional(), is_ephemeral: z.boolean().optional() })
    .loose()
    .optional(),
  channel: z.object({ id }).optional(),
  message: z.object({ ts: id, blocks: z.array(z.object({ type: z.string() }).loose()).optional() }).loose().optional(),
  response_url: z.url().optional(),
  actions: z
    .array(
      z.object({
        action_id: z.string().min(1).max(255),
        value: z.string().max(2000).optional(),
        text: z.object({ text: z.string() }).optional(),
      }),
    )
    .min(1),
});

export type SlackBlock = { type: string } & Record<string, unknown>;

/**
 * What a click payload says about its message. Only whether it was ephemeral is used (to answer
 * through its response_url); the channel, message and blocks come from the server's own record
 * (`Store.questionPosts`), never from here.
 */
export interface ClickedMessage {
  ephemeral: boolean;
}

/**
 * A button click: `action_id` = `choice:<id>`, `value` = the question's promptId. The turn id
 * is stable per (user, message, button), so a double click is one turn for the engine.
 */
export function actionToTurn(body: unknown, receivedAt: Date): Mapped<{ turn: Turn; clicked: ClickedMessage }> {
  const p = actionBodySchema.safeParse(body);
  if (!p.success) return skip('malformed block_actions');
  const b = p.data;
  const action = b.actions[0];
  if (!action || !action.action_id.startsWith('choice:')) return skip('not a choice button');
  const team = b.user.team_id ?? b.team?.id;
  if (!team) return skip('no team');
  const channel = b.container?.channel_id ?? b.channel?.id;
  const ts = b.container?.message_ts ?? b.message?.ts;
  const ephemeral = b.container?.is_ephemeral === true || (!b.message && b.response_url !== undefined);
  const key = [team, b.user.id, channel ?? '', ts ?? b.trigger_id, action.action_id, action.value ?? ''].join('|');
  if (ephemeral ? !b.response_url : !channel) return skip('no place to answer');
  const event = { kind: 'choice' as const, token: action.action_id.slice('choice:'.length), ...(action.value ? { promptId: action.value } : {}) };
  const mapped = toTurn({ id: `slack:act:${createHash('sha256').update(key).digest('hex').slice(0, 40)}`, who: [team, b.user.id], receivedAt, event });
  return mapped.ok ? { ...mapped, clicked: { ephemeral } } : mapped;
}
