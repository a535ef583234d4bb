/**
 * Discord's side of a long paste (core's rule: pasted-words.ts). Its client sends text longer than
 * a message allows (2,000 characters, 4,000 with Nitro) as a file, `message.txt`, with the message
 * itself empty; the file is fetched from Discord's own file hosts only, within a time.
 */
import { PASTE_MAX_BYTES, type AttachedFile } from '../../core/pasted-words.js';

/** Where Discord serves attachments. */
export const DISCORD_FILE_ORIGINS: readonly string[] = ['https://cdn.discordapp.com', 'https://media.discordapp.net'];
const READ_TIMEOUT_MS = 5000;

/** The file's words, or null when it could not be read in time or was larger than said. */
export async function readPastedFile(file: AttachedFile): Promise<string | null> {
  const res = await fetch(file.url, { signal: AbortSignal.timeout(READ_TIMEOUT_MS), redirect: 'error' });
  if (!res.ok) return null;
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.byteLength > PASTE_MAX_BYTES) return null;
  return new TextDecoder('utf-8').decode(bytes);
}
