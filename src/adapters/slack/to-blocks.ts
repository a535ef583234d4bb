/**
 * Replies → Slack deliveries (Block Kit messages and file uploads). Core lays the replies out
 * (`layoutReplies`: what shares a message, what goes as a file, buttons in rows); this maps each
 * post onto Slack. A document or a text too long for one section goes as a file upload: Slack
 * shows it collapsed with a preview, and it is not bound by the 3,000-character section limit.
 * Pure: no I/O.
 */
import type { Control } from '../../core/choice-controls.js';
import { clip, clipAtWord } from '../../core/fit-text.js';
import { ephemeralLayout } from '../../core/ephemeral-answer.js';
import { answerableQuestions, layoutReplies, questionCases, type LayoutRules, type Part, type Post } from '../../core/reply-layout.js';
import type { Reply } from '../../core/types.js';
import type { SlackBlock } from './to-turn.js';
import type { Words } from './words.js';

/** Slack limits: section text 3,000 chars, 50 blocks a message, button label 75 chars. */
export const SECTION_MAX = 3000;
const BLOCKS_MAX = 50;
/** Buttons per actions block (Slack allows 25; five keep a row readable on a phone). */
export const BUTTONS_PER_ROW = 5;
const FALLBACK_MAX = 300;

export interface MessageDelivery {
  kind: 'message';
  /** Notification / screen-reader fallback. */
  text: string;
  blocks: SlackBlock[];
  /** The questions answerable by its buttons, for the question record. */
  promptIds: string[];
  /** The children those questions are about, for the question record (erasing one child). */
  caseIds: number[];
}
export interface FileDelivery {
  kind: 'file';
  filename: string;
  title: string;
  /**
   * The message above the file, only where it says something the title does not (why a long
   * text came as a file); Slack shows the title on the file itself, so a comment repeating it
   * read as the same words twice.
   */
  comment?: string;
  /** Text (a letter, long notes) or bytes (a PDF). */
  content: string | Uint8Array;
}
export type ImageDelivery = Extract<Post, { kind: 'image' }>;
export type Delivery = MessageDelivery | FileDelivery | ImageDelivery;

/** Slack mrkdwn needs only these three escaped; it also stops `<!channel>`-style pings. */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function section(text: string, blockId: string): SlackBlock {
  return { type: 'section', block_id: blockId, text: { type: 'mrkdwn', text: escapeMrkdwn(text) } };
}

function context(text: string, blockId?: string): SlackBlock {
  return { type: 'context', ...(blockId ? { block_id: blockId } : {}), elements: [{ type: 'mrkdwn', text: escapeMrkdwn(text) }] };
}

/** Block ids carry the content key (handy in logs and tests) and stay unique within a message. */
function blockId(key: string, n: number, suffix = ''): string {
  return clip(`${key}#${n}${suffix}`, 255);
}

export interface RenderOptions {
  /**
   * Ephemeral answers (slash commands): a response_url takes only 5 posts, and a click can only
   * replace the whole ephemeral message. So each question is a message of its own (its text is
   * all a click replaces); files sent to the DM with a note in the message, and free-text
   * questions pointing the parent to the DM, are every platform's (core's `ephemeralLayout`).
   */
  ephemeral: boolean;
}

const button = (promptId: string) => (c: Control) => ({
  type: 'button',
  text: { type: 'plain_text', text: c.label, emoji: true },
  action_id: clip(`choice:${c.id}`, 255),
  value: promptId,
});

/** One part's blocks; `n` is its place among the parts of the whole answer. */
function partBlocks(p: Part, n: number, words: Words): SlackBlock[] {
  if (p.kind === 'text') return [section(p.text, blockId(p.key, n))];
  if (p.kind === 'file-sent-elsewhere') return [context(words('slack.sent-to-dm'), blockId('slack.sent-to-dm', n))];
  // Slack lays out no menus (no `menus` limits below), so a question's controls are rows of buttons.
  const rows = p.controls.kind === 'buttons' ? p.controls.rows : [];
  const blocks = [section(clip(p.text, SECTION_MAX), blockId(p.key, n))];
  rows.forEach((row, i) => blocks.push({ type: 'actions', block_id: blockId(`choices:${p.promptId}`, n, `:${i}`), elements: row.map(button(p.promptId)) }));
  if (p.answerInDm) blocks.push(context(words('slack.answer-in-dm')));
  else if (p.hint) blocks.push(context(p.hint));
  return blocks;
}

/** A part's line in the message's notification text. */
function fallbackOf(p: Part, words: Words): string {
  return p.kind === 'file-sent-elsewhere' ? words('slack.sent-to-dm') : p.text;
}

/** Slack's layout rules (core's `ephemeralLayout` adds what every ephemeral answer shares). */
export function slackLayout(words: Words, opts: RenderOptions): LayoutRules {
  return {
    choices: { buttonLabel: 75, buttonsPerRow: BUTTONS_PER_ROW },
    question: opts.ephemeral ? 'alone' : 'shared',
    textAsFileOver: SECTION_MAX,
    messageLimit: { max: BLOCKS_MAX, size: (p) => partBlocks(p, 0, words).length },
  };
}

export function renderReplies(replies: readonly Reply[], words: Words, opts: RenderOptions = { ephemeral: false }): Delivery[] {
  const rules = slackLayout(words, opts);
  return toDeliveries(layoutReplies(replies, opts.ephemeral ? ephemeralLayout(rules) : rules), words);
}

/** Core's posts as Slack deliveries: Block Kit messages and file uploads. */
export function toDeliveries(posts: readonly Post[], words: Words): Delivery[] {
  let n = 0;
  return posts.map((post): Delivery => {
    switch (post.kind) {
      case 'message': {
        const blocks = post.parts.flatMap((p) => partBlocks(p, n++, words));
        const text = escapeMrkdwn(clipAtWord(post.parts.map((p) => fallbackOf(p, words)).join('\n'), FALLBACK_MAX));
        return { kind: 'message', text, blocks, promptIds: answerableQuestions(post.parts), caseIds: questionCases(post.parts) };
      }
      case 'file':
        return { kind: 'file', filename: post.filename, title: post.title, ...(post.longText ? { comment: words('slack.long-text') } : {}), content: post.body };
      case 'image':
        return post;
    }
  });
}

/**
 * The clicked message, updated: buttons removed and the choice shown, so a second click has
 * nothing to press. Keeps the question's own blocks; drops its "or type" hint. `label` null
 * (a stale click the engine refused) only removes the buttons.
 */
export function chosenBlocks(original: readonly SlackBlock[] | undefined, label: string | null, words: Words): SlackBlock[] {
  const kept = (original ?? []).filter((b) => b.type !== 'actions' && b.type !== 'context');
  return label === null ? kept : [...kept, context(`✓ ${words('slack.chosen', { label })}`, `chosen#${kept.length}`)];
}

/** What an earlier question whose record is gone becomes when tapped: one line, no buttons. */
export const closedBlock = (words: Words): SlackBlock => context(words('slack.question-closed'), 'closed#0');

/** A message's first line of text, as notification fallback for an updated message. */
export function firstText(blocks: readonly SlackBlock[]): string {
  for (const b of blocks) {
    const t = (b['text'] as { text?: unknown } | undefined)?.text;
    if (typeof t === 'string' && t) return clipAtWord(t.split('\n')[0] ?? t, FALLBACK_MAX);
  }
  return ' ';
}
