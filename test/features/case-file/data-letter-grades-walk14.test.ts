/**
 * Fourteenth walk, W14-15: the data letter told a school "If Larissa's grades are used as a sign
 * that things are fine…" when nobody had mentioned grades, and thanked them "for your reply" for
 * a phone call. The grades line comes only when grades were mentioned; the letter opens on what
 * the parent was told, whatever way it came.
 */
import { describe, expect, it } from 'vitest';
import { shippedContent } from '../../../src/content/catalog.js';
import { withGradesWord } from '../../../src/features/advice/grades-word.js';

const content = shippedContent();
const render = (vars: Record<string, string>) => content.renderLetter('data-request', withGradesWord(content, 'data-request', { nickname: 'Larissa', who: 'Ms Twomey', date: '13 January 2027', your_name: 'Ana', request: 'A plan for her to come back.', ...vars })).body;

describe('W14-15: the data letter', () => {
  it('says nothing of grades when nobody mentioned them', () => {
    const body = render({ statement: 'The school cannot do anything, it is medical, CAMHS must see her first.' });
    expect(body).not.toMatch(/grades|passing/i);
  });

  it('keeps the line, in the word used, when grades or marks were mentioned', () => {
    expect(render({ statement: "Poppy's grades are fine, so we need more data first." })).toMatch(/Larissa's grades are used as a sign/);
    expect(render({ statement: 'Her marks are good, we need more evidence.' })).toMatch(/Larissa's marks are used as a sign/);
  });

  it('does not thank them for a reply', () => {
    expect(render({ statement: 'The school cannot do anything, it is medical.' })).not.toMatch(/Thank you for your reply/);
  });
});
