/**
 * The console under faults: a document that cannot be saved (a path in the way, a full disk)
 * costs a kind line, never a stack trace or the rest of the chat; and a script of many lines is
 * read at the console's own pace, every line answered and saved (no flood control on a console).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsoleChat, type ConsoleChatOptions } from '../../../src/adapters/console/console-chat.js';
import { fixedClassifier, makeTestApp, tempDir } from '../../support/builders.js';

async function script(lines: string[], opts: Partial<ConsoleChatOptions> & { filesDir: string }, app = makeTestApp({ classifier: fixedClassifier('data') })) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  const done = runConsoleChat({ engine: app.engine, user: 'local', input, output, interactive: false, ...opts });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return { text, app };
}

const enospc = (): never => {
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
};

describe('console: documents that cannot be written', () => {
  it('a path in the way (a real ENOTDIR): a kind line naming the file, no stack, the chat goes on', async () => {
    const tmp = tempDir();
    const blocker = join(tmp.dir, 'files');
    writeFileSync(blocker, 'not a folder');
    const { text, app } = await script(['/export json', '/notes'], { filesDir: blocker });
    try {
      expect(text).toContain(app.content.render('console.file-not-saved.other', { name: 'x' }).split('x')[0]);
      expect(text).not.toMatch(/\n\s+at .*\(/); // no stack frames
      expect(text).not.toContain('ENOTDIR');
      // The export, not saved, was printed instead (nothing lost), and the next line was answered.
      expect(text).toContain('"notes"');
      expect((text.match(/you › /g) ?? []).length).toBe(2);
    } finally {
      app.cleanup();
      tmp.cleanup();
    }
  });

  it('a full disk (ENOSPC at the write): says the disk is full, keeps going, nothing lost', async () => {
    const tmp = tempDir();
    const { text, app } = await script(['/export json', '/say We need more data before we change anything.'], { filesDir: tmp.dir, writeFile: enospc });
    try {
      const line = app.content.render('console.file-not-saved.no-space', { name: '§' });
      const [before] = line.split('§');
      expect(text).toContain(before);
      expect(text).not.toMatch(/\n\s+at .*\(/);
      expect(app.store.listNotes('local').length).toBeGreaterThan(0);
    } finally {
      app.cleanup();
      tmp.cleanup();
    }
  });
});

describe('console: a script is read at its own pace', () => {
  it('60 piped lines: 60 answers, every statement saved, none told to slow down', async () => {
    const tmp = tempDir();
    const lines = Array.from({ length: 60 }, (_, i) => `/say We need more data before we change anything, reason number ${i + 1}.`);
    const { text, app } = await script(lines, { filesDir: tmp.dir });
    try {
      const slow = app.content.render('engine.slow-down');
      expect(text).not.toContain(slow.slice(0, 40));
      expect((text.match(/you › /g) ?? []).length).toBe(60);
      const statements = app.store.listNotes('local').filter((n) => /reason number \d+/.test(n.text));
      const numbers = new Set(statements.map((n) => /reason number (\d+)/.exec(n.text)?.[1]));
      expect(numbers.size).toBe(60);
    } finally {
      app.cleanup();
      tmp.cleanup();
    }
  }, 60_000);
});

describe('CLI: an output that cannot be written', () => {
  it('export into a path blocked by a file: one line naming the path, exit 1, no stack', async () => {
    const { cli } = await import('../../support/cli.js');
    const app = makeTestApp({ classifier: fixedClassifier('data') });
    const tmp = tempDir();
    try {
      await app.send({ kind: 'command', name: 'say', args: 'We need more data before we change anything.' }, { user: 'p1' });
      app.close();
      const blocker = join(tmp.dir, 'out');
      writeFileSync(blocker, 'in the way');
      const r = await cli(['export', '--user', 'p1', '--format', 'json', '--out', join(blocker, 'sub'), '--db', app.dbPath]);
      expect(r.code).toBe(1);
      // The path in the way is named before any work is done.
      expect(r.stderr).toMatch(/^export: .*out is a file, not a folder \(choose another --out\)\n$/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      app.cleanup();
      tmp.cleanup();
    }
  });
});
