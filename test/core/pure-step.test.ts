/**
 * pure-step.ts reuses one inert actor scope per machine instead of xstate building a throwaway
 * actor per call. Here both are driven through every flow along seeded random paths and must
 * agree on every snapshot (value, context, status, output) and every action (type and params).
 */
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { FLOWS } from '../support/flows.js';
import type { AskParams, FlowEvent } from '../../src/core/flow-kit.js';
import { pureInitialTransition, pureTransition } from '../../src/core/pure-step.js';
import { seededRandom } from '../../src/classify/softmax-regression.js';

type Acts = { type: string; params?: unknown }[];
const view = (s: AnyMachineSnapshot) => ({ value: s.value, context: s.context, status: s.status, output: s.output });
const acts = (a: Acts) => a.map((x) => ({ type: x.type, params: x.params }));

const TEXTS = ['Bean', 'They said we need six more weeks of data first.', 'not sure', '2026-12-01', 'the SENCO, Ms Reed', 'yes'];
const AT = '2026-11-28T10:00:00.000Z';

function nextEvent(actions: Acts, rnd: () => number): FlowEvent {
  const asks = actions.filter((a) => a.type === 'ask').map((a) => a.params as AskParams);
  const classify = actions.find((a) => a.type === 'classify');
  if (classify) {
    const category = (['data', 'resources', 'precedent', 'not_available', 'predetermination', 'other'] as const)[Math.floor(rnd() * 6)] ?? 'data';
    return { type: 'CLASSIFIED', at: AT, day: AT.slice(0, 10), result: { category, confidence: 0.9, confident: rnd() < 0.7, ranked: [{ category, score: 0.9 }] } };
  }
  const choices = asks.at(-1)?.choices ?? [];
  if (choices.length > 0 && rnd() < 0.75) return { type: 'CHOICE', id: choices[Math.floor(rnd() * choices.length)]?.id ?? '', at: AT, day: AT.slice(0, 10) };
  return { type: 'TEXT', text: TEXTS[Math.floor(rnd() * TEXTS.length)] ?? 'x', at: AT, day: AT.slice(0, 10) };
}

/** Flows of one question (a child picked, then done): their random paths are a step or two long. */
const ONE_QUESTION = new Set(['which-child']);

describe('pure-step agrees with xstate', () => {
  for (const flow of FLOWS) {
    it(`${flow.id}: same snapshots and actions along random paths`, () => {
      let steps = 0;
      for (let seed = 1; seed <= 25; seed++) {
        const rnd = seededRandom(seed * 31 + flow.id.length);
        const input = {
          children: seed % 2 ? ['Bean'] : [],
          nickname: seed % 2 ? 'Bean' : undefined,
          firstVisit: seed % 3 === 0,
          // Mostly with the case's profile (situation asks its question only then).
          profile: seed % 7 ? { place: 'england', plan: 'ehcp', pronouns: 'she' } : undefined,
          // What the `correct` command hands over: statements noted for this child (none on some seeds).
          statements: seed % 5 ? [{ id: 1, who: 'Mrs Lee', saidOn: '2030-02-28', whoWords: 'Mrs Lee', dateWords: '28 February 2030', words: 'We need more data' }] : [],
        };
        const [a0, aActs] = initialTransition(flow.machine, input);
        const [b0, bActs] = pureInitialTransition(flow.machine, input);
        expect(view(b0)).toEqual(view(a0));
        expect(acts(bActs)).toEqual(acts(aActs));
        let a = a0;
        let b = b0;
        let last: Acts = aActs;
        for (let i = 0; i < 12 && a.status === 'active'; i++) {
          const ev = nextEvent(last, rnd);
          const [a1, aa] = transition(flow.machine, a, ev);
          const [b1, ba] = pureTransition(flow.machine, b, ev);
          expect(view(b1)).toEqual(view(a1));
          expect(acts(ba)).toEqual(acts(aa));
          a = a1;
          b = b1;
          last = aa.length ? aa : last;
          steps++;
        }
      }
      expect(steps).toBeGreaterThan(ONE_QUESTION.has(flow.id) ? 10 : 20);
    });
  }
});
