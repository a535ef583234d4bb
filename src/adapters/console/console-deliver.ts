/**
 * Scheduled prompts in the console chat: printed for the console's parent (the scheduler's
 * Deliver); other parents' prompts are left in the outbox.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deliver } from '../../core/scheduler.js';
import { userFilesDir } from '../../features/case-file/user-files.js';
import { renderForConsole } from './render-console.js';

/**
 * A Deliver for the console chat: prints a scheduled prompt for the console's parent and saves
 * any image beside the database, like the chat does. Other parents' prompts are left in the outbox.
 */
export function consoleDeliver(opts: { user: string; output: NodeJS.WritableStream; filesDir: string }): Deliver {
  return async (userId, replies) => {
    if (userId !== opts.user) return false;
    const rendered = renderForConsole(replies);
    const saved: string[] = [];
    // Each parent's files in their own folder, like the console chat (so `forget` removes them).
    const dir = userFilesDir(opts.filesDir, userId);
    for (const f of rendered.files) {
      mkdirSync(dir, { recursive: true });
      const path = join(dir, f.filename);
      writeFileSync(path, f.data);
      saved.push(path);
    }
    opts.output.write(`\nnext step › ${rendered.text.replace(/\n/g, '\n            ')}\n`);
    for (const p of saved) opts.output.write(`            (saved to ${p})\n`);
    return true;
  };
}
