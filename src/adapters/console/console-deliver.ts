/**
 * Scheduled prompts in the console chat: printed for the console's parent (the scheduler's
 * Deliver), and the engine's notices (an erase finished later); other parents' prompts are left
 * in the outbox.
 */
import type { ContentCatalog } from '../../content/catalog.js';
import type { Deliver } from '../../core/scheduler.js';
import { renderForConsole } from './render-console.js';
import { copiesLine } from './kept-copies.js';
import { saveFiles } from './save-files.js';

/**
 * A Deliver for the console chat: prints a scheduled prompt for the console's parent and saves
 * any image beside the database, like the chat does. Other parents' prompts are left in the outbox.
 */
export function consoleDeliver(opts: { user: string; output: NodeJS.WritableStream; filesDir: string; content: ContentCatalog; copiesDir?: string }): Deliver {
  return async (userId, replies) => {
    if (userId !== opts.user) return false;
    const rendered = renderForConsole(replies);
    // Each parent's files in their own folder, like the console chat (so `forget` removes them).
    const { saved, failed } = saveFiles(opts.filesDir, userId, rendered.files);
    opts.output.write(`\nnext step › ${rendered.text.replace(/\n/g, '\n            ')}\n`);
    for (const p of saved) opts.output.write(`            (saved to ${p})\n`);
    for (const f of failed) opts.output.write(`            ${opts.content.render(`console.file-not-saved.${f.kind}`, { name: f.name })}\n`);
    // An erase that finished later ("erasing has finished", a notice): where the parent's copies are, as under "Done".
    const copies = copiesLine(replies, opts.copiesDir, userId, opts.content);
    if (copies) opts.output.write(`            ${copies}\n`);
    return true;
  };
}
