/**
 * The lead's walk (7 December, a Monday in Denver): "When was this?" offered "Earlier this week",
 * which on a Monday is no day at all (the notes then dated it the week of today). On the parent's
 * Monday the button is "Last week" instead, dated the week before; on other days it is as before.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEvent } from '../../../src/core/flow-kit.js';
import { whenParams } from '../../../flows/advice/triage-questions.js';
import { whenSaid } from '../../../flows/advice/parent-answers.js';

const on = (day: string, type: 'TEXT' | 'CHOICE' = 'TEXT', id = 'Mrs Okafor'): FlowEvent =>
  type === 'TEXT' ? { type, text: id, at: `${day}T15:00:00.000Z`, day } : { type, id, at: `${day}T15:00:00.000Z`, day };
const ids = (day: string) => whenParams({ context: { statement: 'We cannot do that.' } as never, event: on(day) }).choices?.map((c) => c.id);

describe('"When was this?" on a Monday', () => {
  it('offers "Last week" on the parent\'s Monday, "Earlier this week" on the other days', () => {
    expect(ids('2026-12-07')).toEqual(['today', 'yesterday', 'last-week']);
    expect(ids('2026-12-08')).toEqual(['today', 'yesterday', 'this-week']);
    expect(ids('2026-12-06')).toEqual(['today', 'yesterday', 'this-week']);
  });

  it('"Last week" is the week before, from its Monday', () => {
    expect(whenSaid(on('2026-12-07', 'CHOICE', 'last-week'))).toBe('week of 2026-11-30');
    expect(whenSaid(on('2026-12-09', 'CHOICE', 'this-week'))).toBe('week of 2026-12-07');
  });
});
