/**
 * Words as the evidence packet's timeline sets them down for a school to read (W13-12): what the
 * school said without the frame a mail program pasted around it ("From: … Sent: … Subject: …",
 * the greeting, the sign-off), as a letter quotes it; the parent's answers without a chat aside
 * said to the bot ("…, i told you already": `input-words.chat-asides`). The parent's own notes
 * keep the whole; only the record is trimmed, and never to nothing.
 */
import type { ContentCatalog } from '../../content/catalog.js';
import { emailBody } from '../advice/email-frame.js';

const asides = new WeakMap<ContentCatalog, RegExp[]>();

/** The words without a chat aside at their end, or as they were when nothing else is left. */
export function withoutChatAside(content: ContentCatalog, text: string): string {
  let patterns = asides.get(content);
  if (!patterns) asides.set(content, (patterns = content.words('input-words.chat-asides').map((p) => new RegExp(p, 'i'))));
  const trimmed = patterns.reduce((t, p) => t.replace(p, ''), text).trim();
  return /\p{L}/u.test(trimmed) ? trimmed : text;
}

/** What the school said, for the record: the body of a pasted email, without its headers. */
export const schoolWordsForRecord = (text: string): string => emailBody(text);
