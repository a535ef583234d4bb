import { describe, expect, it } from 'vitest';
import { bootContent } from '../../../src/app.js';
import type { NoteRow } from '../../../src/core/ports.js';
import { glanceView, summarizeCase } from '../../../src/features/case-file/case-at-a-glance.js';

const note = (o: Partial<NoteRow> & { id: number }): NoteRow => ({ userId: 'u', caseId: 1, kind: 'statement', text: 'They said no', at: '2025-01-01T09:00:00Z', day: '2025-01-01', ...o }) as NoteRow;

describe('glanceView (the case at a glance, for a channel to lay out)', () => {
  const content = bootContent();

  it('is empty with no child and no note', () => {
    expect(glanceView(summarizeCase([], [], '2025-01-10'), content).empty).toBe(true);
  });

  it('names each child’s open kinds of "no" by their label, with who said it and when', () => {
    const cases = [{ id: 1, userId: 'u', nickname: 'Sam', createdAt: '', disclaimerShown: true }];
    const notes = [note({ id: 1, category: 'data', who: 'SENCo', saidOn: '2025-01-02' }), note({ id: 2, kind: 'next_step', text: 'Reply  due\nsoon', due: '2025-01-20' })];
    const v = glanceView(summarizeCase(cases, notes, '2025-01-10'), content);
    expect(v.empty).toBe(false);
    expect(v.children).toEqual([{ nickname: 'Sam', kinds: [`${content.render('category.data.label')} (SENCo, 2025-01-02)`] }]);
    expect(v.latest).toHaveLength(2);
    expect(v.due).toEqual([{ date: '20 January 2025', text: 'Reply due soon' }]);
  });

  it('leaves settings out of the latest notes, which still shows the five newest of the rest', () => {
    const events = [1, 2, 3, 4, 5, 6].map((id) => note({ id, kind: 'answer', topic: 'triage.detail', text: `event ${id}` }));
    const settings = [7, 8].map((id) => note({ id, kind: 'answer', topic: 'case.profile', text: '{"place":"england"}' }));
    const s = summarizeCase([], [...events, ...settings], '2025-01-10', new Set(['case.profile']));
    expect(s.latest.map((n) => n.id)).toEqual([6, 5, 4, 3, 2]);
    expect(summarizeCase([], [...events, ...settings], '2025-01-10').latest.map((n) => n.id)).toEqual([8, 7, 6, 5, 4]);
  });
});
