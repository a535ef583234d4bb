/**
 * Replies → Discord messages, as small pure functions. Discord's limits are enforced here
 * rather than trusted to the caller, so a long reply is split or attached, never rejected:
 * 2,000 characters of content, ≤ 5 action rows of ≤ 5 buttons, button labels ≤ 80,
 * custom ids and select values ≤ 100, ≤ 25 options per select.
 */
import {
  AttachmentBuilder,
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APISelectMenuOption,
  type APIStringSelectComponent,
} from 'discord.js';
import { choiceToken } from '../../core/choice-token.js';
import { choiceLabel, clip, cutAt, fitsAsButtons, publicTexts, rowsOf, splitWithin } from '../../core/fit-text.js';
import type { Choice, Reply } from '../../core/types.js';

export const MAX_CONTENT = 2000;
const MAX_ROWS = 5;
const BUTTONS_PER_ROW = 5;
const MAX_BUTTONS = MAX_ROWS * BUTTONS_PER_ROW;
const OPTIONS_PER_SELECT = 25;
const MAX_BUTTON_LABEL = 80;
const MAX_OPTION_LABEL = 100;
const MAX_CUSTOM_ID = 100;
const MAX_ALT = 1024;

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

function buttonRows(promptId: string, choices: Choice[]): Row[] {
  const buttons = choices.map(
    (c, i): APIButtonComponentWithCustomId => ({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      custom_id: buttonCustomId(promptId, c.id, i),
      label: choiceLabel(c.label, MAX_BUTTON_LABEL, i),
    }),
  );
  return rowsOf(buttons, BUTTONS_PER_ROW).map((components) => ({ type: ComponentType.ActionRow, components }));
}

function selectRows(promptId: string, choices: Choice[]): Row[] {
  const options = choices.map((c, i): APISelectMenuOption => ({ label: choiceLabel(c.label, MAX_OPTION_LABEL, i), value: choiceToken(c.id, i, MAX_CUSTOM_ID) }));
  return rowsOf(options, OPTIONS_PER_SELECT, MAX_ROWS).map((opts, n): Row => {
    const select: APIStringSelectComponent = { type: ComponentType.StringSelect, custom_id: selectCustomId(promptId, n), options: opts, min_values: 1, max_values: 1 };
    return { type: ComponentType.ActionRow, components: [select] };
  });
}

/** Buttons when they fit (≤ 25, short labels); otherwise string selects of ≤ 25 options each. */
export function choiceRows(promptId: string, choices: Choice[]): Row[] {
  if (choices.length === 0) return [];
  return fitsAsButtons(choices, MAX_BUTTONS, MAX_BUTTON_LABEL) ? buttonRows(promptId, choices) : selectRows(promptId, choices);
}

function textMessages(texts: string[], components: Row[] = []): OutMessage[] {
  const pieces = splitText(texts.filter((t) => t.trim()).join('\n\n'));
  if (pieces.length === 0 && components.length) pieces.push('…');
  return pieces.map((content, i) => ({ content, components: i === pieces.length - 1 ? components : [], files: [] }));
}

/**
 * Replies for a private conversation (a DM or an ephemeral reply). Consecutive texts share a
 * message; a question's buttons go on the message that carries its text; documents and images
 * travel as attachments.
 */
export function toMessages(replies: readonly Reply[]): OutMessage[] {
  const out: OutMessage[] = [];
  let texts: string[] = [];
  const flush = (components: Row[] = []) => {
    out.push(...textMessages(texts, components));
    texts = [];
  };
  for (const r of replies) {
    switch (r.type) {
      case 'text':
      case 'move_private':
        texts.push(r.text);
        break;
      case 'question':
        // Discord's subtext line: "Or type your own answer." in small print under the question.
        texts.push(r.hint ? `${r.text}\n-# ${r.hint}` : r.text);
        flush(choiceRows(r.promptId, r.choices));
        break;
      case 'document':
        flush();
        out.push({
          content: clip(`**${r.title}**`.trim(), MAX_CONTENT),
          components: [],
          files: [new AttachmentBuilder(r.data ? Buffer.from(r.data) : Buffer.from(r.body, 'utf8'), { name: r.filename })],
        });
        break;
      case 'image':
        flush();
        out.push({
          content: '',
          components: [],
          files: [new AttachmentBuilder(Buffer.from(r.data), { name: r.filename, description: clip(r.alt.trim(), MAX_ALT) })],
        });
        break;
    }
  }
  flush();
  return out;
}

/**
 * Replies for a shared channel: general text only (core's `publicTexts`).
 */
export function toPublicMessages(replies: readonly Reply[]): OutMessage[] {
  return textMessages(publicTexts(replies));
}

/**
 * The clicked message, answered: every component disabled, the chosen button highlighted (or
 * the chosen option selected), and the chosen label for the message text.
 */
export function answeredRows(rows: readonly Row[], customId: string, value?: string): { rows: Row[]; label: string | null } {
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

/** The question's text with the parent's answer shown under it, within the limit. */
export function withAnswer(content: string, label: string | null): string {
  if (!label) return content;
  const line = `\n\n✓ ${label}`;
  return `${cutAt(content, MAX_CONTENT - line.length)}${line}`;
}
