/**
 * Every path through every registered flow: generated with `xstate/graph`, replayed with pure
 * transitions. Each finished path leaves a note (and, for the "kind of no" flows and say-next, a
 * next step or advice plus a letter or the offer of one), and only emits keys and letters its
 * FlowDef declares (so the start-up content check covers everything it can say).
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, FlowDef, NoteParams } from '../../flows/kit.js';
import { FLOWS } from '../../flows/index.js';
import { allPaths, emittedKeys, ofType, type ReplayedPath } from './flow-paths.js';

/** Home is the menu: it routes and records nothing, so it is the one flow that may end without a note. */
const ROUTERS = new Set(['home']);
/** Flows that must end in a next step (or advice) and a letter or the offer of one. */
const isAdviceFlow = (f: FlowDef) => f.id.startsWith('no.') || f.id === 'say-next';
/** Questions that offer a letter (the parent may say no). */
const LETTER_OFFERS = new Set(['say-next.ask-draft']);

function describePath(p: ReplayedPath): string {
  return JSON.stringify({ input: p.input, events: p.events.map((e) => (e.type === 'TEXT' ? `TEXT:${e.text}` : e.type === 'CHOICE' ? `CHOICE:${e.id}` : `CLASSIFIED:${e.result.category}/${e.result.confident}`)) });
}

describe.each(FLOWS.map((f) => [f.id, f] as const))('every path through %s', (_id, flow) => {
  const paths = allPaths(flow);
  const finished = paths.filter((p) => p.done);

  it('has paths that finish', () => {
    expect(paths.length).toBeGreaterThan(0);
    expect(finished.length).toBeGreaterThan(0);
  });

  it.skipIf(ROUTERS.has(flow.id))('leaves at least one note on every finished path', () => {
    for (const p of finished) expect(ofType<NoteParams>(p.effects, 'note').length, describePath(p)).toBeGreaterThan(0);
  });

  it.runIf(isAdviceFlow(flow))('ends every path with a next step or advice, and a letter or the offer of one', () => {
    for (const p of finished) {
      const notes = ofType<NoteParams>(p.effects, 'note');
      expect(notes.some((n) => n.kind === 'next_step' || n.kind === 'advice'), describePath(p)).toBe(true);
      const drafted = ofType<DraftParams>(p.effects, 'draft').length > 0;
      const offered = ofType<AskParams>(p.effects, 'ask').some((a) => LETTER_OFFERS.has(a.key));
      expect(drafted || offered, describePath(p)).toBe(true);
    }
  });

  it('emits only content keys and letters it declares', () => {
    const keys = new Set(flow.keys);
    const templates = new Set(flow.templates ?? []);
    for (const p of paths) {
      for (const { key } of emittedKeys(p.effects)) expect(keys.has(key), `${key} in ${describePath(p)}`).toBe(true);
      for (const d of ofType<DraftParams>(p.effects, 'draft')) expect(templates.has(d.template), d.template).toBe(true);
    }
  });

  it('never asks a question without either buttons or free text', () => {
    for (const p of paths) {
      for (const a of ofType<AskParams>(p.effects, 'ask')) {
        const choices = a.choices ?? [];
        expect(choices.length > 0 || (a.freeText ?? true), a.key).toBe(true);
        expect(new Set(choices.map((c) => c.id)).size, `${a.key} has duplicate choice ids`).toBe(choices.length);
      }
    }
  });
});
