/**
 * A command nobody has (a typo: "/notse"): named back to the parent, with the nearest command a
 * parent can ask for when it is close enough to be what they meant (edit distance, from
 * fastest-levenshtein). Otherwise the help follows.
 */
import { closest, distance } from 'fastest-levenshtein';
import { reaskPending } from './commands.js';
import { clip } from './fit-text.js';
import { textReply } from './render.js';
import type { ChatCommand } from './run-context.js';

/**
 * The known command `name` most likely stands for, or null: one edit away for a short name, two
 * for one of five letters or more ("notse" is "notes"). At four letters two edits count only when
 * they swap letters ("hlep" is "help"; "menu" is not "sent").
 */
export function nearestCommand(name: string, known: readonly string[]): string | null {
  const typed = name.trim().toLowerCase();
  if (typed === '' || known.length === 0) return null;
  const best = closest(typed, [...known]);
  const swapped = typed.length === 4 && [...typed].sort().join('') === [...best].sort().join('');
  return distance(typed, best) <= (typed.length <= 3 || (typed.length === 4 && !swapped) ? 1 : 2) ? best : null;
}

/** Says the command is not one the bot knows; suggests the nearest of `known`, or shows the help. */
export function answerUnknownCommand(ctx: Parameters<ChatCommand>[1], name: string, known: readonly string[], help: () => void): void {
  const near = nearestCommand(name, known);
  const shown = clip(name.trim(), 40);
  if (near) {
    ctx.replies.push(textReply(ctx.content, 'engine.unknown-command.near', { name: shown, near }));
    reaskPending(ctx);
  } else {
    ctx.replies.push(textReply(ctx.content, 'engine.unknown-command', { name: shown }));
    help();
  }
}
