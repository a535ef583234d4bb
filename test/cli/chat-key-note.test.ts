/**
 * The console chat without a data key says so once, in words: on stderr for a scripted run (its
 * stdout stays the transcript), never as a JSON log line (the README's first example pipes lines
 * into npm start, and a parent read a log line there). With a key, nothing is said.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/builders.js';
import { cli } from '../support/cli.js';

const KEY = Buffer.alloc(32, 3).toString('base64');

describe('chat, scripted', () => {
  const dirs: { cleanup(): void }[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));

  it('says plainly on stderr that notes are stored unencrypted, with no log line', async () => {
    const d = tempDir();
    dirs.push(d);
    const r = await cli(['chat', '--db', join(d.dir, 'chat.db')], {}, 'hello\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Note: your notes are stored unencrypted');
    expect(r.stderr).not.toContain('"level"');
    expect(r.stdout).not.toContain('unencrypted');
  });

  it('says nothing about it with a data key', async () => {
    const d = tempDir();
    dirs.push(d);
    const r = await cli(['chat', '--db', join(d.dir, 'chat.db')], { NEXTSTEP_DATA_KEY: KEY }, 'hello\n');
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('unencrypted');
  });
});
