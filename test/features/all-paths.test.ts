/**
 * Every path through every registered flow: generated with `xstate/graph`, replayed with pure
 * transitions. Each finished path leaves a note (and, for the "kind of no" flows and say-next, a
 * next step or advice plus a letter or the offer of one), and only emits keys and letters its
 * FlowDef declares (so the start-up content check covers everything it can say); and every key
 * it emits renders with the variables it passed, and every letter it drafts is filled.
 */
import { NOTHING_TO_ANSWER_KEYS } from '../../flows/advice/say-next-not-yet.js';
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, FlowDef, NoteParams } from '../../src/core/flow-kit.js';
import { loadContent } from '../../src/content/catalog.js';
import { SETTING_TOPICS } from '../../src/setting-topics.js';
import { FLOWS } from '../support/flows.js';
import { allPaths, emittedKeys, ofType, uniqueEffects, type ReplayedPath } from './flow-paths.js';

/**
 * Flows that rightly end without a note: home is the menu (it routes and records nothing), and
 * forget erases everything or changes nothing, and the safety check must keep nothing of a
 * message the crisis screen fired on; situation, for a case with no profile yet, hands straight
 * over to the profile (which notes it). Every other flow leaves a note on every path.
 */
// `correct` writes through its own effect (`correctStatement`), which notes the correction itself.
// `which-child` only picks the child a command then works on (that command's flow notes).
// `forget-child` erases one child or changes nothing, as forget does.
const NOTE_FREE = new Set(['home', 'forget', 'forget-child', 'safety-check', 'situation', 'correct', 'which-child']);
/** Flows that must end in a next step (or advice) and a letter or the offer of one. */
const isAdviceFlow = (f: FlowDef) => f.id.startsWith('no.') || f.id.startsWith('situation.') || f.id === 'say-next';
/** Questions that offer a letter (the parent may say no). */
const LETTER_OFFERS = new Set(['say-next.ask-draft']);
/** Say-next with nothing to answer (nothing from the school yet, a no with no reason, not a no yet: W15-1, W15-12, W15-2): how to ask is said, no letter replies to words never sent. */
const NOTHING_TO_ANSWER = new Set(NOTHING_TO_ANSWER_KEYS);

function describePath(p: ReplayedPath): string {
  return JSON.stringify({ input: p.input, events: p.events.map((e) => (e.type === 'TEXT' ? `TEXT:${e.text}` : e.type === 'CHOICE' ? `CHOICE:${e.id}` : e.type === 'CLASSIFIED' ? `CLASSIFIED:${e.result.category}/${e.result.confident}` : e.type)) });
}

describe.each(FLOWS.map((f) => [f.id, f] as const))('every path through %s', (_id, flow) => {
  const paths = allPaths(flow);
  const finished = paths.filter((p) => p.done);

  it('has paths that finish', () => {
    expect(paths.length).toBeGreaterThan(0);
    expect(finished.length).toBeGreaterThan(0);
  });

  it.skipIf(NOTE_FREE.has(flow.id))('leaves at least one note on every finished path', () => {
    const without = finished.filter((p) => ofType<NoteParams>(p.effects, 'note').length === 0);
    expect(without.slice(0, 3).map(describePath)).toEqual([]);
  });

  it.runIf(isAdviceFlow(flow))('ends every path with a next step or advice, and a letter or the offer of one', () => {
    const noNextStep = finished.filter((p) => !ofType<NoteParams>(p.effects, 'note').some((n) => n.kind === 'next_step' || n.kind === 'advice'));
    const noLetter = finished.filter(
      (p) =>
        ofType<DraftParams>(p.effects, 'draft').length === 0 &&
        !ofType<AskParams>(p.effects, 'ask').some((a) => LETTER_OFFERS.has(a.key)) &&
        !ofType<{ key: string }>(p.effects, 'say').some((s) => NOTHING_TO_ANSWER.has(s.key)),
    );
    expect(noNextStep.slice(0, 3).map(describePath)).toEqual([]);
    expect(noLetter.slice(0, 3).map(describePath)).toEqual([]);
  });

  it('emits only content keys and letters it declares', () => {
    const keys = new Set(flow.keys);
    const templates = new Set(flow.templates ?? []);
    const effects = uniqueEffects(paths);
    const undeclared = [...new Set(emittedKeys(effects).map((k) => k.key))].filter((k) => !keys.has(k));
    const unknownLetters = ofType<DraftParams>(effects, 'draft').map((d) => d.template).filter((t) => !templates.has(t));
    expect(undeclared).toEqual([]);
    expect(unknownLetters).toEqual([]);
  });

  it('never asks a question without either buttons or free text, nor with a button twice', () => {
    const problems: string[] = [];
    for (const a of ofType<AskParams>(uniqueEffects(paths), 'ask')) {
      const choices = a.choices ?? [];
      if (choices.length === 0 && a.freeText === false) problems.push(`${a.key}: no way to answer`);
      if (new Set(choices.map((c) => c.id)).size !== choices.length) problems.push(`${a.key}: duplicate choice ids`);
    }
    expect(problems).toEqual([]);
  });
});

const content = loadContent();

describe.each(FLOWS.map((f) => [f.id, f] as const))('the words of %s, along every generated path', (_id, flow) => {
  const effects = uniqueEffects(allPaths(flow));

  it('renders every emitted key (questions and choice labels too) with the variables the flow passed, leaving no {{', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const { key, vars } of emittedKeys(effects)) {
      const id = `${key}${JSON.stringify(vars)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      let out = '';
      try {
        out = content.render(key, vars);
      } catch (e) {
        problems.push(`${key}: ${(e as Error).message}`);
        continue;
      }
      if (out.includes('{{')) problems.push(`${key}: leaves {{ in "${out}"`);
      if (!out.trim()) problems.push(`${key}: renders empty`);
    }
    expect(problems).toEqual([]);
  });

  it('fills every drafted letter, leaving no {{', () => {
    const problems: string[] = [];
    for (const d of ofType<DraftParams>(effects, 'draft')) {
      const letter = content.renderLetter(d.template, d.vars);
      if (letter.body.includes('{{') || letter.title.includes('{{')) problems.push(d.template);
    }
    expect(problems).toEqual([]);
  });

  it("labels every answer it notes (what it was about, in the chat's words and the record's), settings aside", () => {
    const problems: string[] = [];
    for (const n of ofType<NoteParams>(effects, 'note')) {
      if (n.kind !== 'answer' || SETTING_TOPICS.has(n.topic)) continue;
      for (const key of [`notes.topic.${n.topic}`, `case-file.packet.topic.${n.topic}`]) if (!content.has(key)) problems.push(key);
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('records next steps and advice by keys that exist and need no variables', () => {
    const problems: string[] = [];
    for (const n of ofType<NoteParams>(effects, 'note')) {
      if (n.kind !== 'next_step' && n.kind !== 'advice') continue;
      if (!content.has(n.text) || content.varsOf(n.text).length > 0) problems.push(n.text);
    }
    expect(problems).toEqual([]);
  });
});
