/**
 * Per-row isolation on reads. A row whose stored JSON is broken, or whose sealed value will not
 * open (a damaged page, a bad restore), must cost that row only: it is skipped, remembered by
 * table and id for its parent, and the caller asks afterwards how many were skipped so it can
 * say "1 entry could not be read" while showing everything else. A wrong key is caught once, at
 * open (`verifyDataKey`), so a value that fails here is damage, not a key problem.
 */
export class UnreadableRows {
  private readonly byUser = new Map<string, Set<string>>();

  mark(userId: string, table: string, id: number | string): void {
    let set = this.byUser.get(userId);
    if (!set) this.byUser.set(userId, (set = new Set()));
    set.add(`${table}:${id}`);
  }

  /** How many distinct rows about this parent were skipped since the last call; forgets them. */
  take(userId: string): number {
    const n = this.byUser.get(userId)?.size ?? 0;
    this.byUser.delete(userId);
    return n;
  }

  /** Reads each raw row with `read`; one that throws is skipped and marked (its id from `idOf`). */
  readEach<T>(userId: string, table: string, raws: readonly unknown[], read: (raw: unknown) => T): T[] {
    const out: T[] = [];
    for (const raw of raws) {
      try {
        out.push(read(raw));
      } catch {
        this.mark(userId, table, idOf(raw));
      }
    }
    return out;
  }

  /** A value that will not open becomes null (the row itself is kept), and is counted. */
  orNull<T>(userId: string, table: string, id: number | string, read: () => T): T | null {
    try {
      return read();
    } catch {
      this.mark(userId, table, id);
      return null;
    }
  }
}

function idOf(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null && 'id' in raw) return String((raw as { id: unknown }).id);
  return 'unknown';
}
