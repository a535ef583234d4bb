/**
 * Words a parent sent as a file, the same on every platform. A chat client may send a paste
 * longer than a message allows as a text file, with the message itself empty (Discord's client:
 * `message.txt`, over 2,000 characters): a parent who pastes the school's long email would
 * otherwise be told it "came through empty". So a private message's first plain-text file is
 * read as words, within a size, and only from the platform's own file hosts (the address comes in
 * the event); a file that cannot be read leaves the words typed; any other file (a photo, a PDF)
 * marks the message as carrying one the bot cannot open, so the parent is told and asked to type
 * it. What is written in a shared channel, and a bot's files, are never read. The adapter gives
 * its platform's hosts and how to fetch a file.
 */
import { MAX_TEXT_CHARS } from './types.js';

export interface AttachedFile {
  name: string;
  contentType: string | null;
  size: number;
  url: string;
}

/**
 * Bytes read at most: well past the engine's longest message in any UTF-8, so a paste too long for
 * it is still read as words and refused kindly as too long by the engine, never as a file it
 * cannot open; a file past this is not fetched.
 */
export const PASTE_MAX_BYTES = MAX_TEXT_CHARS * 4 * 10;

/** The attachment that holds typed words (plain text, within the size), if one came from an allowed origin. */
export function pastedFile(files: readonly AttachedFile[], origins: readonly string[]): AttachedFile | null {
  const text = files.find((f) => (f.contentType ? f.contentType.startsWith('text/plain') : f.name.toLowerCase().endsWith('.txt')));
  if (!text || text.size > PASTE_MAX_BYTES) return null;
  let origin: string;
  try {
    origin = new URL(text.url).origin;
  } catch {
    return null;
  }
  return origins.includes(origin) ? text : null;
}

/** The message's words: what was typed, then the pasted file's. */
const withPasted = (content: string, pasted: string | null): string => [content.trim(), pasted?.trim() ?? ''].filter(Boolean).join('\n\n');

/**
 * What a message said, with its files (`private`: a DM from a parent, whose files may be read).
 * `read` fetches a file's words (null when it could not be read in time or was larger than said);
 * a failure goes to `failed` (logged by the adapter) and leaves the words typed.
 */
export async function sentWords(
  m: { content: string; files: readonly AttachedFile[]; private: boolean },
  origins: readonly string[],
  read: (file: AttachedFile) => Promise<string | null>,
  failed: (err: unknown) => void,
): Promise<{ content: string; file?: true }> {
  if (!m.private || m.files.length === 0) return { content: m.content };
  const file = pastedFile(m.files, origins);
  if (!file) return { content: m.content, file: true };
  try {
    return { content: withPasted(m.content, await read(file)) };
  } catch (err) {
    failed(err);
    return { content: m.content };
  }
}
