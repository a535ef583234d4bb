import * as z from 'zod';
import { isRealZone } from './zones.js';

/** Longest text we accept from a parent in one turn; longer pastes are refused kindly. */
export const MAX_TEXT_CHARS = 20_000;

export const CATEGORIES = [
  'data',
  'resources',
  'precedent',
  'not_available',
  'predetermination',
  'other',
] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

/** What the parent did this turn. */
export const turnInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({
    kind: z.literal('choice'),
    /** Choice id, the same on every channel (rendered as `choice:<id>`). */
    id: z.string().min(1).max(200),
    /** The question the button belonged to; a stale one is refused kindly. */
    promptId: z.string().max(200).optional(),
  }),
  z.object({
    kind: z.literal('command'),
    name: z.string().min(1).max(40),
    args: z.string().max(25_000).default(''),
  }),
  /** A message that carried a file the bot cannot read (a photo, a PDF), with any words typed beside it. */
  z.object({ kind: z.literal('file'), text: z.string().default('') }),
]);
export type TurnInput = z.infer<typeof turnInputSchema>;

/**
 * One inbound event from any channel. Validated at the engine's door.
 * `user` is the channel-qualified parent id (e.g. `slack:T1:U1`, `discord:42`, or the console's `--user`).
 */
export const turnSchema = z.object({
  /** Platform event id (or a fresh uuid); a repeated id is answered once only. */
  id: z.string().min(1).max(300),
  channel: z.enum(['console', 'slack', 'discord', 'cli', 'scheduler']),
  user: z.string().min(1).max(300),
  /** `public` = a shared channel: the engine answers only in general terms there. */
  where: z.enum(['dm', 'public']).default('dm'),
  input: turnInputSchema,
  receivedAt: z.date(),
  /**
   * The parent's time zone as their channel knows it (the console's machine zone, Slack's user
   * `tz`), if it knows one: an IANA name. One that is not a real zone is dropped, never refused.
   */
  zone: z.string().refine(isRealZone).optional().catch(undefined),
});
export type Turn = z.input<typeof turnSchema>;
export type ValidTurn = z.output<typeof turnSchema>;

export interface Choice {
  id: string;
  label: string;
}

/** What the engine hands back to an adapter to render. */
export type Reply =
  | {
      type: 'text';
      key: string;
      text: string;
      /** The words as seen in an answer only the parent sees in a shared channel, where they differ (a command used, not typed: content/place-words.ts). */
      sharedText?: string;
    }
  | {
      type: 'question';
      key: string;
      text: string;
      /** As `text`'s `sharedText`. */
      sharedText?: string;
      /** Identifies this question; buttons carry it so a stale click is recognised. */
      promptId: string;
      choices: Choice[];
      /** True when the parent may also answer in their own words. */
      freeText: boolean;
      /** Said under the buttons when the parent may also type ("Or type your own answer."). */
      hint?: string;
      /** The children (case ids) the question's turn was about (src/core/turn-cases.ts); absent: none. */
      caseIds?: number[];
    }
  | {
      type: 'document';
      key: string;
      title: string;
      filename: string;
      mime: string;
      /** The text of a text document (Markdown, CSV, JSON); empty when `data` carries the file. */
      body: string;
      /** A binary document's bytes (e.g. the PDF evidence packet): send these as the file. */
      data?: Uint8Array;
      /** The child's case the file is about (a letter, one child's packet); absent for the whole family. */
      caseId?: number;
    }
  | { type: 'image'; key: string; filename: string; alt: string; data: Uint8Array; /** As a document's. */ caseId?: number }
  /** Public channel: the adapter should continue this conversation privately (DM / ephemeral). */
  | { type: 'move_private'; key: string; text: string };
