/**
 * Saving the console's documents and charts in the parent's own folder (so `forget` removes
 * them). A file that cannot be written (a full disk, a read-only or forbidden folder, a path in
 * the way) is not a crash: the document was already shown in full and kept in the notes, so the
 * parent gets one kind line naming the file and the chat goes on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { userFilesDir } from '../../core/user-files.js';
import { writeFailureKind, type WriteFailureKind } from '../write-failure.js';

export type WriteFile = (path: string, data: Uint8Array | string) => void;

export const CONSOLE_WORD_KEYS = ['console.file-not-saved.no-space', 'console.file-not-saved.read-only', 'console.file-not-saved.no-permission', 'console.file-not-saved.other'] as const;

export interface SaveResult {
  saved: string[];
  failed: { name: string; kind: WriteFailureKind }[];
}

export function saveFiles(filesDir: string, user: string, files: readonly { filename: string; data: Uint8Array | string }[], writeFile: WriteFile = writeFileSync): SaveResult {
  const result: SaveResult = { saved: [], failed: [] };
  if (files.length === 0) return result;
  const dir = userFilesDir(filesDir, user);
  for (const f of files) {
    const path = join(dir, f.filename);
    try {
      mkdirSync(dir, { recursive: true });
      writeFile(path, f.data);
      result.saved.push(path);
    } catch (err) {
      result.failed.push({ name: f.filename, kind: writeFailureKind(err) });
    }
  }
  return result;
}
