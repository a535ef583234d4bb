/**
 * A long paste in a DM. Discord's client sends text longer than a message allows (2,000
 * characters, 4,000 with Nitro) as a file, `message.txt`, and the message itself arrives empty:
 * a parent who pastes the school's long email would otherwise be told it "came through empty".
 * The words are read from that file: a DM's first text attachment, within a size, fetched only
 * from Discord's own file hosts (the URL comes in the event), never from anywhere else.
 */
import { MAX_TEXT_CHARS } from '../../core/types.js';

/** Where Discord serves attachments. */
export const DISCORD_FILE_ORIGINS: readonly string[] = ['https://cdn.discordapp.com', 'https://media.discordapp.net'];
/**
 * Bytes read at most: well past the engine's longest message in any UTF-8, so a paste too long for
 * it is still read as words and refused kindly as too long by the engine, never as a file it
 * cannot open; a file past this is not fetched.
 */
const MAX_BYTES = MAX_TEXT_CHARS * 4 * 10;
const READ_TIMEOUT_MS = 5000;

export interface AttachedFile {
  name: string;
  contentType: string | null;
  size: number;
  url: string;
}

/** The attachment that holds typed words (plain text, within the size), if one came from an allowed origin. */
export function pastedFile(files: readonly AttachedFile[], origins: readonly string[]): AttachedFile | null {
  const text = files.find((f) => (f.contentType ? f.contentType.startsWith('text/plain') : f.name.toLowerCase().endsWith('.txt')));
  if (!text || text.size > MAX_BYTES) return null;
  let origin: string;
  try {
    origin = new URL(text.url).origin;
  } catch {
    return null;
  }
  return origins.includes(origin) ? text : null;
}

/** The file's words, or null when it could not be read in time or was larger than said. */
export async function readPastedFile(file: AttachedFile): Promise<string | null> {
  const res = await fetch(file.url, { signal: AbortSignal.timeout(READ_TIMEOUT_MS), redirect: 'error' });
  if (!res.ok) return null;
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.byteLength > MAX_BYTES) return null;
  return new TextDecoder('utf-8').decode(bytes);
}

/** The message's words: what was typed, then the pasted file's. */
export const withPasted = (content: string, pasted: string | null): string => [content.trim(), pasted?.trim() ?? ''].filter(Boolean).join('\n\n');
