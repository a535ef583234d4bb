/**
 * Letters drafted from the notes: each kind carries the facts the notes hold (and the daily-log
 * summary when there is a log), marks what is missing as [ADD: …], and never leaves template
 * syntax behind. Chat: choose a kind with buttons, get a document, and the menu offers "I've sent it".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OFFER_TOPIC } from '../../../flows/advice/offer-states.js';
import { describe, expect, it } from 'vitest';
import { letterFromNotes } from '../../../src/features/case-file/letter-from-notes.js';
import { LETTER_KINDS } from '../../../src/features/case-file/letter-kinds.js';
import { LEFT_OUT } from '../../../flows/advice/letter-wording-states.js';
import { cli, cmd, documents, keysOf, appsPerTest, pick, question, SIGNS_AS, tellTriage, type CaseApp } from './support.js';

const app = appsPerTest();

const STATEMENT = 'We need to gather more attendance data before we can change anything for Robin.';
const REQUEST = 'A later start and a quiet room called the Harbour to go to first';

/** A parent who has been through triage and the "more data" questions, and has been told no twice. */
async function richCase(a: CaseApp): Promise<void> {
  await tellTriage(a, { nickname: 'Robin', request: REQUEST, statement: STATEMENT, who: 'Mrs Okafor' });
  await a.send('They want six weeks of attendance records'); // which data
  await a.send('The form tutor will fill in a tracking sheet'); // how collected
  await a.send(pick('nothing-yet')); // meanwhile
  await a.send('by 14 March'); // by when
  const caseId = a.store.listCases('parent-a')[0]?.id ?? null;
  // A second "no", a week later, from the head.
  a.store.addNote({ userId: 'parent-a', caseId, kind: 'statement', topic: 'triage.statement', text: 'We have never offered a reduced timetable and will not start now.', category: 'precedent', who: 'head', saidOn: '2026-12-02', at: '2026-12-02T15:00:00.000Z', day: '2026-12-02' });
}

describe('letters from the notes', () => {
  it('a partial yes noted after the statement is thanked for; one noted before an older no is not (mends2: the CLI letter left it out)', async () => {
    const a = app();
    await richCase(a);
    const caseId = a.store.listCases('parent-a')[0]?.id ?? null;
    const offer = (text: string, at: string) => a.store.addNote({ userId: 'parent-a', caseId, kind: 'answer', topic: OFFER_TOPIC, text, at, day: at.slice(0, 10) });
    // Before the head's "no" of 2 December: an older offer, not this letter's.
    offer('A quiet room at lunch', '2026-12-01T15:00:00.000Z');
    let letter = letterFromNotes(a.store, a.content, { userId: 'parent-a', kind: 'precedent-request', now: a.clock.now() });
    expect(letter.body).not.toContain('A quiet room at lunch');
    offer('A 9:30 start on two days', '2026-12-02T16:00:00.000Z');
    letter = letterFromNotes(a.store, a.content, { userId: 'parent-a', kind: 'precedent-request', now: a.clock.now() });
    expect(letter.body).toContain('A 9:30 start on two days');
  });

  it('each kind carries the facts from the notes and no template syntax', async () => {
    const a = app();
    await richCase(a);
    const facts: Record<string, string[]> = {
      'need-request': ['Robin', REQUEST],
      'data-request': ['Robin', 'They want six weeks of attendance records', 'The form tutor will fill in a tracking sheet', 'By 14 March', 'Mrs Okafor'],
      'decision-in-writing': ['Robin', REQUEST],
      'meeting-recap': ['Robin'],
      'restate-nos': ['Robin', STATEMENT, 'We have never offered a reduced timetable', '2 December 2026', 'head teacher', 'more data needed first', 'not something the school does'],
      'follow-up': ['Robin', REQUEST],
      'resources-request': ['Robin', REQUEST],
      'precedent-request': ['Robin', REQUEST],
    };
    for (const kind of LETTER_KINDS) {
      const letter = letterFromNotes(a.store, a.content, { userId: 'parent-a', kind, now: a.clock.now() });
      for (const fact of facts[kind] ?? []) expect(letter.body, `${kind}: ${fact}`).toContain(fact);
      expect(letter.body, kind).not.toContain('{{');
      expect(letter.body, kind).not.toContain('}}');
      expect(letter.body, kind).toContain('Date: 25 November 2026');
      // Whatever the notes do not hold is a clearly marked blank, never an empty gap.
      for (const b of letter.blanks) expect(letter.body).toContain(`[ADD: ${a.content.letter(kind)?.vars[b] ?? ''}]`);
      // Signed with the name the parent gave before their first letter in chat.
      expect(letter.blanks).not.toContain('your_name');
      expect(letter.body.trimEnd(), kind).toMatch(new RegExp(`\\n${SIGNS_AS}$`));
    }
  });

  it('leaves out of later letters a line the parent left out in chat (noted as the button\'s words)', async () => {
    const a = app();
    await richCase(a);
    const caseId = a.store.listCases('parent-a')[0]?.id ?? null;
    const leaveOut = a.content.render(LEFT_OUT);
    a.store.addNote({ userId: 'parent-a', caseId, kind: 'answer', topic: 'data.collection', text: leaveOut, at: '2026-11-25T10:00:00.000Z', day: '2026-11-25' });
    const letter = letterFromNotes(a.store, a.content, { userId: 'parent-a', kind: 'data-request', now: a.clock.now() });
    expect(letter.body).not.toContain('The form tutor will fill in a tracking sheet');
    expect(letter.body).not.toContain(leaveOut);
    expect(letter.body).toContain('They want six weeks of attendance records');
  });

  it('lists every "no" in order, with date, who, words and kind', async () => {
    const a = app();
    await richCase(a);
    const { body } = letterFromNotes(a.store, a.content, { userId: 'parent-a', kind: 'restate-nos', now: a.clock.now() });
    expect(body).toMatch(/1\. On 25 November 2026, Mrs Okafor said: "We need to gather more attendance data[^"]*" \(more data needed first\)/);
    expect(body).toMatch(/2\. On 2 December 2026, the head teacher said: "We have never offered[^"]*" \(not something the school does\)/);
  });

  it('brings in the daily log: days logged, attendance rate, the most common difficulties', async () => {
    const a = app();
    await richCase(a);
    const caseId = a.store.listCases('parent-a')[0]?.id as number;
    const days: [string, 'full' | 'partial' | 'absent', number | null][] = [
      ['2026-11-16', 'absent', null],
      ['2026-11-17', 'partial', 3.25],
      ['2026-11-18', 'absent', null],
      ['2026-11-19', 'full', null],
    ];
    for (const [date, attendance, hours] of days) {
      a.store.logs.putEntry('parent-a', { caseId, date, attendance, hours, triggers: [{ id: 'morning-transition', detail: null }] }, '2026-11-20T08:00:00Z');
    }
    const { body, blanks } = letterFromNotes(a.store, a.content, { userId: 'parent-a', kind: 'need-request', now: a.clock.now() });
    expect(blanks).not.toContain('log_evidence');
    expect(body).toContain('4 school days logged');
    // (0 + 0.5 + 0 + 1) / 4 = 37.5% → 38%.
    expect(body).toContain('about 38% of a school day');
    expect(body).toContain('morning transition (4 days)');
  });

  it('says one logged day and one day of a difficulty in the singular', async () => {
    const a = app();
    await richCase(a);
    const caseId = a.store.listCases('parent-a')[0]?.id as number;
    a.store.logs.putEntry('parent-a', { caseId, date: '2026-11-17', attendance: 'partial', hours: 3.25, triggers: [{ id: 'sensory', detail: null }] }, '2026-11-20T08:00:00Z');
    const { body } = letterFromNotes(a.store, a.content, { userId: 'parent-a', kind: 'need-request', now: a.clock.now() });
    expect(body).toContain('one school day logged');
    expect(body).not.toMatch(/\b1 school days|\(1 days\)/);
    expect(body).toMatch(/\(one day\)/);
  });

  it('marks facts the notes do not have as [ADD: …] blanks', async () => {
    const a = app();
    await a.send(cmd('say', 'We just cannot provide one-to-one support for Robin this year.'));
    const { body, blanks } = letterFromNotes(a.store, a.content, { userId: 'parent-a', kind: 'need-request', now: a.clock.now() });
    expect(blanks).toEqual(expect.arrayContaining(['who', 'request', 'barrier', 'your_name']));
    // No daily log kept: its line is left out, not left as a blank to delete.
    expect(blanks).not.toContain('log_evidence');
    expect(body).not.toContain('daily log shows');
    expect(body).not.toMatch(/\n\n\n/);
    expect(body).toContain('[ADD: name of the person you');
    // Typed at "what do I say next?", never confirmed as the school's words: not quoted, nor carried.
    expect(body).not.toContain('We just cannot provide one-to-one support');
    expect(body).toMatch(/^The answer I was given, as I noted it \(.+\): [A-Z][^"]+\.$/m);
    expect(body).not.toContain('{{');
  });

  it('a tapped button is no fact: "They didn\'t say" leaves a blank, and a role heads no letter', async () => {
    const a = app();
    await a.send(cmd('resume'));
    await a.send(pick('new-no'));
    await a.send('Robin');
    await a.send(REQUEST);
    await a.send(STATEMENT);
    await a.send(pick('senco'));
    await a.send(pick('today'));
    await a.send(pick('yes'));
    for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
    const data = letterFromNotes(a.store, a.content, { userId: 'parent-a', kind: 'data-request', now: a.clock.now() });
    // Optional lines the parent had nothing for are left out, not left as blanks to delete.
    expect(data.blanks).toContain('who');
    expect(data.blanks).not.toEqual(expect.arrayContaining(['missing_data']));
    expect(data.body).not.toContain('What I understood so far: [ADD');
    expect(data.body).not.toContain("They didn't say");
    const nos = letterFromNotes(a.store, a.content, { userId: 'parent-a', kind: 'restate-nos', now: a.clock.now() });
    expect(nos.body).toContain('On 25 November 2026, the SENCO / special education coordinator said:');
  });

  it('in chat: choose a kind with buttons, get the document, and the menu then offers "I\'ve sent it"', async () => {
    const a = app();
    await richCase(a);
    const ask = await a.send(cmd('letter'));
    const q = question(ask);
    expect(q.key).toBe('case-file.letter.ask-kind');
    expect(q.choices.map((c) => c.id)).toEqual(LETTER_KINDS.map((k) => `kind:${k}`));
    const r = await a.send(pick('kind:restate-nos'));
    const [doc] = documents(r);
    // The "fill in what's marked [ADD]" line comes only with a letter that still has a blank.
    const blanks = doc?.body.includes('[ADD: ') ? ['case-file.letter.has-blanks'] : [];
    expect(blanks, 'this case has no sign-off name, so its letter keeps a blank').toHaveLength(1);
    // The request in the parent's own words is shown first (its check is answered "ok" by the test's app).
    expect(keysOf(r)).toEqual(['facts.wording-preview', 'case-file.letter.intro', 'letter.restate-nos', ...blanks, 'case-file.letter.after', 'home.menu-after-letter']);
    expect(doc?.body).toContain(STATEMENT);
    expect(doc?.filename).toBe('restate-nos-2026-11-25.md');
    // "Keep this draft?" first, then "I've sent it".
    expect(question(r).choices.slice(0, 2).map((c) => c.id)).toEqual(['keep', 'sent']);
    // Not in the notes until kept; the next step is.
    const isDraft = (n: { kind: string; topic: string; text: string }) => n.kind === 'draft' && n.topic === 'letter.restate-nos' && n.text === doc?.body;
    expect(a.store.listNotes('parent-a').some(isDraft)).toBe(false);
    expect(a.store.listNotes('parent-a').some((n) => n.kind === 'next_step' && n.topic === 'letter.restate-nos.next-step')).toBe(true);
    expect(keysOf(await a.send('keep it'))).toContain('case-file.keep.kept');
    expect(a.store.listNotes('parent-a').filter(isDraft)).toHaveLength(1);
  });

  it('in chat: a draft neither kept nor sent stays out of the notes; a second draft replaces it; "I\'ve sent it" keeps it', async () => {
    const a = app();
    await richCase(a);
    await a.send(cmd('letter'));
    await a.send(pick('kind:restate-nos'));
    await a.send(cmd('letter'));
    const r = await a.send(pick('kind:need-request'));
    const drafts = () => a.store.listNotes('parent-a').filter((n) => n.kind === 'draft');
    expect(drafts()).toEqual([]);
    // Held until kept, only the latest: the raw table has one unkept draft.
    expect(a.store.db.prepare("SELECT topic FROM notes WHERE user_id = ? AND kind = 'draft_unkept'").all('parent-a')).toEqual([{ topic: 'letter.need-request' }]);
    expect(question(r).key).toBe('home.menu-after-letter');
    await a.send(pick('sent'));
    expect(drafts().map((n) => n.topic)).toEqual(['letter.need-request']);
    expect(keysOf(await a.send(cmd('keep')))).toContain('case-file.keep.nothing');
  });

  it('a meeting recap asks what was discussed, agreed, declined and not addressed, then fills them in', async () => {
    const a = app();
    await richCase(a);
    await a.send(cmd('letter'));
    let r = await a.send(pick('kind:meeting-recap'));
    expect(keysOf(r)).toEqual(['case-file.meeting.intro', 'case-file.meeting.ask-when']);
    r = await a.send('Tuesday 24 Nov, with Mrs Okafor and the SENCO');
    expect(question(r).key).toBe('case-file.meeting.ask-discussed');
    await a.send('Mornings, and the Harbour room');
    await a.send('A two-week trial of the Harbour room, set up by the SENCO by Friday');
    await a.send('A later start: they said there are no staff before 9');
    r = await a.send(pick('skip'));
    const body = documents(r)[0]?.body ?? '';
    expect(body).toContain('(Tuesday 24 Nov, with Mrs Okafor and the SENCO)');
    expect(body).toContain('What we discussed: Mornings, and the Harbour room');
    expect(body).toContain('What was agreed, and who will do what: A two-week trial of the Harbour room');
    expect(body).toContain('What was turned down, and the reason given: A later start: they said there are no staff before 9');
    // Skipped, and optional: the line is left out rather than left for the parent to delete.
    expect(body).not.toContain("What I raised that we didn't get to");
    expect(body).not.toContain('{{');
  });

  it('`letter follow-up` by name drafts straight away; an unknown name shows the list', async () => {
    const a = app();
    await richCase(a);
    const r = await a.send('letter follow-up');
    expect(keysOf(r)).toContain('letter.follow-up');
    const bad = await a.send(cmd('letter', 'sonnet'));
    expect(keysOf(bad)).toEqual(['case-file.letter.unknown-kind', 'case-file.letter.ask-kind']);
  });

  it('CLI: `letter --kind list` names the kinds; `letter --user --kind --out` writes the letter', async () => {
    const a = app();
    await richCase(a);
    a.close();
    const list = await cli(['letter', '--kind', 'list', '--db', a.dbPath]);
    expect(list.code).toBe(0);
    for (const k of LETTER_KINDS) expect(list.stdout).toContain(k);

    const out = join(a.dir, 'data-request.txt');
    const r = await cli(['letter', '--user', 'parent-a', '--kind', 'data-request', '--child', 'robin', '--out', out, '--db', a.dbPath]);
    expect(r.code).toBe(0);
    const body = readFileSync(out, 'utf8');
    expect(body).toContain('The form tutor will fill in a tracking sheet');
    expect(body).not.toContain('{{');

    const json = await cli(['letter', '--user', 'parent-a', '--kind', 'restate-nos', '--json', '--db', a.dbPath]);
    expect(JSON.parse(json.stdout)).toMatchObject({ kind: 'restate-nos', child: 'Robin' });
    expect((await cli(['letter', '--user', 'parent-a', '--kind', 'sonnet', '--db', a.dbPath])).code).toBe(2);
    expect((await cli(['letter', '--user', 'nobody', '--kind', 'need-request', '--db', a.dbPath])).code).toBe(1);
  });

  it('CLI: `letter` previews and keeps nothing; --save keeps it in the notes; a failed write keeps nothing', async () => {
    const a = app();
    await richCase(a);
    const drafts = () => a.store.listNotes('parent-a').filter((n) => n.kind === 'draft').length;
    const before = drafts();
    a.close();
    const preview = await cli(['letter', '--user', 'parent-a', '--kind', 'need-request', '--db', a.dbPath]);
    expect(preview.code).toBe(0);
    expect(preview.stdout.length).toBeGreaterThan(100);
    expect(preview.stderr).toContain('--save');
    const count = () => {
      const b = app({ dir: a.dir });
      const n = b.store.listNotes('parent-a').filter((x) => x.kind === 'draft').length;
      b.close();
      return n;
    };
    expect(count()).toBe(before);
    const failed = await cli(['letter', '--user', 'parent-a', '--kind', 'need-request', '--save', '--out', '/proc/nextstep-letter.md', '--db', a.dbPath]);
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(count()).toBe(before);
    const saved = await cli(['letter', '--user', 'parent-a', '--kind', 'need-request', '--save', '--json', '--db', a.dbPath]);
    expect(JSON.parse(saved.stdout)).toMatchObject({ kind: 'need-request', saved: true });
    expect(count()).toBe(before + 1);
  });
});
