/**
 * Content against flows: every key a flow can emit exists (rendered with the variables the flow
 * actually passes along every generated path in test/features/all-paths.test.ts, which walks the
 * paths once), every letter renders with all of its variables and with none, and every choice
 * has a label.
 */
import { describe, expect, it } from 'vitest';
import { FLOWS } from '../support/flows.js';
import { asSentence, checkFlowsAgainstContent, loadContent } from '../../src/content/catalog.js';
import { ENGINE_KEYS } from '../../src/core/engine-keys.js';

const content = loadContent();

/** The letters the "kind of no" flows and say-next draft: they follow one house shape. */
const HOUSE_LETTERS = ['need-request', 'data-request', 'decision-in-writing', 'resources-request', 'precedent-request'];
/** Keys whose text holds several short parts on purpose (bullet lists, scripted replies). */
/** Does a template use this variable, as `{{name}}` or as a sentence, `{{name.}}`? */
const uses = (body: string, name: string) => [`{{${name}}}`, `{{${name}.}}`, `{{${name}:}}`].some((v) => body.includes(v));
const isListOrScript = (key: string, text: string) => text.includes('•') || key.includes('.replies.');

describe('content', () => {
  it('has every key and letter the flows and the engine use', () => {
    expect(() => checkFlowsAgainstContent(content, [...FLOWS], ENGINE_KEYS)).not.toThrow();
  });

  describe.each(content.letters().map((l) => [l.id, l] as const))('letter %s', (id, letter) => {
    const all = Object.fromEntries(Object.keys(letter.vars).map((v) => [v, `<${v}>`]));

    it('renders with every variable given', () => {
      const r = content.renderLetter(id, all);
      expect(r.body).not.toContain('{{');
      expect(r.body).not.toContain('[ADD:');
      expect(r.blanks).toEqual([]);
    });

    it('renders with none: each needed fact a clearly marked blank, each optional line left out', () => {
      const r = content.renderLetter(id, {});
      const optional = new Set(letter.optional ?? []);
      expect(r.body).not.toContain('{{');
      expect(r.body).not.toContain('\u0000');
      expect(r.body).not.toMatch(/\n\n\n/);
      // A needed fact whose every line carries an optional one ("when they told you", beside the school's answer) goes with it.
      const withOptional = (name: string) => {
        const lines = letter.body.split('\n').filter((l) => uses(l, name));
        return lines.length > 0 && lines.every((l) => [...optional].some((o) => uses(l, o)));
      };
      expect(r.blanks.sort()).toEqual(Object.keys(letter.vars).filter((v) => !optional.has(v) && !withOptional(v)).sort());
      for (const [name, blank] of Object.entries(letter.vars)) {
        if (!uses(letter.body, name)) continue;
        if (optional.has(name) || withOptional(name)) expect(r.body, name).not.toContain(`[ADD: ${blank}]`);
        else expect(r.body, name).toContain(`[ADD: ${blank}]`);
      }
    });

    it.runIf((letter.optional ?? []).length > 0)('an optional fact, when given, is on its line', () => {
      for (const name of letter.optional ?? []) expect(content.renderLetter(id, { [name]: 'A fact given' }).body, name).toContain('A fact given');
    });

    it.runIf(HOUSE_LETTERS.includes(id))('has a date line, a greeting to {{who}}, and a sign-off placeholder', () => {
      expect(letter.body.startsWith('Date: {{date}}')).toBe(true);
      expect(letter.body).toContain('Dear {{who}},');
      expect(letter.body.trimEnd().endsWith('{{your_name}}')).toBe(true);
      for (const v of Object.keys(letter.vars)) expect(uses(letter.body, v), `${v} is declared but unused`).toBe(true);
    });
  });

  it('ends a parent\'s bare words as a sentence where a letter asks for it, and leaves blanks and lists alone', () => {
    const r = content.renderLetter('decision-in-writing', { request: 'A later start', decision: 'Reduced timetable!', decided_by: 'the head (at the meeting)', concerns: 'one\ntwo' });
    expect(r.body).toContain('My request was: A later start.\n');
    expect(r.body).toContain('decided: Reduced timetable!\n');
    expect(r.body).toContain('How I heard about it: The head (at the meeting).\n');
    // No school's answer (left out by the parent): its line goes, with the day it was said.
    expect(r.body).not.toContain('The answer I was given, as I noted it');
    expect(r.blanks).not.toContain('said_on');
    expect(content.renderLetter('decision-in-writing', { statement: 'No.' }).body).toContain('The answer I was given, as I noted it ([ADD: when they told you]): No.\n');
    expect(r.body).toContain('one\ntwo');
  });

  it.each([
    ['A later start', 'A later start.'],
    ['A later start.', 'A later start.'],
    ['Can they?', 'Can they?'],
    ['They said "no."', 'They said "no."'],
    ['Wait…', 'Wait…'],
    ['[ADD: your name]', '[ADD: your name]'],
    ['first\nsecond', 'first\nsecond'],
    ['trailing  ', 'Trailing.'],
    ["they didn't say. her grades are fine", "They didn't say. Her grades are fine."],
    ['', ''],
  ])('asSentence(%j) is %j', (words, want) => expect(asSentence(words)).toBe(want));

  it("has say-next's letter questions, each rendering with the variables the flow fills", () => {
    const asked = ['letter-facts', 'confirm-known.who-when', 'confirm-known.who', 'confirm-known.when', 'ask-child', 'choice.skip', ...['request', 'need', 'barrier', 'helps', 'decision', 'concerns'].map((n) => `ask-${n}`), ...['need', 'barrier', 'helps', 'decision'].map((n) => `ask-${n}.unnamed`)];
    const fills: Record<string, string> = { who: 'Mr Dunn', date: '20 November 2026', nickname: 'Sam' };
    for (const key of asked.map((k) => `say-next.${k}`)) {
      expect(content.has(key), key).toBe(true);
      expect(FLOWS.find((f) => f.id === 'say-next')?.keys, key).toContain(key);
      const text = content.render(key, Object.fromEntries(content.varsOf(key).map((v) => [v, fills[v] ?? ''])));
      for (const v of content.varsOf(key)) expect(fills[v], `${key}: {{${v}}}`).toBeDefined();
      expect(text).not.toContain('{{');
      if (key.endsWith('.unnamed')) expect(content.varsOf(key), key).toEqual([]);
    }
  });

  it('has the letters the flows need', () => {
    for (const id of HOUSE_LETTERS) expect(content.letter(id), id).toBeDefined();
  });

  it('breaks no sentence across lines: Slack and Discord show every line break a `|` block keeps', () => {
    const broken = content
      .keys()
      .flatMap((key) => content.variants(key).map((text) => ({ key, text })))
      .filter(({ text }) => /[a-z,]\n[a-z]/.test(text))
      .map(({ key }) => key);
    expect(broken).toEqual([]);
  });

  it('keeps each message of the new flows to one idea: at most three sentences', () => {
    const mine = FLOWS.filter((f) => f.id.startsWith('no.') || f.id === 'say-next');
    for (const f of mine) {
      for (const key of f.keys) {
        const vars = Object.fromEntries(content.varsOf(key).map((v) => [v, 'Sam']));
        const text = content.render(key, vars);
        if (isListOrScript(key, text)) continue;
        const sentences = text.split(/(?<=[.?!…])["”]?\s+(?=[A-Z"“])/).filter((s) => s.trim());
        expect(sentences.length, `${key}: ${text}`).toBeLessThanOrEqual(3);
      }
    }
  });
});
