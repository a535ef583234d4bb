/**
 * A turn's replies laid out as posts, the step every platform shares before its own markup:
 * which replies share a message, where a message ends, what travels as a file, how a
 * question's choices become controls. Each adapter gives its rules and maps the posts 1:1 onto
 * its platform (Block Kit blocks, Discord components). Pure; no platform types.
 */
import { choiceControls, type ChoiceControls, type ChoiceLimits } from './choice-controls.js';
import { clip } from './fit-text.js';
import type { Reply } from './types.js';

/** One piece of a message. */
export type Part =
  | { kind: 'text'; key: string; text: string }
  | {
      kind: 'question';
      key: string;
      text: string;
      promptId: string;
      controls: ChoiceControls;
      freeText: boolean;
      hint?: string;
      /** Typed answers belong in the DM (`LayoutRules.typedAnswersInDm`): the adapter says so where the hint would be. */
      answerInDm?: true;
      /** As the reply's: the children its turn was about, for the record of where it is posted. */
      caseIds?: number[];
    }
  /** A line the adapter words itself, where a file would have been (it went to the DM). */
  | { kind: 'file-sent-elsewhere' };

export type Post =
  | { kind: 'message'; parts: Part[] }
  /** A document, or a text too long for a message (`longText`); `body` is text or bytes. */
  | { kind: 'file'; filename: string; title: string; body: string | Uint8Array; longText: boolean }
  | { kind: 'image'; filename: string; alt: string; data: Uint8Array };

export type FilePost = Extract<Post, { kind: 'file' | 'image' }>;

export interface LayoutRules {
  choices: ChoiceLimits;
  /**
   * Where a question sits: `shared` with the texts and questions around it, `ends` the message
   * it closes (Discord: a message's components belong to its last question), or `alone` in a
   * message of its own (Slack's ephemeral answers: a click replaces the whole message).
   */
  question: 'shared' | 'ends' | 'alone';
  /** A text longer than this goes as a file of its own (Slack's section limit); absent, never. */
  textAsFileOver?: number;
  /**
   * Files go elsewhere (the parent's DM) ahead of the message being laid out, which says so in
   * line (Slack's ephemeral answers cannot carry files). Otherwise a file ends the message
   * before it and takes its place in the sequence.
   */
  filesElsewhere?: boolean;
  /**
   * The posts are private replies seen in a shared channel (Slack's and Discord's ephemeral
   * answers): words typed there would be posted for everyone. A question that takes typed
   * answers points to the DM instead of its "or type" hint, and a line that names a command to
   * type says how to use it there instead (a reply's `sharedText`), on every platform.
   */
  typedAnswersInDm?: boolean;
  /** How much a message holds, in the platform's units (Slack: 50 blocks); a part that would not fit starts the next message. */
  messageLimit?: { max: number; size(part: Part): number };
}

/** A long text sent as a file: named for the bot, titled by its first line. */
const LONG_TEXT_FILE = 'next-step.txt';
const LONG_TEXT_TITLE = 80;

export function layoutReplies(replies: readonly Reply[], rules: LayoutRules): Post[] {
  const posts: Post[] = [];
  let parts: Part[] = [];
  let used = 0;
  const endMessage = () => {
    if (parts.length) posts.push({ kind: 'message', parts });
    parts = [];
    used = 0;
  };
  const add = (part: Part) => {
    const size = rules.messageLimit?.size(part) ?? 0;
    if (rules.messageLimit && used + size > rules.messageLimit.max) endMessage();
    parts.push(part);
    used += size;
  };
  const file = (post: FilePost) => {
    if (rules.filesElsewhere) {
      posts.push(post);
      add({ kind: 'file-sent-elsewhere' });
    } else {
      endMessage();
      posts.push(post);
    }
  };
  // In a shared channel, the words for it where they differ (a command used, not typed).
  const placed = (r: Reply & { text: string }): string => (rules.typedAnswersInDm && 'sharedText' in r && r.sharedText !== undefined ? r.sharedText : r.text);
  for (const r of replies) {
    switch (r.type) {
      case 'text':
      case 'move_private':
        if (rules.textAsFileOver !== undefined && r.text.length > rules.textAsFileOver) {
          file({ kind: 'file', filename: LONG_TEXT_FILE, title: clip(r.text.split('\n')[0] ?? '', LONG_TEXT_TITLE), body: r.text, longText: true });
        } else add({ kind: 'text', key: r.key, text: placed(r) });
        break;
      case 'question': {
        if (rules.question === 'alone') endMessage();
        const { key, promptId, freeText, hint } = r;
        const text = placed(r);
        const inDm = rules.typedAnswersInDm === true && freeText;
        const aside = inDm ? { answerInDm: true as const } : hint !== undefined ? { hint } : {};
        add({ kind: 'question', key, text, promptId, freeText, ...aside, controls: choiceControls(r.choices, rules.choices), ...(r.caseIds ? { caseIds: r.caseIds } : {}) });
        if (rules.question !== 'shared') endMessage();
        break;
      }
      case 'document':
        file({ kind: 'file', filename: r.filename, title: r.title, body: r.data ?? r.body, longText: false });
        break;
      case 'image':
        file({ kind: 'image', filename: r.filename, alt: r.alt, data: r.data });
        break;
    }
  }
  endMessage();
  return posts;
}

/** The questions a message carries that can be answered by a click (each has a control). */
export function answerableQuestions(parts: readonly Part[]): string[] {
  return [...new Set(parts.flatMap((p) => (p.kind === 'question' && controlCount(p.controls) > 0 ? [p.promptId] : [])))];
}

/** The children the message's answerable questions are about (`caseIds`), for the question record. */
export function questionCases(parts: readonly Part[]): number[] {
  return [...new Set(parts.flatMap((p) => (p.kind === 'question' && controlCount(p.controls) > 0 ? (p.caseIds ?? []) : [])))];
}

function controlCount(c: ChoiceControls): number {
  return (c.kind === 'buttons' ? c.rows : c.menus).reduce((n, row) => n + row.length, 0);
}
