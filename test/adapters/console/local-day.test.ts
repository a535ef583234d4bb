/**
 * The parent's own day, not the UTC day (walkthrough W-L1): a Texas mother answering "today" at
 * 8 pm Central on Monday 7 December is writing about 7 December, in her notes and her letter,
 * though it is already 8 December in UTC. The console's zone is the machine's (TZ); the check-in's
 * zone, once given, comes first; with no zone known at all the day is the UTC day, as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { runConsoleChat } from '../../../src/adapters/console/console-chat.js';
import { FixedClock, makeTestApp, tempDir, type TestApp } from '../../support/builders.js';

/** 02:00 UTC on Tuesday 8 December 2026: 8 pm on Monday 7 December in Chicago (CST, UTC-6). */
const EVENING_IN_TEXAS = new Date('2026-12-08T02:00:00Z');

/** The walkthrough's first steps, "today" at "When was this?", then the first button to a letter. */
const TEXAS = ['They said no', 'Mateo', 'A shortened day', 'We need more data before we change anything', 'The assistant principal', 'today', ...Array<string>(14).fill('1')];

let app: TestApp | undefined;
const savedTz = process.env['TZ'];
afterEach(() => {
  app?.cleanup();
  app = undefined;
  if (savedTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = savedTz;
});

async function chat(lines: string[], opts: { zone?: string } = {}): Promise<{ text: string; app: TestApp }> {
  app = makeTestApp({ clock: new FixedClock(EVENING_IN_TEXAS) });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  const tmp = tempDir();
  const done = runConsoleChat({ engine: app.engine, user: 'local', input, output, filesDir: tmp.dir, interactive: false, ...(opts.zone ? { zone: opts.zone } : {}) });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  tmp.cleanup();
  return { text, app };
}

/** The first steps through the engine, as a channel other than the console hands them over. */
async function through(a: TestApp, opts: { user: string; channel?: 'discord' | 'slack'; zone?: string }, lines = TEXAS.slice(0, 8), zoneOnce = false): Promise<void> {
  await a.send({ kind: 'command', name: 'resume', args: '' }, opts);
  const later = zoneOnce ? { user: opts.user } : opts;
  for (const line of lines) await a.send(line, later);
}

const statementOf = (a: TestApp, user: string) => a.store.listNotes(user).find((n) => n.kind === 'statement');

describe("the parent's own day (W-L1)", () => {
  it('the console takes the machine zone: "today" at 8 pm Central is 7 December in the notes and the letter', async () => {
    process.env['TZ'] = 'America/Chicago';
    const { text, app: a } = await chat(TEXAS);
    expect(statementOf(a, 'local')?.saidOn).toBe('2026-12-07');
    const notes = a.store.listNotes('local');
    expect(notes.length).toBeGreaterThan(3);
    for (const n of notes) expect(n.day).toBe('2026-12-07');
    expect(text).toContain('Date: December 7, 2026');
    expect(text).not.toContain('December 8');
  });

  it('the notes command dates the notes on the parent\'s day', async () => {
    const { text } = await chat([...TEXAS, '/notes'], { zone: 'America/Chicago' });
    const notes = text.slice(text.lastIndexOf('you › /notes'));
    expect(notes).toContain('2026-12-07');
    expect(notes).not.toContain('2026-12-08');
  });

  it('with no zone known (a Discord parent, no check-in) the day is the UTC day, as before', async () => {
    app = makeTestApp({ clock: new FixedClock(EVENING_IN_TEXAS) });
    await through(app, { user: 'discord:42', channel: 'discord' });
    expect(statementOf(app, 'discord:42')?.saidOn).toBe('2026-12-08');
    for (const n of app.store.listNotes('discord:42')) expect(n.day).toBe('2026-12-08');
  });

  it("the check-in's zone comes before the channel's", async () => {
    app = makeTestApp({ clock: new FixedClock(EVENING_IN_TEXAS) });
    app.store.ensureUser('local', EVENING_IN_TEXAS.toISOString());
    app.store.logs.updateCheckin('local', { zone: 'Europe/London' }, EVENING_IN_TEXAS.toISOString());
    await through(app, { user: 'local', zone: 'America/Chicago' });
    expect(statementOf(app, 'local')?.saidOn).toBe('2026-12-08');
  });

  it('a channel zone given once is kept for turns that carry none (the scheduler, the command line)', async () => {
    app = makeTestApp({ clock: new FixedClock(EVENING_IN_TEXAS) });
    await through(app, { user: 'local', zone: 'America/Chicago' }, TEXAS.slice(0, 8), true);
    expect(statementOf(app, 'local')?.saidOn).toBe('2026-12-07');
  });

  it('a zone that is not a real one is ignored, never a refused turn', async () => {
    app = makeTestApp({ clock: new FixedClock(EVENING_IN_TEXAS) });
    await through(app, { user: 'local', zone: 'Mars/Olympus_Mons' });
    expect(statementOf(app, 'local')?.saidOn).toBe('2026-12-08');
  });
});
