/**
 * The benchmark's like-for-like dialogue: two questions and a saved note, written as a Next Step
 * flow. The same dialogue is written as a Bot Framework waterfall in bench/peer/two-questions.mjs.
 * It takes the place of `home` (the flow every conversation starts in), so turn 1 asks the first
 * question, turn 2 the second, and turn 3 saves the answer as a note and says so.
 */
import { assign, setup } from 'xstate';
import type { Feature } from '../src/core/feature.js';
import { answerOf, effects, type FlowDef, type FlowEvent, type FlowInput, type FlowOutput, type NoteParams } from '../src/core/flow-kit.js';
import type { ContentCatalog } from '../src/content/catalog.js';

interface Ctx {
  nickname: string;
}

function requestNote({ event }: { event: FlowEvent }): NoteParams {
  return { kind: 'answer', topic: 'bench.request', text: answerOf(event) };
}

const machine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: { ...effects, setNickname: assign({ nickname: ({ event }) => answerOf(event as FlowEvent) }) },
}).createMachine({
  id: 'home',
  context: { nickname: '' },
  initial: 'askName',
  states: {
    askName: {
      entry: { type: 'ask', params: { key: 'bench.ask-name' } },
      on: { TEXT: { target: 'askRequest', actions: 'setNickname' } },
    },
    askRequest: {
      entry: { type: 'ask', params: ({ context }) => ({ key: 'bench.ask-request', vars: { nickname: context.nickname } }) },
      on: { TEXT: { target: 'done', actions: [{ type: 'note', params: requestNote }, { type: 'say', params: { key: 'bench.noted' } }] } },
    },
    done: { type: 'final' },
  },
  output: { next: 'home' },
});

export const twoQuestionsFlow: FlowDef = {
  id: 'home',
  version: 1,
  machine,
  keys: ['bench.ask-name', 'bench.ask-request', 'bench.noted'],
};

const WORDS: Record<string, string> = {
  'bench.ask-name': 'What do you call your child?',
  'bench.ask-request': 'What did you ask the school for, for {{nickname}}?',
  'bench.noted': 'Noted. I have written that down.',
};

/** The real catalog plus the three bench prompts. */
export function withBenchContent(content: ContentCatalog): ContentCatalog {
  return {
    ...content,
    has: (key) => key in WORDS || content.has(key),
    render: (key, vars = {}, seed = 0) => {
      const w = WORDS[key];
      return w === undefined ? content.render(key, vars, seed) : w.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, v: string) => vars[v] ?? '');
    },
  };
}

/** The app's features with the bench's two-question dialogue in place of the menu. */
export function withBenchFlow(features: readonly Feature[]): Feature[] {
  return features.map((f) => ({ ...f, flows: f.flows.map((flow) => (flow.id === twoQuestionsFlow.id ? twoQuestionsFlow : flow)) }));
}
