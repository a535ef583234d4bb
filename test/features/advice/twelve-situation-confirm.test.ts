/**
 * "Which of these is closest?" is not asked when the school's words clearly point to one
 * situation: it is confirmed instead (situation.confirm.<id>), and "Not quite, let me choose"
 * brings the whole list. Variants of the twelve situations, replayed through the engine; asserted
 * by the questions asked (content keys) and the flow each goes on to (its first question).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runSituation, type Transcript } from './twelve/run-situation.js';
import type { Situation } from './twelve/situation.js';
import { situation } from './twelve/situations.js';

const open: Transcript[] = [];
afterAll(() => open.forEach((t) => t.cleanup()));

/** The questions asked from the situation question on, as far as the first of the flow it chose. */
async function fromSituation(s: Situation, says: string[]): Promise<string[]> {
  const t = await runSituation({ ...s, says });
  open.push(t);
  const asked = t.steps.slice(1).map((st) => st.answered);
  const at = asked.findIndex((k) => k.startsWith('situation.'));
  return asked.slice(at, at + 3);
}

/** What the parent types up to the situation question (the profile's last answer), from a situation's script. */
function upToSituation(s: Situation): string[] {
  // The answer to "which pronouns?" is the profile's last ("she", "he / him", "they/them"), or,
  // when the age answer already used them ("he is 10"), the age answer is.
  const last = s.pronounsHeard
    ? s.says.findIndex((l, i) => i > 6 && /\b(?:he|she)\b/i.test(l) && /\d/.test(l))
    : s.says.findIndex((l, i) => i > 6 && /^(?:she|he|they)(?:\s*\/\s*[a-z]+)?$/i.test(l.trim()));
  return s.says.slice(0, last + 1);
}

describe('the situation behind the "no", from the school\'s words', () => {
  it('"the counselling in her plan hasn\'t started": confirmed as support agreed but not happening, then its own questions', async () => {
    const s = situation('not-available-counseling');
    const words = s.says.map((l) => (l === 'the school counselor position is vacant so counseling is not available right now' ? "the counseling in his plan hasn't started, the counselor post is vacant" : l));
    // The classifier is less sure of these words: the parent picks the kind from its short list.
    words[6] = '1';
    const asked = await fromSituation(s, [...upToSituation({ ...s, says: words }), 'yes', '30 minutes of counseling a week', 'stop']);
    expect(asked).toEqual(['situation.confirm.not-delivered', 'not-delivered.ask-provision', 'not-delivered.ask-since']);
  });

  it('"Not quite, let me choose" brings the whole list, and the parent\'s pick stands', async () => {
    const s = situation('other-truancy');
    const asked = await fromSituation(s, [...upToSituation(s), 'Not quite, let me choose', 'None of these', 'stop']);
    expect(asked[0]).toBe('situation.confirm.attendance');
    expect(asked[1]).toBe('situation.ask');
    expect(asked[2]).toMatch(/^no-other\./);
  });

  it('words that point to no one situation (or to several) get the list, as before', async () => {
    const s = situation('precedent-remote');
    const asked = await fromSituation(s, [...upToSituation(s), 'None of these', 'stop']);
    expect(asked[0]).toBe('situation.ask');
  });
});
