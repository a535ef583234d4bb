/**
 * The Slack side of the question record (`Store.questionPosts`): what the record keeps of a
 * posted message with questions (the bot's own blocks), and reading those blocks back for a
 * click. Nothing here trusts a click payload.
 */
import * as z from 'zod';
import type { PostedQuestion, Store } from '../../core/ports.js';
import { recordQuestions } from '../../core/question-record.js';
import type { OnPosted } from './deliver.js';
import type { SlackBlock } from './to-turn.js';

const blocksSchema = z.array(z.object({ type: z.string() }).loose());
const buttonSchema = z.object({ action_id: z.string(), value: z.string().optional(), text: z.object({ text: z.string() }).optional() }).loose();

/** Records the questions of each message posted to `userId` (core's question record), with the bot's own blocks and the children they are about. */
export function recordPosts(store: Pick<Store, 'questionPosts' | 'commitTurn'>, userId: string, now: () => Date, onError: (err: unknown) => void): OnPosted {
  return ({ promptIds, blocks, caseIds }, place, ts) => {
    if (promptIds.length > 0) recordQuestions(store, userId, 'slack', promptIds, { place, messageRef: ts, view: JSON.stringify(blocks), caseIds }, now(), onError);
  };
}

/** The message as the bot posted it, and the label of the button with this choice id on it. */
export function postedView(post: PostedQuestion | undefined, promptId: string, choiceId: string): { blocks: SlackBlock[]; label: string | null } | null {
  if (!post?.view) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(post.view);
  } catch {
    return null;
  }
  const blocks = blocksSchema.safeParse(parsed);
  if (!blocks.success) return null;
  let label: string | null = null;
  for (const b of blocks.data) {
    if (b.type !== 'actions' || !Array.isArray(b['elements'])) continue;
    for (const e of b['elements']) {
      const btn = buttonSchema.safeParse(e);
      if (btn.success && btn.data.action_id === `choice:${choiceId}` && btn.data.value === promptId) label = btn.data.text?.text ?? null;
    }
  }
  return { blocks: blocks.data, label };
}
