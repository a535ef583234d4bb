/**
 * The tests' temporary files: one directory for the run, on the RAM disk when the machine has one
 * and TMPDIR was not chosen already, removed at the end (test/support/ram-disk.ts); the durability
 * test's stay on the disk.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diskTempDir, removeRunDir, useRamDiskForTemp } from '../support/ram-disk.js';

describe("the tests' temporary directory", () => {
  const scratch = mkdtempSync(join(tmpdir(), 'ram-disk-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('is a directory of its own on the RAM disk when there is one and TMPDIR is unset; the disk stays known', () => {
    const ram = join(scratch, 'ram');
    mkdirSync(ram);
    const env: NodeJS.ProcessEnv = {};
    const dir = useRamDiskForTemp(env, ram);
    expect(dirname(dir)).toBe(ram);
    expect(env.TMPDIR).toBe(dir);
    expect(existsSync(dir)).toBe(true);
    expect(diskTempDir(env)).toBe(tmpdir());
    // Read a second time, the config keeps the directory it made.
    expect(useRamDiskForTemp(env, ram)).toBe(dir);
    removeRunDir(env);
    expect(existsSync(dir)).toBe(false);
  });

  it('goes under a TMPDIR someone chose, or the disk when the RAM disk is missing or not a directory', () => {
    const chosen = join(scratch, 'chosen');
    mkdirSync(chosen);
    const ram = join(scratch, 'ram2');
    mkdirSync(ram);
    const set: NodeJS.ProcessEnv = { TMPDIR: chosen };
    expect(dirname(useRamDiskForTemp(set, ram))).toBe(chosen);
    expect(diskTempDir(set)).toBe(chosen);
    const file = join(scratch, 'a-file');
    writeFileSync(file, '');
    for (const notThere of [join(scratch, 'no-such-dir'), file]) {
      const env: NodeJS.ProcessEnv = { TMPDIR: undefined };
      delete env.TMPDIR;
      const dir = useRamDiskForTemp(env, notThere);
      expect(dirname(dir)).toBe(tmpdir());
      removeRunDir(env);
    }
  });

  it('sweeps a run directory left hours ago by a run that was killed, and leaves a recent one', () => {
    const ram = join(scratch, 'ram3');
    const old = join(ram, 'nextstep-tests-old');
    const recent = join(ram, 'nextstep-tests-recent');
    mkdirSync(old, { recursive: true });
    mkdirSync(recent);
    const now = Date.now();
    utimesSync(old, new Date(now - 7 * 3600_000), new Date(now - 7 * 3600_000));
    const env: NodeJS.ProcessEnv = {};
    useRamDiskForTemp(env, ram, now);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    removeRunDir(env);
  });

  it('was made for this run by the config, before the workers started, and holds this worker\'s files', () => {
    const dir = process.env.NEXTSTEP_TEST_RUN_DIR as string;
    expect(dir).toContain('nextstep-tests-');
    expect(tmpdir()).toBe(dir);
    expect(diskTempDir()).not.toBe(dir);
  });
});
