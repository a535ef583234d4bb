/**
 * The engine's own commands (help, and back to the menu); every other command comes from a
 * feature (src/core/feature.ts).
 */
import { reask, startFlow } from './flow-runner.js';
import { keepLeftWords } from './left-words.js';
import { textReply } from './render.js';
import type { ChatCommand } from './run-context.js';

/**
 * Run when a parent comes back after a while, before "Welcome back" and the question waiting, if a
 * feature gives it (the case file: a reply gone overdue while they were away, W15-13). It says, and
 * never asks.
 */
export const RETURN_COMMAND = 'on-return';

/** Back to where the parent was: the pending question, or the menu. */
export function reaskPending(ctx: Parameters<ChatCommand>[1]): void {
  if (!reask(ctx)) startFlow(ctx, ctx.menuFlow);
}

const help: ChatCommand = (_args, ctx) => {
  ctx.replies.push(textReply(ctx.content, 'help.text'));
  reaskPending(ctx);
};

/** Back to the menu; words the conversation held and kept nowhere are kept first (left-words.ts). */
const restart: ChatCommand = (_args, ctx) => {
  keepLeftWords(ctx);
  startFlow(ctx, ctx.menuFlow);
};

export const CORE_COMMANDS: Readonly<Record<string, ChatCommand>> = { help, restart, start: restart, menu: restart };
/** Core commands a parent may ask for in their own words (content/words/intents.yaml). */
export const CORE_INTENTS: readonly string[] = ['help', 'restart'];
