import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classify/create-classifier.js';
import { loadExamples } from '../../src/classify/load-examples.js';
import { schoolWords } from '../../src/classify/school-words.js';

describe("schoolWords: the school's words inside a story", () => {
  it('finds text in double, curly and single quotation marks', () => {
    expect(schoolWords('He is nine and autistic. The head said "we never do that for anyone" and left.')).toContain('we never do that for anyone');
    expect(schoolWords('Her reply \u201cthere is no budget\u201d was all we got after months.')).toContain('there is no budget');
    expect(schoolWords("I asked again and got 'the panel has decided' as the only answer, again.")).toContain('the panel has decided');
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(schoolWords("My son's school won't reply and the kids' bus is late every day")).toBeNull();
  });

  it('takes the rest of the sentence after a reporting verb, and not the next sentence', () => {
    const span = schoolWords('She is 14 and has had a diagnosis since she was 8. The SENCO told me they want to monitor her for six weeks. I cried in the car.');
    expect(span).toBe('they want to monitor her for six weeks.');
  });

  it('finds "the answer was", "Reply:" and a speaker label', () => {
    expect(schoolWords('I asked for a late start for my son. The answer was that the money has run out this year.')).toMatch(/^that the money|^the money/);
    expect(schoolWords('Asked for home tutoring while he is out. Reply: all of our tutors are currently assigned.')).toBe('all of our tutors are currently assigned.');
    expect(schoolWords('We had the review this week. SENCO: there is no unit like that in the county.')).toBe('there is no unit like that in the county.');
  });

  it('skips the parent speaking ("I said", "we told them")', () => {
    expect(schoolWords('I said she cannot cope with the canteen at all, and we told them about the panic attacks.')).toBeNull();
  });

  it('returns null when there is nothing reported, or the span is the whole text', () => {
    expect(schoolWords('We do not have the staff for that.')).toBeNull();
    expect(schoolWords('"We do not have the staff for that."')).toBeNull();
    expect(schoolWords('')).toBeNull();
  });
});

describe('weighting the school’s words above the context', () => {
  const examples = loadExamples();
  const weighted = createClassifier(examples);
  const flat = createClassifier(examples, { schoolWords: 0 });
  // Context full of another kind's words (staff, budget, waiting for reports), reason quoted once.
  const story =
    'Our TA left in the summer, the budget has been cut twice and the staff are exhausted, and we are still waiting for the CAMHS report and the OT assessment. ' +
    'When I asked for him to start at ten the head replied "we have never done a late start for any pupil and we will not begin now".';

  it('moves the score towards the kind of the quoted reason', () => {
    const p = (c: typeof flat) => c.classify(story).ranked.find((r) => r.category === 'precedent')?.score ?? 0;
    expect(p(weighted)).toBeGreaterThan(p(flat));
    expect(weighted.classify(story).category).toBe('precedent');
  });
});
