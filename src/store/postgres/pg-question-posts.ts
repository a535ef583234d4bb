/** Where questions were posted, on PostgreSQL (pg-store.ts). */
import type pg from 'pg';
import type { PostedQuestion, QuestionPosts } from '../../core/ports.js';
import type { ParentKeys } from './parent-keys.js';
import type { Row, WorkingCopy } from './working-copy.js';

/**
 * Where questions were posted, used by the adapters outside turns (synchronously): kept in the
 * working copy and written through to PostgreSQL. A click on a question posted by another
 * instance is not found here (the adapter then treats it as an unrecorded post), and the first
 * click wins per instance; the engine's own check (the choice must answer the question now
 * pending) still refuses a second answer to one question across instances.
 */
export class PgQuestionPosts implements QuestionPosts {
  constructor(
    private readonly copy: WorkingCopy,
    private readonly keys: ParentKeys,
    private readonly pool: pg.Pool,
    private readonly onError: (err: unknown) => void,
  ) {}
  record(userId: string, channel: string, promptId: string, post: PostedQuestion, at: string): void {
    this.copy.untracked(() => this.copy.store.questionPosts.record(userId, channel, promptId, post, at));
    this.writeThrough(userId, channel, promptId);
  }
  find(userId: string, channel: string, promptId: string): PostedQuestion | undefined {
    return this.copy.store.questionPosts.find(userId, channel, promptId);
  }
  claim(userId: string, channel: string, promptId: string, at: string): boolean {
    let won = false;
    this.copy.untracked(() => {
      won = this.copy.store.questionPosts.claim(userId, channel, promptId, at);
    });
    if (won) this.writeThrough(userId, channel, promptId);
    return won;
  }
  private writeThrough(userId: string, channel: string, promptId: string): void {
    const row = this.copy.db.prepare('SELECT * FROM question_posts WHERE user_id = ? AND channel = ? AND prompt_id = ?').get(userId, channel, promptId) as Row | undefined;
    if (row === undefined) return;
    this.keys
      .fetch(this.pool, [userId])
      .then(() => {
        // Sealed with the parent's key (every parent has one from their first turn on).
        if (!this.keys.has(userId)) return;
        this.keys.convert('question_posts', [row], (u, v) => this.keys.toPg(u, v));
        return this.pool.query(
          `INSERT INTO question_posts SELECT * FROM json_populate_record(NULL::question_posts, $1::json)
           ON CONFLICT (user_id, channel, prompt_id) DO UPDATE SET place = EXCLUDED.place, message_ref = EXCLUDED.message_ref,
             view = EXCLUDED.view, posted_at = EXCLUDED.posted_at, answered_at = EXCLUDED.answered_at, case_ids = EXCLUDED.case_ids`,
          [JSON.stringify(row)],
        );
      })
      .catch(this.onError);
  }
}
