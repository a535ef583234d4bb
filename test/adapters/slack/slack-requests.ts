/**
 * Requests to the Slack app under test, as Slack sends them: genuine request signing, events,
 * slash commands and button clicks (payload builders), and reading the buttons it posted.
 */
import { createHmac } from 'node:crypto';
import type { FakeSlack, Json } from './fake-slack.js';

// ── signing ────────────────────────────────────────────────────────────────

export const SIGNING_SECRET = 'test-signing-secret';

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:<timestamp>:<raw body>`. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface PostOptions {
  secret?: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  contentType?: string;
  retryNum?: number;
  /** Override the computed signature (e.g. garbage). */
  signature?: string;
}

/** POST a raw body to the app's `/slack/events`, signed like Slack does. */
export async function postToApp(port: number, body: string, opts: PostOptions = {}): Promise<{ status: number; text: string }> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': opts.contentType ?? 'application/json',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': opts.signature ?? sign(opts.secret ?? SIGNING_SECRET, timestamp, body),
  };
  if (opts.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(opts.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
}

export const postJson = (port: number, payload: Json, opts: PostOptions = {}) => postToApp(port, JSON.stringify(payload), opts);

/** Interactions arrive as a form with one `payload` field holding JSON. */
export const postInteraction = (port: number, payload: Json, opts: PostOptions = {}) =>
  postToApp(port, `payload=${encodeURIComponent(JSON.stringify(payload))}`, { contentType: 'application/x-www-form-urlencoded', ...opts });

/** Slash commands arrive as a plain form. */
export const postCommand = (port: number, fields: Record<string, string>, opts: PostOptions = {}) =>
  postToApp(port, new URLSearchParams(fields).toString(), { contentType: 'application/x-www-form-urlencoded', ...opts });

// ── payload builders ───────────────────────────────────────────────────────

let eventSeq = 0;
export const nextEventId = (): string => `Ev${Date.now().toString(36).toUpperCase()}${++eventSeq}`;

export function eventCallback(event: Json, eventId = nextEventId(), team = 'T1'): Json {
  return {
    token: 'legacy-token',
    team_id: team,
    api_app_id: 'A1',
    event: { event_ts: '1700000000.000100', ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: 1700000000,
    authorizations: [{ enterprise_id: null, team_id: team, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

let tsSeq = 0;
export const nextTs = (): string => `1690000000.${String(++tsSeq).padStart(6, '0')}`;

export function dm(user: string, text: string, eventId?: string): Json {
  return eventCallback({ type: 'message', channel: `D${user}`, channel_type: 'im', user, text, ts: nextTs() }, eventId);
}

export function mention(user: string, channel: string, text: string, eventId?: string): Json {
  return eventCallback({ type: 'app_mention', channel, user, text: `<@UBOT> ${text}`, ts: nextTs() }, eventId);
}

export function homeOpenedEvent(user: string, tab = 'home'): Json {
  return eventCallback({ type: 'app_home_opened', user, channel: `D${user}`, tab });
}

export function slashCommand(fake: FakeSlack, user: string, text: string, channel = 'C-GENERAL'): Record<string, string> {
  const trigger = `trig-${++tsSeq}`;
  return {
    token: 'legacy-token',
    team_id: 'T1',
    team_domain: 'fake',
    channel_id: channel,
    channel_name: 'general',
    user_id: user,
    user_name: 'parent',
    command: '/nextstep',
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: fake.responseUrl(trigger),
    trigger_id: trigger,
  };
}

export interface PostedButton {
  actionId: string;
  value: string;
  label: string;
}

/** Buttons in a recorded message's blocks. */
export function buttonsOf(blocks: unknown): PostedButton[] {
  if (!Array.isArray(blocks)) return [];
  const out: PostedButton[] = [];
  for (const b of blocks as Json[]) {
    if (b['type'] !== 'actions') continue;
    for (const e of b['elements'] as Json[]) {
      out.push({ actionId: String(e['action_id']), value: String(e['value']), label: String((e['text'] as Json)['text']) });
    }
  }
  return out;
}

/** Content keys of a recorded message (section block ids are `<key>#<n>`). */
export function keysOf(blocks: unknown): string[] {
  if (!Array.isArray(blocks)) return [];
  return (blocks as Json[]).filter((b) => b['type'] === 'section' && typeof b['block_id'] === 'string').map((b) => String(b['block_id']).replace(/#\d+$/, ''));
}

/** A click on `button` in a message the bot posted. */
export function click(user: string, channel: string, messageTs: string, blocks: unknown, button: PostedButton, opts: { ephemeral?: boolean; responseUrl?: string } = {}): Json {
  return {
    type: 'block_actions',
    user: { id: user, username: 'parent', name: 'parent', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy-token',
    container: { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: opts.ephemeral ?? false },
    trigger_id: `trig-${++tsSeq}`,
    team: { id: 'T1', domain: 'fake' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: 'directmessage' },
    ...(opts.ephemeral ? {} : { message: { type: 'message', user: 'UBOT', ts: messageTs, text: 'fallback', blocks } }),
    state: { values: {} },
    ...(opts.responseUrl ? { response_url: opts.responseUrl } : {}),
    actions: [
      { action_id: button.actionId, block_id: 'b', text: { type: 'plain_text', text: button.label, emoji: true }, value: button.value, type: 'button', action_ts: '1700000001.000001' },
    ],
  };
}

/** What the app sent to a slash command's response URL, by the command's trigger id, in order. */
export function respondsFor(fake: FakeSlack, trigger: string): Json[] {
  return fake.responds.filter((r) => r.id === trigger).map((r) => r.body);
}
