/**
 * The command line's promises, for every command: --help, one-line failures with a non-zero
 * status, no database created by a command that reads, an unknown parent refused in one way,
 * files kept unless --force, the same rule for missing folders, progress on stderr.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandNames } from '../../src/cli/index.js';
import { tempDir } from '../support/builders.js';
import { cli } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const t = tempDir('nextstep-cli-');
const db = join(t.dir, 'known.db');
afterAll(() => t.cleanup());

/** One line on stderr, no stack, no raw errno. */
function oneLine(stderr: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/ENOENT|EACCES|Unexpected error|\n\s+at /);
}

beforeAll(async () => {
  // A known parent with one note, through the chat's own path (checkin creates the parent).
  expect((await cli(['checkin', '--db', db, '--user', 'known', '--school-day', '6'])).code).toBe(0);
});

describe('every command', () => {
  const names = commandNames();

  it('is listed (the registry is what is tested)', () => {
    expect(names).toEqual(expect.arrayContaining(['chat', 'notes', 'classify', 'checkin', 'due', 'import', 'summary', 'chart', 'letter', 'export', 'forget', 'discord register', 'discord invite', 'rotate-key']));
  });

  it.each(names)('%s --help prints its usage and exits 0', async (name) => {
    const r = await cli([...name.split(' '), '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: npm run -s cli -- ${name}`);
    expect(r.stdout).toContain('--help');
    expect(r.stderr).toBe('');
  });

  it.each(names)('%s with an unknown option fails in one line, exit 2, naming its help', async (name) => {
    const r = await cli([...name.split(' '), '--no-such-option', 'x']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain(`${name} --help`);
  });

  it('an unknown command suggests the near one, in one line', async () => {
    const r = await cli(['nots']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('notes');
  });
});

describe('a database that is not there', () => {
  const missing = join(t.dir, 'typo.db');
  const reads: string[][] = [
    ['notes', '--user', 'known'],
    ['summary', '--user', 'known'],
    ['chart', '--user', 'known', '--out', join(t.dir, 'c.png')],
    ['letter', '--user', 'known', '--kind', 'need-request'],
    ['export', '--user', 'known', '--out', join(t.dir, 'packet-missing-db')],
    ['forget', '--user', 'known', '--yes'],
    ['due', '--now', '2026-11-24T07:30:00Z'],
    ['rotate-key', '--new-key', Buffer.alloc(32, 1).toString('base64')],
  ];
  it.each(reads)('%s … is refused, and no empty database is made', async (...argv) => {
    const r = await cli([...argv, '--db', missing]);
    expect(r.code).toBe(1);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(new RegExp(`^${argv[0]}: no database at .*typo\\.db \\(check --db or NEXTSTEP_DB`));
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(join(t.dir, 'packet-missing-db'))).toBe(false);
  });
});

describe('a parent the database does not know', () => {
  it.each([
    ['notes', '--user', 'stranger'],
    ['summary', '--user', 'stranger'],
    ['chart', '--user', 'stranger', '--out', join(t.dir, 's.png')],
    ['letter', '--user', 'stranger', '--kind', 'need-request'],
    ['export', '--user', 'stranger', '--out', join(t.dir, 'packet-stranger')],
  ])('%s … is refused the same way', async (...argv) => {
    const r = await cli([...argv, '--db', db]);
    expect(r.code).toBe(1);
    oneLine(r.stderr);
    expect(r.stderr).toBe(`${argv[0]}: no parent "stranger" in ${db} (check --user; the console chat's parent is "local")\n`);
    expect(existsSync(join(t.dir, 'packet-stranger'))).toBe(false);
  });
});

describe('files written', () => {
  it('chart and letter refuse a missing folder the same way, creating nothing', async () => {
    const chart = await cli(['chart', '--db', db, '--user', 'known', '--out', join(t.dir, 'nope', 'c.png')]);
    const letter = await cli(['letter', '--db', db, '--user', 'known', '--kind', 'need-request', '--out', join(t.dir, 'nope', 'l.md')]);
    for (const r of [chart, letter]) {
      expect(r.code).toBe(1);
      oneLine(r.stderr);
      expect(r.stderr).toContain(`folder ${join(t.dir, 'nope')} does not exist`);
    }
    expect(existsSync(join(t.dir, 'nope'))).toBe(false);
  });

  it('letter and export keep an existing file unless --force', async () => {
    const file = join(t.dir, 'letter.md');
    writeFileSync(file, 'mine');
    const kept = await cli(['letter', '--db', db, '--user', 'known', '--kind', 'need-request', '--out', file]);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toContain('already exists (add --force to overwrite it)');
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect((await cli(['letter', '--db', db, '--user', 'known', '--kind', 'need-request', '--out', file, '--force'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe('mine');

    const dir = join(t.dir, 'packet');
    const first = await cli(['export', '--db', db, '--user', 'known', '--format', 'json', '--out', dir, '--json']);
    expect(first.code, first.stderr).toBe(0);
    const [path] = (JSON.parse(first.stdout) as { files: string[] }).files;
    const second = await cli(['export', '--db', db, '--user', 'known', '--format', 'json', '--out', dir]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`${path} already exists (add --force to overwrite)`);
    expect((await cli(['export', '--db', db, '--user', 'known', '--format', 'json', '--out', dir, '--force'])).code).toBe(0);
  });

  it('export: progress on stderr, only JSON on stdout', async () => {
    const r = await cli(['export', '--db', db, '--user', 'known', '--format', 'json', '--out', join(t.dir, 'progress'), '--json']);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toMatch(/^export: gathering the case file for "known"\n[\s\S]*export: wrote 1 file\n$/);
  });

  it('export --out under /proc fails at once, in one line, and leaves nothing', async () => {
    const started = Date.now();
    const r = await cli(['export', '--db', db, '--user', 'known', '--out', '/proc/nextstep-export-test']);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.code).toBe(1);
    oneLine(r.stderr);
    expect(r.stderr).toContain('could not write /proc/nextstep-export-test: nothing can be created there');
  });

  it('a real export process stops on Ctrl-C (SIGINT)', async () => {
    mkdirSync(join(t.dir, 'sigint'), { recursive: true });
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'export', '--db', db, '--user', 'known', '--format', 'pdf', '--out', join(t.dir, 'sigint', 'out')], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 300));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const r = await exited;
    clearTimeout(timer);
    // Ended by the interrupt itself (or already finished): never hung until the SIGKILL above.
    expect(r.signal === 'SIGINT' || r.code === 0 || r.code === 130).toBe(true);
  });
});
