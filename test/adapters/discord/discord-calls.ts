/**
 * What the fake Discord records and hands out: the calls the bot made (with their JSON or
 * multipart bodies), users and ids, and small readers over recorded calls for the tests.
 */
export type Json = Record<string, unknown>;

export interface RecordedFile {
  field: string;
  name: string;
  text: string;
  size: number;
}

export interface RecordedCall {
  method: string;
  /** Path under `/api/v10`, e.g. `/channels/123/messages`. */
  path: string;
  query: URLSearchParams;
  /** The JSON body, or `payload_json` of a multipart body. */
  body: Json | null;
  files: RecordedFile[];
  authorization: string | undefined;
  status: number;
  /** When it arrived (ms since the epoch). */
  at: number;
  /** What the fake answered (e.g. the created message, with its id). */
  response: unknown;
}

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

let nextId = 1_300_000_000_000_000_000n;
export const snowflake = (): string => String(nextId++);

export function fakeUser(id: string, username = `parent${id.slice(-4)}`): FakeUser {
  return { id, username, global_name: null, discriminator: '0', avatar: null };
}

/** A request body as the fake records it: JSON, or a multipart body's `payload_json` and files. */
export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<{ body: Json | null; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: null, files: [] };
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
    const files: RecordedFile[] = [];
    let body: Json | null = null;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value) as Json;
      } else {
        const text = await value.text();
        files.push({ field, name: value.name, text, size: value.size });
      }
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')) as Json, files: [] };
}

// ── harness: the fake, a real app on a temp file, the real adapter ─────────────────────────

/** Messages the bot created in these calls: channel posts, interaction edits and follow-ups. */
export function sentMessages(calls: readonly RecordedCall[]): RecordedCall[] {
  return calls.filter(
    (c) =>
      (c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path)) ||
      (c.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(c.path)) ||
      (c.method === 'PATCH' && /\/messages\/@original$/.test(c.path)),
  );
}

/** The id of a message the fake created in answer to a call. */
export function messageIdOf(call: RecordedCall): string {
  const r = call.response as { id?: unknown } | null;
  if (!r || typeof r.id !== 'string') throw new Error(`no message id in the answer to ${call.method} ${call.path}`);
  return r.id;
}

interface ApiComponent {
  type: number;
  custom_id?: string;
  label?: string;
  style?: number;
  disabled?: boolean;
  options?: { label: string; value: string; default?: boolean }[];
  components?: ApiComponent[];
}

/** Buttons and selects of a recorded call's body, flattened. */
export function componentsOf(call: RecordedCall | Json | undefined): ApiComponent[] {
  const body = call && 'body' in call && 'method' in call ? (call as RecordedCall).body : (call as Json | undefined);
  const rows = (body?.components ?? []) as ApiComponent[];
  return rows.flatMap((r) => r.components ?? []);
}

/** The GUILD_CREATE payload of the fake's one server, with its one text channel. */
export function guildPayload(guildId: string, channelId: string, botMember: Json): Json {
  return {
    id: guildId,
    name: 'Parents Together',
    icon: null,
    owner_id: '1200000000000000099',
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: '2024-01-01T00:00:00.000Z',
    features: [],
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    premium_tier: 0,
    preferred_locale: 'en-GB',
    system_channel_id: null,
    afk_channel_id: null,
    afk_timeout: 300,
    nsfw_level: 0,
    roles: [{ id: guildId, name: '@everyone', permissions: '1024', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    channels: [{ id: channelId, type: 0, name: 'general', position: 0, permission_overwrites: [], nsfw: false, parent_id: null, topic: null }],
    threads: [],
    members: [botMember],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

/** A message as the gateway sends it in MESSAGE_CREATE (no attachments, no mentions). */
export function messagePayload(id: string, channelId: string, author: FakeUser, content: string): Json {
  return {
    id,
    channel_id: channelId,
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}
