/**
^ * Files the bot writes for a parent (letters and packets the console saves) live in one folder
 * per parent, `<data dir>/files/<safe user id>/`, so `forget` can remove them with the rows; a
 * file about one child in that child's folder inside it (`child-<case id>/`), so erasing one
 * child removes theirs and leaves the other children's.
 */
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';

/**
 * A folder name for a user id: readable, safe on every file system, and distinct for ids that
 * differ only in characters that had to be replaced (`slack:T1:U1` vs `slack_T1_U1`).
 */
export function safeUserDirName(userId: string): string {
  const readable = userId.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 60) || 'user';
  const hash = createHash('sha256').update(userId).digest('hex').slice(0, 10);
  return `${readable}-${hash}`;
}

/** The folder holding one parent's files under a files root. */
export function userFilesDir(filesRoot: string, userId: string): string {
  return join(filesRoot, safeUserDirName(userId));
}

/**
 * The folder of one child's files inside their parent's (`child-<case id>`: a number, never the
 * child's name), so erasing that child removes them and no other child's.
 */
export function childFilesDir(filesRoot: string, userId: string, caseId: number): string {
  return join(userFilesDir(filesRoot, userId), childDirName(caseId));
}

export const childDirName = (caseId: number): string => `child-${caseId}`;

/** Whether a name inside a parent's folder is a child's folder (`child-<case id>`). */
export const isChildDirName = (name: string): boolean => /^child-\d+$/.test(name);

/** `<data dir>/files`, next to the database (null for an in-memory database). */
export function filesRootFor(dbPath: string): string | null {
  return dbPath === ':memory:' || dbPath === '' ? null : join(dirname(dbPath), 'files');
}
