/**
 * Where the bot posted each parent's questions (migration 006). A click names a question by its
 * prompt id; it is looked up only among the clicking parent's own rows, so a click can never
 * reach another parent's message, DM or question. `claim` makes the first click win, across
 * restarts and processes (one UPDATE/INSERT decides). Each record says which children its
 * questions are about (migration 016), so erasing one child deletes only theirs (child-replies.ts).
 */
import type Database from 'better-sqlite3';
import * as z from 'zod';
import type { PostedQuestion, QuestionPosts } from '../../core/ports.js';
import type { SealerFor } from './parent-sealers.js';
import { prepared } from './prepared.js';
import { caseIdsToJson } from './child-replies.js';

const rowSchema = z.object({ place: z.string().nullable(), message_ref: z.string().nullable(), view: z.string().nullable() });

export class SqliteQuestionPosts implements QuestionPosts {
  private readonly prepare: (sql: string) => Database.Statement;

  constructor(
    db: Database.Database,
    private readonly sealerFor: SealerFor,
  ) {
    this.prepare = prepared(db);
  }

  record(userId: string, channel: string, promptId: string, post: PostedQuestion, at: string): void {
    this.prepare(
      `INSERT INTO question_posts (user_id, channel, prompt_id, place, message_ref, view, posted_at, answered_at, case_ids) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)
       ON CONFLICT (user_id, channel, prompt_id) DO UPDATE SET place = excluded.place, message_ref = excluded.message_ref, view = excluded.view, posted_at = excluded.posted_at, answered_at = NULL, case_ids = excluded.case_ids`,
    ).run(userId, channel, promptId, post.place, post.messageRef, post.view === null ? null : this.sealerFor(userId).seal(post.view), at, caseIdsToJson(post.caseIds));
  }

  find(userId: string, channel: string, promptId: string): PostedQuestion | undefined {
    const raw = this.prepare('SELECT place, message_ref, view FROM question_posts WHERE user_id = ? AND channel = ? AND prompt_id = ?').get(userId, channel, promptId);
    if (raw === undefined) return undefined;
    const r = rowSchema.parse(raw);
    return { place: r.place, messageRef: r.message_ref, view: r.view === null ? null : this.sealerFor(userId).open(r.view) };
  }

  claim(userId: string, channel: string, promptId: string, at: string): boolean {
    const updated = this.prepare('UPDATE question_posts SET answered_at = ? WHERE user_id = ? AND channel = ? AND prompt_id = ? AND answered_at IS NULL').run(at, userId, channel, promptId).changes;
    if (updated === 1) return true;
    // Not recorded as posted (an ephemeral answer, or posted by an older release): the first click still wins.
    const inserted = this.prepare('INSERT OR IGNORE INTO question_posts (user_id, channel, prompt_id, posted_at, answered_at) VALUES (?, ?, ?, ?, ?)').run(userId, channel, promptId, at, at).changes;
    return inserted === 1;
  }
}
