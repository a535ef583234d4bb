/**
 * The fourth walk: "schol said no agin" (a parent typing at 6 am) at the menu got "You can pick
 * an option…" and the menu again: under 20 characters, and the typos kept it from being heard as
 * a no. A short message that says there was a no starts triage, which asks for their words.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams } from '../../../src/core/flow-kit.js';
import { homeFlow } from '../../../flows/advice/home.flow.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { ofType, replay, text } from '../flow-paths.js';

describe('a short no at the menu', () => {
  it.each(['schol said no agin', 'skool said no', 'they said no', 'its a no again', 'sencp said no'])('%j starts triage with it', (typed) => {
    const r = replay(homeFlow.machine, {}, [text(typed)]);
    expect(r.done).toBe(true);
    expect(r.final.output).toMatchObject({ next: 'triage', input: { statement: typed } });
  });

  it.each(['hi', 'help me', 'ollie'])('%j is still the nudge and the menu', (typed) => {
    expect(replay(homeFlow.machine, {}, [text(typed)]).final.value).toBe('menu');
  });

  it('triage asks for the school\'s actual words after "schol said no agin"', () => {
    const r = replay(triageFlow.machine, { children: [], nickname: '', statement: 'schol said no agin' }, [text('Ollie'), text('a later start')]);
    expect(r.final.value).toBe('statement');
    expect(ofType<AskParams>(r.effects, 'ask').at(-1)?.key).toBe('triage.ask-statement');
  });
});
