/**
 * The shape of every inbound Slack payload, checked before Bolt's own code reads it. Bolt
 * assumes a parsed body is an object with the fields of its kind (`body.ssl_check`,
 * `body.user.team_id`, `body.actions[0].action_id`): a signed `null`, or a `block_actions`
 * whose user is null, used to throw inside its receiver and stop the process. Here each kind
 * Bolt dispatches carries the fields Bolt reads; anything else is malformed (400) or not ours
 * (acknowledged and dropped).
 */
import * as z from 'zod';

const text = z.string().min(1).max(255);

const objectSchema = z.record(z.string(), z.unknown());

/** An Events API envelope as Bolt reads it (to-turn.ts adds the ids the mapping reads). */
export const eventCallbackSchema = z
  .object({
    type: z.literal('event_callback'),
    event: z.object({ type: z.string() }).loose(),
    team_id: text.optional(),
    enterprise_id: text.nullish(),
  })
  .loose();

const actionSchema = z
  .object({
    type: z.literal('block_actions'),
    user: z.object({ id: text, team_id: text.optional() }).loose(),
    team: z.object({ id: text }).loose().nullish(),
    actions: z.array(z.object({ action_id: text }).loose()).min(1),
  })
  .loose();

const commandSchema = z
  .object({
    command: text,
    team_id: text,
    user_id: text,
    channel_id: text,
    enterprise_id: text.nullish(),
  })
  .loose();

export type PayloadKind = 'event' | 'action' | 'command';

export type PayloadShape = { ok: true; kind: PayloadKind | null } | { ok: false; reason: string };

/**
 * What a parsed payload is: one of the kinds Next Step handles, `null` for a well-formed object
 * of another kind (URL verification, SSL check, a view submission…), or malformed.
 */
export function payloadShape(body: unknown): PayloadShape {
  const obj = objectSchema.safeParse(body);
  if (!obj.success || Array.isArray(body)) return { ok: false, reason: 'not an object' };
  const b = obj.data;
  if (b['type'] === 'event_callback') return eventCallbackSchema.safeParse(b).success ? { ok: true, kind: 'event' } : { ok: false, reason: 'malformed event_callback' };
  if (b['type'] === 'block_actions') return actionSchema.safeParse(b).success ? { ok: true, kind: 'action' } : { ok: false, reason: 'malformed block_actions' };
  // Bolt takes any body with a `command` field for a slash command.
  if ('command' in b) return commandSchema.safeParse(b).success ? { ok: true, kind: 'command' } : { ok: false, reason: 'malformed slash command' };
  return { ok: true, kind: null };
}

/** What kind of payload Bolt is about to dispatch; null = nothing we handle (acked and dropped). */
export function payloadKind(body: unknown): PayloadKind | null {
  const s = payloadShape(body);
  return s.ok ? s.kind : null;
}
