import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runConsoleChat, toInput } from '../../../src/adapters/console/console-chat.js';
import { renderForConsole } from '../../../src/adapters/console/render-console.js';
import { fixedClassifier, makeTestApp, tempDir } from '../../support/builders.js';

async function script(lines: string[], app = makeTestApp({ classifier: fixedClassifier('data') })) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  const tmp = tempDir();
  const done = runConsoleChat({ engine: app.engine, user: 'local', input, output, filesDir: tmp.dir, interactive: false });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  tmp.cleanup();
  return { text, app };
}

/**
 * A terminal chat fed `chunks` 200 ms apart (each as a paste or a keypress would arrive), then
 * "quit": what the engine was handed, each turn as its text or /command.
 */
async function typedInTerminal(chunks: string[]): Promise<string[]> {
  const seen: string[] = [];
  const engine = {
    handleTurn: async (t: { input: { kind: string; text?: string; name?: string } }) => {
      seen.push(t.input.kind === 'text' ? (t.input.text ?? '') : `/${t.input.name}`);
      return [];
    },
    ack: () => undefined,
    undelivered: () => [],
    deps: { clock: { now: () => new Date() } },
  } as unknown as Parameters<typeof runConsoleChat>[0]['engine'];
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const tmp = tempDir();
  const done = runConsoleChat({ engine, user: 'local', input, output, filesDir: tmp.dir, interactive: true });
  for (const chunk of chunks) {
    input.write(chunk);
    await new Promise((r) => setTimeout(r, 200));
  }
  input.write('quit\n');
  await done;
  tmp.cleanup();
  return seen;
}

describe('console chat', () => {
  it('renders choices as numbered options and accepts a number or a label', async () => {
    const { text, app } = await script(['1', 'Bean']);
    expect(text).toMatch(/ {2}1\. /);
    expect(app.store.listCases('local').map((c) => c.nickname)).toEqual(['Bean']);
    app.cleanup();
  });

  it('in a terminal, takes a pasted email as one message, and lines typed apart as separate ones', async () => {
    const seen = await typedInTerminal(['Dear Mrs Okafor,\nWe cannot agree a reduced timetable.\nKind regards,\nMr Hill\n', 'Bean\n']);
    expect(seen).toEqual(['/resume', 'Dear Mrs Okafor,\nWe cannot agree a reduced timetable.\nKind regards,\nMr Hill', 'Bean']);
  });

  it('in a terminal, keeps a pasted email whole when its last line has no line break and Enter comes later', async () => {
    // Copied from an email, the signature's last line carries no line break: it waits in the
    // input line until the parent presses Enter, a moment later.
    const seen = await typedInTerminal(['Dear Mr Osei,\nThis is not something we do here.\nMrs K Whitlock\nHead of Year 9', '\n', 'Bean\n']);
    expect(seen).toEqual(['/resume', 'Dear Mr Osei,\nThis is not something we do here.\nMrs K Whitlock\nHead of Year 9', 'Bean']);
  });

  it('reads /commands as commands', () => {
    expect(toInput('/say we have no staff')).toEqual({ kind: 'command', name: 'say', args: 'we have no staff' });
    expect(toInput('hello')).toEqual({ kind: 'text', text: 'hello' });
  });

  it('shows a 0-10 scale as its numbers, so a typed number is the score, not a position', () => {
    const scale = { type: 'question' as const, key: 'q', text: 'How hard?', promptId: 'p', freeText: true, choices: [0, 1, 2, 10].map((n) => ({ id: `d:${n}`, label: String(n) })) };
    const r = renderForConsole([scale]);
    expect(r.text).toContain('  0  1  2  10');
    expect(r.text).not.toMatch(/\d\. /);
    const listed = renderForConsole([{ ...scale, choices: [{ id: 'a', label: '1 h' }, { id: 'b', label: 'Not sure' }] }]);
    expect(listed.text).toContain('  1. 1 h\n  2. Not sure');
  });

  it('prints the engine\'s "or type" hint under the options, and nothing when there is none', () => {
    const q = { type: 'question' as const, key: 'q', text: 'Which?', promptId: 'p', freeText: true, choices: [{ id: 'a', label: 'A' }] };
    expect(renderForConsole([{ ...q, hint: 'Or type your own answer.' }]).text).toBe('Which?\n  1. A\n  Or type your own answer.');
    expect(renderForConsole([q]).text).toBe('Which?\n  1. A');
  });

  it('prints documents in full and lists them as files', () => {
    const r = renderForConsole([{ type: 'document', key: 'k', title: 'Letter', filename: 'l.md', mime: 'text/markdown', body: 'Dear team' }]);
    expect(r.text).toContain('Dear team');
    expect(r.files).toEqual([{ filename: 'l.md', data: 'Dear team' }]);
  });

  it('saves a data file (JSON, CSV) without printing it: a file to keep, not to read in the terminal (S-L6)', () => {
    for (const [filename, mime] of [['case-file.json', 'application/json'], ['notes.csv', 'text/csv']] as const) {
      const r = renderForConsole([{ type: 'document', key: 'k', title: 'Your case file', filename, mime, body: '{"notes":[{"text":"SECRET-BODY"}]}' }]);
      expect(r.text).not.toContain('SECRET-BODY');
      expect(r.text).toContain(filename);
      expect(r.files.map((f) => [f.filename, f.data])).toEqual([[filename, '{"notes":[{"text":"SECRET-BODY"}]}']]);
      // Printed only if it cannot be saved (faults.test.ts), so nothing is lost.
      expect(r.files[0]?.printIfNotSaved).toContain('SECRET-BODY');
    }
  });

  it('runs as `npm run cli -- chat` from stdin, exits 0, and resumes where it stopped', () => {
    const tmp = tempDir();
    const db = join(tmp.dir, 'chat.db');
    const run = (input: string) =>
      spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/main.ts', 'chat', '--db', db], { input, encoding: 'utf8', timeout: 60_000 });
    const first = run('1\nBean\n');
    expect(first.status).toBe(0);
    const second = run('');
    expect(second.status).toBe(0);
    // The pending question after "Bean" was "what did you ask for?": it is asked again.
    expect(second.stdout).toMatch(/what did you ask the school for/i);
    const notes = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/main.ts', 'notes', '--user', 'local', '--db', db, '--json'], { encoding: 'utf8' });
    expect(notes.status).toBe(0);
    expect(JSON.parse(notes.stdout)).toEqual([]);
    tmp.cleanup();
  });
});
