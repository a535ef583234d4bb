/**
 * A database file of 0 bytes is not a new database: it is a file that lost its contents (a
 * failed copy, a truncation). Refused with a plain message, and left exactly as it was.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { cli } from '../../support/cli.js';
import { tempDir } from '../../support/builders.js';

describe('a 0-byte database file', () => {
  it('is refused, not taken as a new empty database, and left untouched', async () => {
    const tmp = tempDir();
    try {
      const path = join(tmp.dir, 'nextstep.db');
      writeFileSync(path, '');
      expect(() => new SqliteStore({ path })).toThrow(ConfigError);
      expect(() => new SqliteStore({ path })).toThrow(/0 bytes/);
      expect(statSync(path).size).toBe(0);
      const r = await cli(['notes', '--user', 'p', '--db', path]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/is empty \(0 bytes\)/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(statSync(path).size).toBe(0);
    } finally {
      tmp.cleanup();
    }
  });

  it('a path with no file at all is still a new database', () => {
    const tmp = tempDir();
    try {
      const s = new SqliteStore({ path: join(tmp.dir, 'fresh.db') });
      expect(s.listNotes('p')).toEqual([]);
      s.close();
    } finally {
      tmp.cleanup();
    }
  });
});
