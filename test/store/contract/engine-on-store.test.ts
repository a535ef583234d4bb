/**
 * The engine on both stores: the same scripted conversation gives the same reply keys and the
 * same notes, and a second app opened on the same data resumes it (the question re-asked).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { FixedClock, keys } from '../../support/builders.js';
import { conversationScript, scriptEventId } from '../../trust/support/trust-app.js';
import { FACTORIES, turn, type StoreFactory } from './store-factories.js';


const transcripts = new Map<string, { replies: string[][]; notes: unknown[] }>();

describe.each(FACTORIES.map((f) => [f().name, f] as const))('%s store: the engine', (name, make) => {
  const factory: StoreFactory = make();
  afterAll(() => factory.cleanup());

  it('runs a conversation, and a second app resumes it', async () => {
    const clock = new FixedClock();
    const script = conversationScript(1);
    const a = await factory.app(clock);
    const replies: string[][] = [];
    for (const [j, input] of script.slice(0, 8).entries()) {
      replies.push(keys(await turn(a.engine, clock, 'parent-1', scriptEventId(1, j), input)));
      clock.advance(1000);
    }
    await a.close();

    clock.advance(3_600_000); // back an hour later: welcomed back
    const b = await factory.app(clock);
    const resumed = await turn(b.engine, clock, 'parent-1', 'resume-1', { kind: 'command', name: 'resume', args: '' });
    expect(keys(resumed)).toContain('engine.welcome-back');
    // A repeated event (a platform's retry) is answered once.
    expect(await turn(b.engine, clock, 'parent-1', scriptEventId(1, 7), script[7] ?? { kind: 'text', text: '' })).toEqual([]);
    for (const [j, input] of script.slice(8).entries()) {
      replies.push(keys(await turn(b.engine, clock, 'parent-1', scriptEventId(1, j + 8), input)));
      clock.advance(1000);
    }
    const notes = await b.store.runTurn?.({ userId: 'parent-1' }, () => b.store.listNotes('parent-1')) ?? b.store.listNotes('parent-1');
    expect(notes.length).toBeGreaterThan(3);
    transcripts.set(name, { replies, notes: notes.map((n) => [n.kind, n.topic, n.text, n.at]) });
    await b.close();
  });
});

describe('both stores', () => {
  it('give the same replies and notes', () => {
    expect(transcripts.size).toBe(2);
    expect(transcripts.get('postgres')).toEqual(transcripts.get('sqlite'));
  });
});
