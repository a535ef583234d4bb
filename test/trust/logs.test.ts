/**
 * Logs are structured JSON (pino) and never contain what a parent wrote or a child's name:
 * conversations full of distinctive phrases are driven through the engine, the console chat
 * and the CLI with a real pino logger at debug level, including failures whose error messages
 * quote the input; no phrase may appear in the log.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { runConsoleChat } from '../../src/adapters/console/console-chat.js';
import { runCli } from '../../src/cli/index.js';
import type { Classifier } from '../../src/core/ports.js';
import type { TurnInput } from '../../src/core/types.js';
import { createLogger } from '../../src/logging.js';
import { fixedClassifier, tempDir } from '../support/builders.js';
import { cmd, makeTrustApp, pick, resume, text, type TrustApp } from './support/trust-app.js';

const PHRASES = [
  'Thaddeus-Quill',
  'heliotrope reading nook',
  'the periwinkle panel will not fund a keyworker',
  'she wants to kill herself',
  'Mrs Oakenshield-Brightwater',
  'marmalade attendance ledger',
];
const NICK = PHRASES[0] as string;

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
  lines(): Record<string, unknown>[] {
    return this.text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  }
}
const leaks = (log: string) => PHRASES.filter((p) => log.toLowerCase().includes(p.toLowerCase()));

let app: TrustApp | undefined;
let cleanups: (() => void)[] = [];
afterEach(() => {
  app?.cleanup();
  app = undefined;
  cleanups.forEach((c) => c());
  cleanups = [];
});

/** A conversation that touches every kind of reply: triage, a flow, notes, a letter, a crisis, errors. */
async function converse(a: TrustApp, user = 'parent-a'): Promise<void> {
  const s = (input: TurnInput) => a.send(input, { user });
  await s(resume);
  await s(pick('new-no'));
  await s(text(NICK));
  await s(text(`A ${PHRASES[1]} for the mornings`));
  await s(text(`${PHRASES[2]} until there is more data, said ${PHRASES[4]}`));
  await s(text(PHRASES[4] as string));
  await s(pick('today'));
  await s(pick('yes'));
  for (let i = 0; i < 5; i++) await s(text(`${PHRASES[5]} ${i}`));
  await s(cmd('notes'));
  await s(cmd('say', `${PHRASES[2]} again`));
  await s(text(`Last night ${PHRASES[3]}`));
  await s(text(`${NICK} ${'x'.repeat(20_001)}`));
  await s(text(`${NICK} 😭`));
  await s({ kind: 'choice', id: `${NICK}-forged`, promptId: NICK });
  await s({ kind: 'command', name: `${NICK}`, args: PHRASES[1] as string });
  await a.send(text(`${NICK} in public`), { user, where: 'public' });
  await a.engine.handleTurn({ id: '', channel: 'console', user: NICK, input: { kind: 'text', text: NICK }, receivedAt: new Date() });
}

describe('logs carry no parent text or names', () => {
  it('through the engine at debug level, including duplicates and throttling', async () => {
    const log = new Capture();
    app = makeTrustApp({ logger: createLogger('debug', log), throttle: { burst: 30, perSecond: 1 } });
    await converse(app);
    await app.send(text(NICK), { id: 'dup-1' });
    await app.send(text(NICK), { id: 'dup-1' });
    for (let i = 0; i < 40; i++) await app.send(text(`${PHRASES[1]} ${i}`), { user: 'flooder', channel: 'slack' });
    const lines = log.lines();
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.every((l) => typeof l.level === 'number' && typeof l.msg === 'string')).toBe(true);
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['turn', 'duplicate event ignored', 'turn throttled', 'rejected malformed turn']));
    expect(leaks(log.text)).toEqual([]);
  });

  it('when a turn fails with an error message that quotes the parent', async () => {
    const log = new Capture();
    const quoting: Classifier = {
      classify(t) {
        throw new Error(`could not classify "${t}"`);
      },
      isConfident: () => true,
    };
    app = makeTrustApp({ logger: createLogger('debug', log), classifier: quoting });
    await app.send(resume);
    await app.send(pick('new-no'));
    await app.send(text(NICK));
    await app.send(text(`A ${PHRASES[1]}`));
    const r = await app.send(text(`${PHRASES[2]} and that is final`));
    expect(r.map((x) => x.key)).toEqual(['engine.error']);
    // A stored row that no longer parses: V8's JSON errors quote the text around the fault.
    // (Damaged from outside, through a second connection, as another process would.)
    await new Promise((r) => setImmediate(r)); // let the app's open batch commit first
    const other = new Database(app.dbPath);
    other.prepare(`UPDATE sessions SET snapshot = ? WHERE user_id = 'parent-a'`).run(`{"value": "${NICK} ${PHRASES[1]}`);
    other.close();
    // That row is now restarted kindly rather than failing the turn; either way no text is logged.
    const after = await app.send(text('hello'));
    expect(after.map((x) => x.key)).toContain('engine.flow-restarted');
    expect(log.lines().filter((l) => l.msg === 'saved conversation unreadable; starting afresh')).toHaveLength(1);
    const failures = log.lines().filter((l) => l.msg === 'turn failed');
    expect(failures.length).toBe(1);
    expect(failures.every((l) => typeof l.err === 'string' && typeof l.at === 'string')).toBe(true);
    expect(leaks(log.text)).toEqual([]);
  });

  it('through the console chat and the CLI', async () => {
    const tmp = tempDir('nextstep-logs-');
    cleanups.push(tmp.cleanup);
    const dbPath = join(tmp.dir, 'cli.db');

    // The console adapter, driven by an engine that logs at debug level.
    const log = new Capture();
    app = makeTrustApp({ dbPath: join(tmp.dir, 'console.db'), logger: createLogger('debug', log), classifier: fixedClassifier('data') });
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const done = runConsoleChat({ engine: app.engine, user: 'local', input, output, filesDir: join(tmp.dir, 'files'), interactive: false });
    input.end(['1', NICK, `A ${PHRASES[1]}`, `${PHRASES[2]} today`, '/notes', `/say ${PHRASES[2]}`, PHRASES[3]].map((l) => `${l}\n`).join(''));
    await done;
    expect(leaks(log.text)).toEqual([]);

    // `chat` (what npm start runs) with LOG_LEVEL=debug: its stderr is the log.
    const run = async (args: string[], stdinText = '') => {
      const stdin = new PassThrough();
      const stdout = new PassThrough();
      const stderr = new Capture();
      stdout.resume();
      stdin.end(stdinText);
      const code = await runCli(args, { stdin, stdout, stderr, env: { LOG_LEVEL: 'debug', NEXTSTEP_DB: dbPath } });
      return { code, err: stderr.text };
    };
    const chat = await run(['chat', '--user', 'cli-parent'], ['1', NICK, `A ${PHRASES[1]}`, `${PHRASES[2]} today`, 'notes', PHRASES[3]].map((l) => `${l}\n`).join(''));
    expect(chat.code).toBe(0);
    expect(chat.err).toContain('"level"');
    expect(leaks(chat.err)).toEqual([]);
    const notes = await run(['notes', '--user', 'cli-parent']);
    expect(notes.code).toBe(0);
    expect(leaks(notes.err)).toEqual([]);
    const rotate = await run(['rotate-key', '--new-key', 'a'.repeat(64)]);
    expect(rotate.code).toBe(0);
    expect(leaks(rotate.err)).toEqual([]);
  });
});
