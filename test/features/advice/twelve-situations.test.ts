/**
 * The twelve situations (twelve/situations.ts), replayed through the real engine as a parent
 * types them: the trained classifier, the SQLite store, content from content/. Asserted by
 * state ids and content keys (the questions asked, in order, none twice; the advice each
 * situation must get; a dated next step), then the letter it ends with, and the same case's
 * letter from the command line (`letter --kind restate-nos`): the right greeting, real dates in the family's order,
 * the child's pronoun, the place's terms, every fact given and no filler or blank but the
 * parent's name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LETTER_KINDS } from '../../../src/features/case-file/letter-kinds.js';
import { cli } from '../../support/cli.js';
import { runSituation, type Transcript } from './twelve/run-situation.js';
import type { Situation } from './twelve/situation.js';
import { SITUATIONS } from './twelve/situations.js';

/** Every question from the menu to the letter, as the conversation should ask them. */
function expectedAsks(s: Situation): string[] {
  return [
    'home.menu',
    'triage.ask-nickname',
    'triage.ask-request',
    'triage.ask-statement',
    s.triage.who === 'confirm' ? 'triage.confirm-who' : 'triage.ask-who',
    'triage.ask-when',
    s.triage.kind === 'confirm' ? `triage.confirm.${s.kind}` : 'triage.ask-which-kind',
    'profile.ask-place',
    ...(s.place === 'us' ? ['profile.ask-region'] : []),
    'profile.ask-plan',
    'profile.ask-age',
    ...(s.pronounsHeard ? [] : ['profile.ask-pronouns']),
    // Words that clearly point to one situation: confirmed, not the whole list.
    s.confirmsSituation ? `situation.confirm.${s.situation}` : 'situation.ask',
    ...s.asks,
  ];
}

/** The questions of the check of the parent's own words, which come round again after each change. */
const WORDING_LOOP = new Set(['facts.check-wording', 'facts.ask-which-line', 'facts.ask-reword']);

/** Chat words, informal to a school: a letter that still has one was not checked (or was kept as typed). */
const INFORMAL = /\b(?:loads|lots|did ok|ok|okay|gonna|wanna|kinda|sorta|tbh|lol|stuff|special ed|they said|thats|didnt|dont|cant)\b/i;

/** Words that belong to the chat, never to a letter. */
const FILLERS = /\b(?:as i (?:just )?said|i just said|i told you|i think\.|no idea|dunno|lol|they didnt say)\b/i;
/** The child's pronouns that a letter about a child with other pronouns must not use. */
const OTHER_PRONOUNS: Record<Situation['pronouns'], RegExp> = {
  she: /\b(?:he|him|his)\b/i,
  he: /\b(?:she|her|hers)\b/i,
  they: /\b(?:she|her|hers|he|him|his)\b/i,
};
/** Terms from another place's law. */
const OTHER_PLACES: Record<string, RegExp> = {
  us: /\b(?:EHC|local authority|SENCO|Tribunal|Ombudsman)\b/,
  england: /\b(?:IEP|IDEA|CFR|school district|504)\b/,
  wales: /\b(?:IEP|IDEA|CFR|EHC)\b/,
  scotland: /\b(?:IEP|IDEA|CFR|EHC)\b/,
};
const US_DAY = /^[A-Z][a-z]+ \d{1,2}, \d{4}$/;
const UK_DAY = /^\d{1,2} [A-Z][a-z]+ \d{4}$/;

/** The child's nickname as a word ("Sam", not "Samuel"). */
const asWord = (name: string) => new RegExp(`(?<![\\w'-])${name}(?![\\w-])`);

/** The checks every letter must pass, whoever drafted it. */
function expectSendable(s: Situation, letter: string, who: string) {
  const day = s.place === 'us' ? US_DAY : UK_DAY;
  expect(letter.match(/^Date: (.*)$/m)?.[1], `${who}: date line`).toMatch(day);
  expect(letter, `${who}: ISO date`).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  expect(letter, `${who}: greeting`).toMatch(new RegExp(`^${s.letter.greeting}$`, 'm'));
  expect(letter, `${who}: filler`).not.toMatch(FILLERS);
  expect(letter, `${who}: informal words`).not.toMatch(INFORMAL);
  expect(letter, `${who}: a blank`).not.toContain('[ADD');
  expect(letter.trimEnd(), `${who}: signed`).toMatch(new RegExp(`Kind regards,\\n\\n${s.signs}$`));
  expect(letter, `${who}: template syntax`).not.toMatch(/\{\{|\u0000/);
  expect(letter, `${who}: a line left blank`).not.toMatch(/\n\n\n/);
  const place = OTHER_PLACES[s.place];
  if (place) expect(letter, `${who}: another place's terms`).not.toMatch(place);
  // The child as the school knows them, never the chat's nickname (unless the school's name starts with it).
  const nickname = s.says[1] as string;
  expect(letter, `${who}: the school's name for the child`).toContain(s.child);
  if (!s.child.startsWith(nickname)) expect(letter, `${who}: the nickname`).not.toMatch(asWord(nickname));
}

describe.each(SITUATIONS.map((s) => [s.id, s] as const))('%s', (_id, s) => {
  let t: Transcript;
  beforeAll(async () => {
    t = await runSituation(s);
  });
  afterAll(() => t?.cleanup());

  it('asks each question once, in order, never one already answered', () => {
    const asked = t.steps.slice(1).map((st) => st.answered);
    expect(asked).toEqual(expectedAsks(s));
    // The check of the parent's own words comes back after each line they change, by their choice.
    const once = asked.filter((k) => !WORDING_LOOP.has(k));
    expect(new Set(once).size).toBe(once.length);
    expect(asked.filter((k) => k === 'facts.check-wording').length).toBe(asked.filter((k) => k === 'facts.ask-reword').length + 1);
  });

  it("shows the letter's lines in the parent's own words before drafting, exactly as the letter reads them", () => {
    const previews = t.steps.flatMap((st) => st.replies).filter((r) => r.key === 'facts.wording-preview');
    expect(previews.length).toBeGreaterThan(0);
    const last = previews.at(-1);
    const lines = (last && last.type === 'text' ? last.text : '').split('\n').slice(1).map((l) => l.trim()).filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(t.letter.split('\n').map((l) => l.trim()), line).toContain(line);
  });

  it('gets its own advice and a dated next step', () => {
    const said = t.steps.flatMap((st) => st.replies.map((r) => r.key));
    expect(said).toEqual(expect.arrayContaining([...s.advice, s.letter.key]));
    const next = t.app.store.listNotes('parent').filter((n) => n.kind === 'next_step');
    expect(next).toHaveLength(1);
    expect(next[0]?.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('ends with a letter that can be sent as it is, carrying every fact given', () => {
    expectSendable(s, t.letter, 'chat');
    for (const fact of s.letter.carries) expect(t.letter).toContain(fact);
    expect(t.letter).not.toMatch(OTHER_PRONOUNS[s.pronouns]);
    // A letter with no blank is not followed by "fill in anything marked [ADD]".
    const said = t.steps.flatMap((st) => st.replies.map((r) => r.key));
    expect(said).not.toContain('case-file.letter.has-blanks');
  });

  it("the command line's letter for the same case greets, dates and words it the same way", async () => {
    const run = await cli(['letter', '--user', 'parent', '--kind', 'restate-nos', '--db', t.dbPath]);
    expect(run.code).toBe(0);
    const body = run.stdout;
    expectSendable(s, body, 'cli');
    const on = body.match(/^1\. On (.+?\d{4}), /m)?.[1];
    expect(on, 'the day the school said it').toMatch(s.place === 'us' ? US_DAY : UK_DAY);
  });

  it("the command line's letter of the conversation's own kind carries the lines as the parent checked them", async () => {
    const kind = s.letter.key.replace(/^letter\./, '');
    if (!(LETTER_KINDS as readonly string[]).includes(kind)) return;
    const run = await cli(['letter', '--user', 'parent', '--kind', kind, '--db', t.dbPath]);
    expect(run.code).toBe(0);
    expectSendable(s, run.stdout, 'cli');
    for (const fact of s.letter.carries) expect(run.stdout).toContain(fact);
  });
});
