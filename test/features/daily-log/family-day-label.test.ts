/**
 * Left by the eighth walk (E-L4): a US family's notes and letters write dates month first, but
 * the daily log's chat lines said "Wed 25 Nov" (day first). Now the log follows the family's
 * style too: "Wed, Nov 25" in the US, "Wed 25 Nov" elsewhere (and before any profile).
 */
import { describe, expect, it } from 'vitest';
import { dayLabel } from '../../../src/features/daily-log/dates.js';
import { PROFILE_TOPIC } from '../../../src/features/advice/profile.js';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, makeCaseApp, pick, question, tellTriage, type CaseApp } from '../case-file/support.js';

const cleanups = cleanupsAfterEach();

async function family(place: 'us' | 'england' | null): Promise<CaseApp> {
  const a = makeCaseApp();
  cleanups.add(() => a.close());
  await tellTriage(a, { nickname: 'Rosie', request: 'A later start at 10', statement: 'We need more evidence before we change anything.', who: 'Mr Hill' });
  await a.send(cmd('restart'));
  const caseId = a.store.listCases('parent-a')[0]?.id ?? null;
  if (place) {
    const text = JSON.stringify(place === 'us' ? { place, region: 'Ohio', plan: 'none', pronouns: 'she' } : { place, plan: 'none', pronouns: 'she' });
    a.store.addNote({ userId: 'parent-a', caseId, kind: 'answer', topic: PROFILE_TOPIC, text, at: '2026-11-25T10:00:00Z', day: '2026-11-25' });
  }
  return a;
}

describe("the daily log's days in the family's style", () => {
  it('dayLabel: month first when asked', () => {
    expect(dayLabel('2026-11-25')).toBe('Wed 25 Nov');
    expect(dayLabel('2026-11-25', true)).toBe('Wed, Nov 25');
  });

  it.each([
    ['us', 'Wed, Nov 25'],
    ['england', 'Wed 25 Nov'],
    [null, 'Wed 25 Nov'],
  ] as const)('%s: the log asks and saves with %s', async (place, day) => {
    const a = await family(place);
    let r = await a.send(cmd('log'));
    expect(question(r).text).toContain(`(${day})`);
    for (const id of ['full', 'd:3', 'nothing', 'nothing-tried', 'skip']) r = await a.send(pick(id));
    const saved = r.find((x) => x.key === 'daily-log.saved');
    expect(saved?.type === 'text' && saved.text).toContain(day);
  });
});
