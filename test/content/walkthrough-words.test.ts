/**
 * Words a tired parent tripped over in the walkthrough of 6 December 2026
 * (docs/walkthrough-2026-12-06.md): each test holds one fix.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';
import { CATEGORIES } from '../../src/core/types.js';

const content = loadContent();
const kinds = CATEGORIES.map((c) => `no-${c.replace(/_/g, '-')}`);

describe('walkthrough words', () => {
  it('after a letter, say the answers are in the notes, not the draft (it is kept only if the parent keeps it)', () => {
    expect(content.render('home.menu-after-letter')).toMatch(/only if you keep it/);
    for (const k of kinds) {
      if (!content.has(`${k}.done`)) continue;
      expect(content.render(`${k}.done`), k).not.toMatch(/^(?:it's|that's|it's all)(?: saved)? in your notes/i);
    }
  });
  const needVars = { date: '6 December 2026', who: 'Mrs Fenwick', nickname: 'Rowan', request: 'To keep the part-time timetable.', barrier: 'Mornings are a battle, panic attacks from about 7am.', helps: '', your_name: 'Sam Ellis', them: 'them' };

  it('the need-request letter reads the barrier as the parent gave it', () => {
    const letter = content.renderLetter('need-request', needVars);
    // The question asked the parent to finish "Rowan can't get into school because…": a clause, not a noun after "because of:".
    expect(letter.body).not.toMatch(/because of:/);
    expect(letter.body).toContain('Mornings are a battle, panic attacks from about 7am.');
  });

});
