/**
 * A file that could not be written (a letter, an export, a chart), told by kind: what the
 * operating system said, sorted into what a person can act on. Never the path's contents, never
 * a stack trace.
 */
export type WriteFailureKind = 'no-space' | 'read-only' | 'no-permission' | 'other';

export function writeFailureKind(err: unknown): WriteFailureKind {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return 'no-space';
  if (code === 'EROFS') return 'read-only';
  if (code === 'EACCES' || code === 'EPERM') return 'no-permission';
  return 'other';
}

/** The same, in a line for an operator (the CLI's standard error). */
export function writeFailureLine(err: unknown, path: string): string {
  const why: Record<WriteFailureKind, string> = {
    'no-space': 'the disk (or its inodes) is full',
    'read-only': 'the file system is read-only',
    'no-permission': 'permission denied',
    other: `the path cannot be written${typeof err === 'object' && err !== null && 'code' in err ? ` (${String((err as { code: unknown }).code)})` : ''}`,
  };
  return `could not write ${path}: ${why[writeFailureKind(err)]}. Nothing else was changed.`;
}
