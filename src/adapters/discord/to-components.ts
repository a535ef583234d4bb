/**
 * Replies → Discord messages. Core lays the replies out (`layoutReplies`: a message ends at each
 * question, documents and images go on their own, buttons while they fit, else selects); this
 * maps each post onto Discord within its limits, so a long reply is split or attached, never
 * rejected: 2,000 characters of content, ≤ 5 action rows of ≤ 5 buttons, button labels ≤ 80,
 * custom ids and select values ≤ 100, ≤ 25 options per select.
 */
import {
  AttachmentBuilder,
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
} from 'discord.js';
import { choiceControls, type ChoiceControls } from '../../core/choice-controls.js';
import { choiceToken } from '../../core/choice-token.js';
import { clip, cutAt, splitWithin } from '../../core/fit-text.js';
import { ephemeralLayout } from '../../core/ephemeral-answer.js';
import { layoutReplies, type FilePost, type LayoutRules, type Part, type Post } from '../../core/reply-layout.js';
import type { Choice, Reply } from '../../core/types.js';

export const MAX_CONTENT = 2000;
const MAX_CUSTOM_ID = 100;
const MAX_ALT = 1024;
export const RULES: LayoutRules = {
  choices: { buttonLabel: 80, buttonsPerRow: 5, menus: { maxButtons: 25, optionLabel: 100, optionsPerMenu: 25, maxMenus: 5 } },
  question: 'ends',
};

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** One message to send: content, buttons or selects, attachments. */
export interface OutMessage {
  content: string;
  components: Row[];
  files: AttachmentBuilder[];
}

/** Button: `choice:<promptId>:<id>`. Select: `choices:<promptId>:<n>`, the choice id in the value. */
const BUTTON_ID = /^choice:([^:]{0,100}):(.+)$/s;
const SELECT_ID = /^choices:([^:]{0,100}):\d+$/;

export function buttonCustomId(promptId: string, id: string, index: number): string {
  const prefix = `choice:${promptId}:`.length <= MAX_CUSTOM_ID - 4 ? `choice:${promptId}:` : 'choice::';
  return prefix + choiceToken(id, index, MAX_CUSTOM_ID - prefix.length);
}

function selectCustomId(promptId: string, n: number): string {
  return `choices:${promptId}:${n}`.length <= MAX_CUSTOM_ID ? `choices:${promptId}:${n}` : `choices::${n}`;
}

/** What a click or a selection answered; null when the component is not ours. */
export function parseChoiceCustomId(customId: string, values: readonly string[] = []): { promptId?: string; token: string } | null {
  const b = BUTTON_ID.exec(customId);
  if (b) return { ...(b[1] ? { promptId: b[1] } : {}), token: b[2] as string };
  const s = SELECT_ID.exec(customId);
  const value = values[0];
  if (s && value) return { ...(s[1] ? { promptId: s[1] } : {}), token: value };
  return null;
}

/** Discord's 2,000 characters a message. */
export const splitText = (text: string): string[] => splitWithin(text, MAX_CONTENT);

/** Core's controls as action rows: a row of buttons each, or one string select each. */
function toRows(promptId: string, controls: ChoiceControls): Row[] {
  if (controls.kind === 'buttons') {
    return controls.rows.map((row) => ({
      type: ComponentType.ActionRow,
      components: row.map((c) => ({ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: buttonCustomId(promptId, c.id, c.index), label: c.label })),
    }));
  }
  return controls.menus.map((options, n) => ({
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: selectCustomId(promptId, n),
        options: options.map((c) => ({ label: c.label, value: choiceToken(c.id, c.index, MAX_CUSTOM_ID) })),
        min_values: 1,
        max_values: 1,
      },
    ],
  }));
}

/** Buttons when they fit (≤ 25, short labels); otherwise string selects of ≤ 25 options each. */
export function choiceRows(promptId: string, choices: readonly Choice[]): Row[] {
  return toRows(promptId, choiceControls(choices, RULES.choices));
}

function textMessages(texts: string[], components: Row[] = []): OutMessage[] {
  const pieces = splitText(texts.filter((t) => t.trim()).join('\n\n'));
  if (pieces.length === 0 && components.length) pieces.push('…');
  return pieces.map((content, i) => ({ content, components: i === pieces.length - 1 ? components : [], files: [] }));
}

/**
 * An ephemeral reply in a shared channel: the line that sends typed answers to the DM (content's
 * `discord.answer-in-dm`), and the one that stands where a file was, sent to the DM instead
 * (`discord.sent-to-dm`).
 */
export interface EphemeralWords {
  answerInDm: string;
  sentToDm: string;
}

/** A part as message text; a question's hint is Discord's subtext line, in small print under it. */
function partText(p: Part, ephemeral: EphemeralWords | undefined): string {
  if (p.kind === 'file-sent-elsewhere') return ephemeral?.sentToDm ?? '';
  if (p.kind !== 'question') return p.text;
  const aside = p.answerInDm && ephemeral ? ephemeral.answerInDm : p.hint;
  return aside ? `${p.text}\n-# ${aside}` : p.text;
}

/**
 * Replies for a private conversation (a DM, or with `ephemeral` words an ephemeral reply in a
 * shared channel, laid out by core's `ephemeralLayout`). Consecutive texts share a message; a
 * question's buttons go on the message that carries its text (core ends a message at each
 * question); documents and images travel as attachments.
 */
export function toMessages(replies: readonly Reply[], ephemeral?: EphemeralWords): OutMessage[] {
  return postsToMessages(layoutReplies(replies, ephemeral ? ephemeralLayout(RULES) : RULES), ephemeral);
}

/** Core's posts as Discord messages (`ephemeral`: the words of an ephemeral reply's own lines). */
export function postsToMessages(posts: readonly Post[], ephemeral?: EphemeralWords): OutMessage[] {
  return posts.flatMap((post): OutMessage[] => {
    switch (post.kind) {
      case 'message': {
        const last = post.parts.at(-1);
        return textMessages(post.parts.map((p) => partText(p, ephemeral)), last?.kind === 'question' ? toRows(last.promptId, last.controls) : []);
      }
      case 'file':
      case 'image':
        return [fileMessage(post)];
    }
  });
}

/** A document or an image as a message of its own, the file attached. */
export function fileMessage(post: FilePost): OutMessage {
  if (post.kind === 'image') return { content: '', components: [], files: [new AttachmentBuilder(Buffer.from(post.data), { name: post.filename, description: clip(post.alt.trim(), MAX_ALT) })] };
  const data = typeof post.body === 'string' ? Buffer.from(post.body, 'utf8') : Buffer.from(post.body);
  return { content: clip(`**${post.title}**`.trim(), MAX_CONTENT), components: [], files: [new AttachmentBuilder(data, { name: post.filename })] };
}

/**
 * The clicked message, answered: every component disabled, the chosen button highlighted (or
 * the chosen option selected), and the chosen label for the message text. `customId` null (a
 * click the engine refused as outdated): disabled, nothing chosen.
 */
export function answeredRows(rows: readonly Row[], customId: string | null, value?: string): { rows: Row[]; label: string | null } {
  let label: string | null = null;
  const next = rows.map((row): Row => ({
    ...row,
    components: row.components.map((c): APIComponentInMessageActionRow => {
      if (c.type === ComponentType.Button && 'custom_id' in c) {
        const chosen = c.custom_id === customId;
        if (chosen) label = c.label ?? null;
        return { ...c, disabled: true, style: chosen ? ButtonStyle.Success : ButtonStyle.Secondary };
      }
      if (c.type === ComponentType.StringSelect) {
        const mine = c.custom_id === customId;
        const options = c.options.map((o) => {
          const chosen = mine && o.value === value;
          if (chosen) label = o.label;
          return { ...o, default: chosen };
        });
        return { ...c, options, disabled: true };
      }
      return 'disabled' in c ? { ...c, disabled: true } : c;
    }),
  }));
  return { rows: next, label };
}

/** A question's hint, Discord's subtext line that ends its message (`partText`). */
const HINT_LINE = /\n-# [^\n]*$/;

/**
 * The question's text with the parent's answer shown under it, within the limit. Its "or type"
 * hint goes, as in Slack (`chosenBlocks`): under an answered question, or one the engine refused
 * as outdated, it invites an answer nobody can give any more.
 */
export function withAnswer(content: string, label: string | null): string {
  const question = content.replace(HINT_LINE, '');
  if (!label) return question;
  const line = `\n\n✓ ${label}`;
  return `${cutAt(question, MAX_CONTENT - line.length)}${line}`;
}
