/**
 * Words from the third walkthrough of 6 December 2026 (docs/walkthrough-2026-12-06.md, "A third
 * walk"): each test holds one fix's words.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';
import { collectorNamedIn, isAnswerNotName, isBareNo, requestNamedIn } from '../../flows/advice/school-words.js';
import { ageNotPlan } from '../../flows/advice/profile-words.js';

const content = loadContent();

describe('third walk: words', () => {
  it('an answer typed where a child was asked is never a name; a name, an initial or a nickname is', () => {
    for (const typed of ['2', '10', '?', 'done', 'Done.', 'full', 'she didnt go', "he's off sick", 'went in late at 10', 'yes', 'that’s it']) expect(isAnswerNotName(typed), typed).toBe(true);
    for (const name of ['Kay', 'I', 'J', 'Little Bear', 'Henry', 'Isla', 'Sam (10)', 'Bean']) expect(isAnswerNotName(name), name).toBe(false);
  });

  it('says why nothing was added, in words that fit a one-word answer (not "more than a name")', () => {
    for (const key of ['triage.nickname.not-a-name', 'daily-log.not-a-name']) {
      const said = content.render(key);
      expect(said, key).toMatch(/answer/);
      expect(said, key).not.toMatch(/more than a name/);
    }
  });

  it('a day typed where "who said it?" was asked is said to be when, and the day is promised next', () => {
    const said = content.render('triage.who-is-a-day');
    expect(said).toMatch(/\bwhen\b/);
    expect(said).toMatch(/\bwho\b/);
    expect(said).toMatch(/\bnext\b/);
  });

  it('reads what the parent says they asked for, in their words, and nothing when they do not say', () => {
    expect(requestNamedIn("I asked for homebound instruction and the assistant principal said they can't")).toBe('homebound instruction');
    expect(requestNamedIn('We asked for a reduced timetable for a few weeks and the Designated Teacher said "no"')).toBe('a reduced timetable for a few weeks');
    expect(requestNamedIn("We've requested a later start, but nothing.")).toBe('a later start');
    expect(requestNamedIn('school said no agian')).toBe('');
    expect(requestNamedIn('They asked for a meeting')).toBe('');
  });

  it('an age or school year typed at "does your child have a plan?" is read as such; a plan is not', () => {
    for (const typed of ['hes 11 p7', 'year 8', '10th grade', "she's 14", '12', 'aged 9']) expect(ageNotPlan(typed), typed).toBe(true);
    for (const plan of ['IEP, 7th grade', 'no plan', 'she has a PEP, year 8', '504', 'EHCP since year 3']) expect(ageNotPlan(plan), plan).toBe(false);
  });

  it('a person\'s name typed where the child was asked about is met with where names go, kindly', () => {
    const said = content.render('common.person-not-answer');
    expect(said).toMatch(/name/);
    expect(said).toMatch(/letter goes to/);
    expect(said).not.toMatch(/wrong|invalid|error/i);
  });

  it('a message that only says there was a no is told apart from the school\'s words', () => {
    for (const bare of ['school said no agian', 'They said no.', 'the school have said no again', "it's a no", 'another no']) expect(isBareNo(bare), bare).toBe(true);
    for (const words of ["they won't do a later start", 'school said no to half days because of staffing', 'No.']) expect(isBareNo(words), words).toBe(false);
  });

  it('asks how the missing data will be gathered without assuming the school gathers it (a doctor\'s note is the parent\'s to get)', () => {
    const asked = content.render('no-data.ask-collection', { nickname: 'Danny' });
    expect(asked).not.toMatch(/how they'll gather/);
    expect(asked).toMatch(/asked to get/);
  });

  it('words typed at "which sounds closest?" are thanked for and kept as the parent\'s, and "Something else" is offered by its label', () => {
    const other = content.render('category.other.label');
    for (const prefix of ['triage', 'say-next']) {
      const kept = content.render(`${prefix}.which-kind.kept`);
      expect(kept).toMatch(/your words/);
      expect(kept).not.toMatch(/school said|catch|options/i);
      for (const key of [`${prefix}.which-kind.kept`, `${prefix}.which-kind.again`]) {
        expect(content.render(key), key).toContain(`"${other}"`);
        expect(content.render(key), key).toMatch(/none of them fits/);
      }
    }
  });

  it('reads who is getting the missing data from an earlier answer, in the parent\'s words, and nothing else', () => {
    expect(collectorNamedIn('they expect me to get it')).toBe('they expect me to get it');
    expect(collectorNamedIn('A letter from the GP, they expect me to get it.')).toBe('they expect me to get it');
    expect(collectorNamedIn('I have to get a note from the doctor')).toBe('I have to get a note from the doctor');
    expect(collectorNamedIn('I was asked to bring his reports')).toBe('I was asked to bring his reports');
    expect(collectorNamedIn('me')).toBe('me');
    expect(collectorNamedIn("it's on me")).toBe("it's on me");
    expect(collectorNamedIn('the SENCO will observe him in class')).toBe('the SENCO will observe him in class');
    expect(collectorNamedIn('the school is getting a report from the ed psych')).toBe('the school is getting a report from the ed psych');
    for (const none of ['home visits', 'They didnt say', 'not sure', 'a doctors note', 'I asked to see the data', 'we need to wait', 'they have nothing for us', "I don't know", "they didn't, and he's getting worse", "they'll get back to me", 'the school is doing nothing']) {
      expect(collectorNamedIn(none), none).toBe('');
    }
  });

  it('when who is known, asks for the date alone', () => {
    const asked = content.render('no-data.ask-by-date', { nickname: 'Danny' });
    const questions = asked.split(/(?<=[.?!])\s+/).filter((q) => q.endsWith('?')).join(' ');
    expect(questions).toMatch(/date/);
    expect(questions).not.toMatch(/\bwho\b/i);
  });
});
