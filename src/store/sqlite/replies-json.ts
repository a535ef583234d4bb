/** The outbox's replies as stored: JSON, with binary images (Uint8Array) as base64. */
import type { Sealer, TurnRecord } from '../../core/ports.js';
import type { Reply } from '../../core/types.js';

/** Replies may carry binary images: JSON them with base64. */
export function repliesToJson(replies: Reply[]): string {
  // The replacer costs a call per value: only replies that carry a file need it.
  if (!replies.some((r) => 'data' in r && r.data !== undefined)) return JSON.stringify(replies);
  return JSON.stringify(replies, (_k, v: unknown) =>
    v instanceof Uint8Array ? { $b64: Buffer.from(v).toString('base64') } : v,
  );
}
export function repliesFromJson(json: string): Reply[] {
  return JSON.parse(json, (_k, v: unknown) =>
    v && typeof v === 'object' && '$b64' in v ? new Uint8Array(Buffer.from(String((v as { $b64: string }).$b64), 'base64')) : v,
  ) as Reply[];
}

/** An outbox row as read (`SELECT ${TURN_COLUMNS} FROM turns`), and as a TurnRecord (its replies opened). */
export const TURN_COLUMNS = 'event_id, user_id, replies, at';
export interface TurnRow {
  event_id: string;
  user_id: string;
  replies: string;
  at: string;
}
export function turnRecordOf(r: TurnRow, sealerFor: (userId: string) => Sealer): TurnRecord {
  return { eventId: r.event_id, userId: r.user_id, at: r.at, replies: repliesFromJson(sealerFor(r.user_id).open(r.replies)) };
}
