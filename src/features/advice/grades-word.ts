/**
 * The data letter's line about grades ("If Poppy's grades are used as a sign that things are
 * fine…") only when grades were mentioned: in the school's answer, the request or the parent's
 * answers (fourteenth walk, W14-15: a mother whose school never spoke of grades was answered on
 * them). The word is the one used ("grades", "marks", "results"; content/words `letters.grades`).
 */
import { once, shippedAlternation } from '../../content/catalog.js';
import type { ContentCatalog } from '../../content/catalog.js';

const GRADES = once(() => new RegExp(`\\b(?:${shippedAlternation('letters.grades')})\\b`, 'i'));

/** `vars` with `grades` set to the word for them the letter's facts use, when its template has that line and it is not set already. */
export function withGradesWord<V extends Record<string, string | undefined>>(content: Pick<ContentCatalog, 'letter'>, template: string, vars: V): V {
  if (!content.letter(template)?.vars['grades'] || vars['grades']) return vars;
  const said = Object.entries(vars)
    .filter(([name]) => name !== 'grades')
    .map(([, words]) => words ?? '')
    .join('\n');
  const word = GRADES().exec(said)?.[0];
  return word ? { ...vars, grades: word.toLowerCase() } : vars;
}
