/**
 * An answer only the parent sees in a shared channel (Slack's and Discord's ephemeral replies to
 * `/nextstep` and to its buttons), the same on every platform. Words typed there would be posted
 * for everyone, so a question that takes typed answers points to the DM; and such an answer cannot
 * keep a file (Slack's cannot carry one, Discord drops it when the app reloads), so each file goes
 * to the parent's DM, with a line where it was (reply-layout.ts: `typedAnswersInDm`,
 * `filesElsewhere`).
 *
 * The delivery policy: every file goes to the DM first. One the DM refuses (Discord: a parent who
 * turned off DMs from server members) stays in the answer instead, and its own line goes, so the
 * answer says a file went to the DM exactly when one did: with two files and one refused, the
 * line of the one that reached the DM stays. The adapter gives only "send this file to the DM"
 * and "send these posts here".
 */
import { layoutReplies, type FilePost, type LayoutRules, type Post } from './reply-layout.js';
import type { Reply } from './types.js';

/** A platform's layout rules, for an answer only the parent sees in a shared channel. */
export const ephemeralLayout = (rules: LayoutRules): LayoutRules => ({ ...rules, typedAnswersInDm: true, filesElsewhere: true });

/**
 * Sends one file to the parent's DM (`k`: its place among the answer's files). Resolves false
 * when the DM refused it (the adapter logs why); throws on any other failure, as a send does.
 */
export type FileToDm = (file: FilePost, k: number) => Promise<boolean>;

/** Sends posts where the parent asked (even none: a deferred answer still ends); resolves with how many platform messages went out. */
export type SendHere = (posts: Post[]) => Promise<number>;

const isFile = (p: Post): p is FilePost => p.kind !== 'message';

/**
 * Lays a turn's replies out with the platform's `rules` and sends them `here`. With `toDm`, the
 * answer is one only the parent sees in a shared channel: laid out by `ephemeralLayout`, and its
 * files sent to the DM first. Resolves with how many platform messages went out.
 */
export async function sendAnswer(replies: readonly Reply[], rules: LayoutRules, here: SendHere, toDm?: FileToDm): Promise<number> {
  if (!toDm) return here(layoutReplies(replies, rules));
  const posts = layoutReplies(replies, ephemeralLayout(rules));
  const files = posts.filter(isFile);
  const reached: boolean[] = [];
  for (const [k, file] of files.entries()) reached.push(await toDm(file, k));
  // The layout leaves one line for each file it sent elsewhere, in the files' order.
  let line = 0;
  const answer = posts.flatMap((post): Post[] => {
    if (isFile(post)) return reached[files.indexOf(post)] ? [] : [post];
    const parts = post.parts.filter((p) => p.kind !== 'file-sent-elsewhere' || reached[line++] === true);
    return parts.length ? [{ ...post, parts }] : [];
  });
  return reached.filter(Boolean).length + (await here(answer));
}
