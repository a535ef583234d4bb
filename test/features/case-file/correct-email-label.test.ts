/**
 * The seventh walk: "wrong date" after pasting an email with its header on top showed "Is this
 * the one to correct? Mrs H. Okafor, 2 December 2026: "From: Mrs H. Okafor Sent: 2 December 2026
 * 16:12…"": the header, with another date in it, where a few of the school's own words belong.
 */
import { describe, expect, it } from 'vitest';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, makeCaseApp, question, tellTriage } from './support.js';

const cleanups = cleanupsAfterEach();
const EMAIL = "From: Mrs H. Okafor\nSent: 2 December 2026 16:12\nTo: Sam Reid\nSubject: Leo\n\nDear Ms Reid,\n\nI'm afraid we cannot let Leo go home at lunchtime, as we don't have the staff.\n\nKind regards,\nMrs H. Okafor";

describe('the statement offered for correcting', () => {
  it("is shown by the school's own words, not the email's header", async () => {
    const a = makeCaseApp();
    cleanups.add(() => a.cleanup());
    await tellTriage(a, { nickname: 'Leo', request: 'To come home at lunchtime', statement: EMAIL, who: 'Mrs H. Okafor' });
    const q = question(await a.send(cmd('correct')));
    expect(q.key).toBe('case-file.correct.one');
    expect(q.text).toContain("I'm afraid we cannot");
    expect(q.text).not.toMatch(/From:|Sent:|16:12/);
  });

  // The lead's walk: "…there isnt a spare room and no o…" (cut inside a word).
  it('is cut between words, not inside one', async () => {
    const a = makeCaseApp();
    cleanups.add(() => a.cleanup());
    await tellTriage(a, { nickname: 'Theo', request: 'A quiet room', statement: 'Mr Hughes said there isnt a spare room and no one to supervise it', who: 'Mr Hughes' });
    const q = question(await a.send(cmd('correct')));
    expect(q.text).toContain('and no…');
    expect(q.text).not.toMatch(/\bno o…/);
  });
});
