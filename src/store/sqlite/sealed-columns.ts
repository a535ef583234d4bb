/**
 * Every text column in the database, in one place, sorted into two lists:
 *
 * - SEALED: holds something a parent wrote (or something derived from it: a nickname inside a
 *   question, a letter built from their notes). The store passes it through the Sealer
 *   (AES-256-GCM when NEXTSTEP_DATA_KEY is set); `rotate-key` re-seals exactly these columns.
 * - PLAIN: ids, dates, kinds, content keys, counters: never a parent's words, so it stays
 *   queryable. Say why in the comment.
 *
 * Adding a table or a TEXT column? Add every TEXT column here, in one list or the other, in the
 * same change as its migration. `test/trust/sealed-columns.test.ts` fails otherwise, so a new
 * table cannot quietly store parents' words in the clear. A column listed as SEALED must be
 * written with `sealerFor(userId).seal(...)` and read with `sealerFor(userId).open(...)` by the
 * store (the parent's own key: parent-sealers.ts), in a table with a `user_id` column.
 */

/** table → columns that hold sealed parent text. */
export const SEALED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  cases: ['nickname'], // the parent's own word for their child
  sessions: ['snapshot', 'pending'], // conversation state: what the parent typed, the question waiting
  notes: ['body'], // note text, who said it, when, what is due
  turns: ['replies'], // the outbox: replies echo notes and carry letters
  daily_log_entries: ['note'], // the parent's note about the day
  daily_log_triggers: ['detail'], // the parent's words for an "other" reason the day was hard
  daily_log_supports: ['detail'], // the parent's words for an "other" support tried
  followups: ['about'], // what the parent sent (a letter's title or their own words)
  question_posts: ['view'], // a posted question as shown: it can name the child
};

/** table → TEXT columns that never hold a parent's words. */
export const PLAIN_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  schema_migrations: ['name', 'applied_at'],
  meta: ['key', 'value'], // facts about the database; `key_check` is itself sealed by design
  users: ['id', 'created_at', 'settings'], // platform user id; settings are preferences (time zone, hours)
  cases: ['user_id', 'created_at'],
  sessions: ['user_id', 'flow_id', 'updated_at'],
  notes: ['user_id', 'kind', 'topic', 'category', 'at', 'day'], // kind/topic/category are machine ids; day is the parent's date of `at`
  turns: ['event_id', 'user_id', 'at', 'delivered_at', 'case_ids'], // case_ids: a JSON list of case ids (migration 016)
  sent_prompts: ['key', 'user_id', 'kind', 'local_date', 'due_at', 'sent_at'],
  // Check-ins: a time, an IANA zone, weekday ids and dates - preferences, never a parent's words.
  checkin_settings: ['user_id', 'local_time', 'time_zone', 'days', 'pause_until', 'skip_date', 'snooze_date', 'snooze_until', 'active_from', 'updated_at'],
  // Daily logs: dates, an attendance id, clock times and a source id; the note is sealed.
  daily_log_entries: ['user_id', 'log_date', 'attendance', 'arrived', 'left_at', 'source', 'created_at', 'updated_at'],
  daily_log_triggers: ['user_id', 'trigger'], // trigger is an id from a fixed list
  daily_log_supports: ['user_id', 'support'], // support is an id from a fixed list
  // Follow-ups: a letter template id, dates, an IANA zone and a status id; what was sent is sealed.
  followups: ['user_id', 'letter', 'sent_at', 'sent_on', 'due_on', 'due_at', 'time_zone', 'status', 'reminded_at', 'closed_at'],
  case_file_settings: ['user_id', 'updated_at'],
  // The review day's reminders: dates, an IANA zone and a status id; the trial's words stay in their note.
  review_reminders: ['user_id', 'review_on', 'due_on', 'due_at', 'time_zone', 'status', 'created_at', 'reminded_at', 'closed_at'],
  // Where a question was posted: a channel id, a platform message id, a prompt id and dates.
  question_posts: ['user_id', 'channel', 'prompt_id', 'place', 'message_ref', 'posted_at', 'answered_at', 'case_ids'],
};

/** Placeholders written in sealed columns that carry no parent text (a delivered outbox row). */
export const SEALED_PLACEHOLDERS: ReadonlySet<string> = new Set(['[]', '{}', '']);

export function sealedColumnList(): { table: string; column: string }[] {
  return Object.entries(SEALED_COLUMNS).flatMap(([table, cols]) => cols.map((column) => ({ table, column })));
}
