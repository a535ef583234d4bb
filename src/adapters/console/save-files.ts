/**
 * Saving the console's documents and charts in the parent's own folder (so `forget` removes
 * them), one child's in that child's folder inside it (so erasing the child removes theirs only); a copy the parent asked for (an export) in their own folder under `copiesDir` instead,
 * which `forget` leaves: it is theirs now (kept-copies.ts). A file that cannot be written (a full disk, a read-only or forbidden folder, a path in
 * the way) is not a crash: the document was already shown in full and kept in the notes, so the
 * parent gets one kind line naming the file and the chat goes on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { childFilesDir, userFilesDir } from '../../core/user-files.js';
import { writeFailureKind, type WriteFailureKind } from '../write-failure.js';

export type WriteFile = (path: string, data: Uint8Array | string) => void;

export const CONSOLE_WORD_KEYS = ['console.file-not-saved.no-space', 'console.file-not-saved.read-only', 'console.file-not-saved.no-permission', 'console.file-not-saved.other',
  // A copy the parent exported: theirs, and where it is (kept-copies.ts).
  'console.copies.kept', 'console.copies.before-forget', 'console.copies.after-forget'] as const;

export interface SaveResult {
  saved: string[];
  /** Those of `saved` that are the parent's own copies (kept when they forget). */
  kept: string[];
  failed: { name: string; kind: WriteFailureKind }[];
}

export function saveFiles(
  filesDir: string,
  user: string,
  files: readonly { filename: string; data: Uint8Array | string; keep?: boolean; caseId?: number }[],
  writeFile: WriteFile = writeFileSync,
  copiesDir?: string,
): SaveResult {
  const result: SaveResult = { saved: [], kept: [], failed: [] };
  if (files.length === 0) return result;
  for (const f of files) {
    const kept = f.keep === true && copiesDir !== undefined;
    // One child's file in that child's folder: erasing the child removes it, and no other child's.
    const dir = kept ? userFilesDir(copiesDir, user) : f.caseId === undefined ? userFilesDir(filesDir, user) : childFilesDir(filesDir, user, f.caseId);
    const path = join(dir, f.filename);
    try {
      mkdirSync(dir, { recursive: true });
      writeFile(path, f.data);
      result.saved.push(path);
      if (kept) result.kept.push(path);
    } catch (err) {
      result.failed.push({ name: f.filename, kind: writeFailureKind(err) });
    }
  }
  return result;
}
