/**
 * After mends10 (W13-2, letter half): the letter drafted from the notes (chat `letter`, and the
 * command line's `letter`) shows the school's line it quotes before drafting, as the kind-of-no
 * and say-next letters do; in chat it can be put right or left out at the wording check, and the
 * command line names it and takes `--leave-out statement` (or `--reword statement=…`).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TurnInput } from '../../../src/core/types.js';
import { appsPerTest, cli, cmd, documents, pick, question, tellTriage, type CaseApp } from './support.js';

const app = appsPerTest();
const QUOTE = 'We need more attendance data first';

function turn(a: CaseApp, input: TurnInput) {
  return a.engine.handleTurn({ id: randomUUID(), channel: 'console', user: 'parent-a', where: 'dm', input, receivedAt: a.clock.now() });
}

async function toldAndAnswered(a: CaseApp): Promise<void> {
  await tellTriage(a, { nickname: 'Robin', request: 'A later start and a quiet room', statement: `${QUOTE}.`, who: 'Mrs Okafor' });
  await a.send('They want six weeks of attendance records');
  await a.send('The form tutor will fill in a tracking sheet');
  await a.send(pick('nothing-yet'));
  await a.send('by 14 March');
}

/** The chat letter from the notes, data-request, up to its wording check. */
async function atCheck(a: CaseApp) {
  await toldAndAnswered(a);
  await turn(a, cmd('letter'));
  let r = await turn(a, pick('kind:data-request'));
  // The school's name and the sign-off, asked once before a first letter: answered; the check is the test's.
  for (let i = 0; i < 2 && ['facts.ask-school-name', 'facts.ask-sign-off'].includes(question(r).key); i++) {
    r = await turn(a, question(r).key === 'facts.ask-school-name' ? pick('nickname') : { kind: 'text', text: 'Alex Morgan' });
  }
  return r;
}

describe('the chat letter from the notes shows the school\'s line it quotes', () => {
  it('the quoted line is in the preview and can be chosen to change', async () => {
    const a = app();
    const check = await atCheck(a);
    expect(question(check).key).toBe('facts.check-wording');
    const preview = check.find((r) => r.key === 'facts.wording-preview');
    expect(preview?.type === 'text' ? preview.text : '').toContain(QUOTE);
    const which = await turn(a, pick('change'));
    expect(question(which).key).toBe('facts.ask-which-line');
    expect(question(which).choices.map((c) => c.id)).toContain('line:statement');
  });

  it('left out: the letter has no quote, and a later letter from the notes leaves it out too', async () => {
    const a = app();
    await atCheck(a);
    await turn(a, pick('change'));
    const reword = await turn(a, pick('line:statement'));
    expect(question(reword).key).toBe('facts.ask-reword');
    expect(question(reword).choices.map((c) => c.id)).toContain('leave-out');
    await turn(a, pick('leave-out'));
    const [doc] = documents(await turn(a, pick('ok')));
    expect(doc?.body).toBeTruthy();
    expect(doc?.body).not.toContain(QUOTE);
    a.close();
    const r = await cli(['letter', '--db', a.dbPath, '--user', 'parent-a', '--kind', 'data-request']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(QUOTE);
  });
});

describe('the command line\'s letter names the school\'s line it quotes', () => {
  it('lists it on standard error before the letter, with --leave-out; --json names it as quoted', async () => {
    const a = app();
    await toldAndAnswered(a);
    a.close();
    const base = ['letter', '--db', a.dbPath, '--user', 'parent-a', '--kind', 'data-request'];
    const r = await cli(base);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(QUOTE);
    const quotedLine = r.stderr.split('\n').find((l) => l.startsWith('  statement: '));
    expect(quotedLine).toContain(QUOTE);
    expect(r.stdout.split('\n').map((l) => l.trim())).toContain(quotedLine?.slice('  statement: '.length));
    expect(r.stderr).toContain('--leave-out statement');
    const j = await cli([...base, '--json']);
    expect((JSON.parse(j.stdout) as { quoted: string[] }).quoted).toEqual(['statement']);
  });

  it('--leave-out statement drafts it without the quote; a line the letter cannot do without is a usage error', async () => {
    const a = app();
    await toldAndAnswered(a);
    a.close();
    const base = ['letter', '--db', a.dbPath, '--user', 'parent-a', '--kind', 'data-request'];
    const r = await cli([...base, '--leave-out', 'statement']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(QUOTE);
    expect(r.stderr).not.toContain('  statement: ');
    expect((await cli([...base, '--leave-out', 'request'])).code).toBe(2);
    expect((await cli([...base, '--leave-out', 'nonsense'])).code).toBe(2);
  });
});
