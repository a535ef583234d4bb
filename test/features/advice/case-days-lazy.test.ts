/**
 * review19 R10: the days a case holds for silence (`caseDays`) were worked out at the start of
 * every flow (the menu, each check-in, every command), reading and scanning every statement,
 * reply and letter sent of the open child. Only say-next and the situations use them: they are
 * worked out for those flows alone. By the flow input's fields.
 */
import { describe, expect, it } from 'vitest';
import { advice } from '../../../src/features/advice/feature.js';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { sendLetterFor } from '../case-file/support.js';

const app = caseAppsAfterEach();

describe('caseDays only for the flows that read them (review19 R10)', () => {
  it('a sent letter\'s day is handed to say-next and the silence situation, never to the menu or the daily log', async () => {
    const a = app();
    await sendLetterFor(a, 'Bo');
    const caseId = a.store.listCases('parent-a')[0]?.id as number;
    const input = (flowId: string) => advice.flowInput?.(a.store, 'parent-a', caseId, a.clock.now(), flowId) ?? {};
    expect(input('say-next')['caseDays']).toBeDefined();
    expect(input('situation.silence')['caseDays']).toBeDefined();
    expect(input('home')['caseDays']).toBeUndefined();
    expect(input('daily-log')['caseDays']).toBeUndefined();
    // The rest is the same for every flow.
    expect(input('home')['profile']).toEqual(input('say-next')['profile']);
  });
});
