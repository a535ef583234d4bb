/**
 * Any other "no": a gentle path. What the parent hoped the school would say, the one thing that
 * would help most, and what stands in the way; then a simple written request framed around need.
 */
import { kindOfNoFlow } from './kind-of-no.js';

export const noOtherFlow = kindOfNoFlow({
  id: 'no.other',
  prefix: 'no-other',
  category: 'other',
  questions: [
    // Kept in the notes, not in the letter.
    { state: 'hoped', ask: 'ask-hoped', topic: 'other.hoped', buttons: [], optional: true },
    { state: 'oneThing', ask: 'ask-one-thing', topic: 'other.one-thing', buttons: ['not-sure'] },
    { state: 'barrier', ask: 'ask-barrier', topic: 'other.barrier', buttons: ['not-sure'], optional: true },
  ],
  // A request that names the need is easier to act on than a general worry.
  wrapUp: ['focus'],
  letter: {
    template: 'need-request',
    // The letter's "what the school might adapt" line is left blank, for the parent to fill or delete.
    vars: { barrier: 'barrier', helps: 'oneThing', ideas: null },
  },
});
