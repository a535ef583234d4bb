/** The scheduler's record of prompts sent (`sent_prompts`), so each goes out once. */
import type Database from 'better-sqlite3';
import type { DueItem, PromptLedger } from '../../core/ports.js';

export class SqlitePromptLedger implements PromptLedger {
  private readonly sent: Database.Statement;
  private readonly insert: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.sent = db.prepare('SELECT 1 FROM sent_prompts WHERE key = ?');
    this.insert = db.prepare('INSERT OR IGNORE INTO sent_prompts (key, user_id, kind, local_date, due_at, sent_at) VALUES (?, ?, ?, ?, ?, ?)');
  }

  isSent(key: string): boolean {
    return this.sent.get(key) !== undefined;
  }

  claim(items: readonly DueItem[], at: string): void {
    this.db.transaction(() => {
      for (const i of items) this.insert.run(i.key, i.userId, i.command, i.localDate ?? null, i.dueAt, at);
    })();
  }
}
