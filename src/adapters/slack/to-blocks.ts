/**
 * Replies → Slack deliveries (Block Kit messages and file uploads). Pure: no I/O.
 *
 * Consecutive text and questions share one message; a document (a drafted letter, long notes)
 * or a text too long for one section goes as a file upload instead of a wall of text: Slack
 * shows it collapsed with a preview, the parent can open, copy or download it, and it is not
 * bound by the 3,000-character section limit.
 */
import { choiceLabel, clip, rowsOf } from '../../core/fit-text.js';
import type { Reply } from '../../core/types.js';
import type { SlackBlock } from './to-turn.js';
import type { Words } from './words.js';

/** Slack limits: section text 3,000 chars, 50 blocks a message, button label 75 chars. */
export const SECTION_MAX = 3000;
export const BLOCKS_MAX = 50;
const BUTTON_LABEL_MAX = 75;
/** Buttons per actions block (Slack allows 25; five keep a row readable on a phone). */
export const BUTTONS_PER_ROW = 5;
const FALLBACK_MAX = 300;

export interface MessageDelivery {
  kind: 'message';
  /** Notification / screen-reader fallback. */
  text: string;
  blocks: SlackBlock[];
}
export interface FileDelivery {
  kind: 'file';
  filename: string;
  title: string;
  comment: string;
  /** Text (a letter, long notes) or bytes (a PDF). */
  content: string | Uint8Array;
}
export interface ImageDelivery {
  kind: 'image';
  filename: string;
  alt: string;
  data: Uint8Array;
}
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
   * replace the whole ephemeral message. So files go to the DM with a note in the message,
   * each question is a message of its own (its text is all a click replaces), and free-text
   * questions point the parent to the DM.
   */
  ephemeral: boolean;
}

function questionBlocks(r: Extract<Reply, { type: 'question' }>, n: number, words: Words, opts: RenderOptions): SlackBlock[] {
  const blocks: SlackBlock[] = [section(r.text, blockId(r.key, n))];
  const buttons = r.choices.map((c, i) => ({
    type: 'button',
    text: { type: 'plain_text', text: choiceLabel(c.label, BUTTON_LABEL_MAX, i), emoji: true },
    action_id: clip(`choice:${c.id}`, 255),
    value: r.promptId,
  }));
  rowsOf(buttons, BUTTONS_PER_ROW).forEach((row, i) => blocks.push({ type: 'actions', block_id: blockId(`choices:${r.promptId}`, n, `:${i}`), elements: row }));
  if (r.freeText && opts.ephemeral) blocks.push(context(words('slack.answer-in-dm')));
  else if (r.hint) blocks.push(context(r.hint));
  return blocks;
}

export function renderReplies(replies: readonly Reply[], words: Words, opts: RenderOptions = { ephemeral: false }): Delivery[] {
  const out: Delivery[] = [];
  let blocks: SlackBlock[] = [];
  let fallback: string[] = [];
  let n = 0;
  const flush = () => {
    if (blocks.length) out.push({ kind: 'message', text: escapeMrkdwn(clip(fallback.join('\n'), FALLBACK_MAX)), blocks });
    blocks = [];
    fallback = [];
  };
  const add = (more: SlackBlock[], text: string) => {
    if (blocks.length + more.length > BLOCKS_MAX) flush();
    blocks.push(...more);
    fallback.push(text);
    n += 1;
  };
  /** In a channel a file takes its place in the sequence; ephemerally it goes to the DM, noted in line. */
  const file = (d: FileDelivery | ImageDelivery) => {
    if (opts.ephemeral) {
      out.push(d);
      const note = words('slack.sent-to-dm');
      add([context(note, blockId('slack.sent-to-dm', n))], note);
    } else {
      flush();
      out.push(d);
    }
  };
  for (const r of replies) {
    switch (r.type) {
      case 'text':
      case 'move_private':
        if (r.text.length > SECTION_MAX) {
          file({ kind: 'file', filename: 'next-step.txt', title: clip(r.text.split('\n')[0] ?? '', 80), comment: words('slack.long-text'), content: r.text });
        } else add([section(r.text, blockId(r.key, n))], r.text);
        break;
      case 'question':
        if (opts.ephemeral) flush();
        add(questionBlocks({ ...r, text: clip(r.text, SECTION_MAX) }, n, words, opts), r.text);
        if (opts.ephemeral) flush();
        break;
      case 'document':
        file({ kind: 'file', filename: r.filename, title: r.title, comment: r.title, content: r.data ?? r.body });
        break;
      case 'image':
        file({ kind: 'image', filename: r.filename, alt: r.alt, data: r.data });
        break;
    }
  }
  flush();
  return out;
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

/** A message's first line of text, as notification fallback for an updated message. */
export function firstText(blocks: readonly SlackBlock[]): string {
  for (const b of blocks) {
    const t = (b['text'] as { text?: unknown } | undefined)?.text;
    if (typeof t === 'string' && t) return clip(t.split('\n')[0] ?? t, FALLBACK_MAX);
  }
  return ' ';
}
