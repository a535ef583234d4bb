/**
 * "We need more data first." Pins down which data, how it will be gathered while the child
 * isn't getting in, what happens in the meantime, and who collects it by when. Then: the weeks
 * missed are data already, a daily log helps, and a short data request to send.
 */
import { kindOfNoFlow } from './kind-of-no.js';
import { collectorForLetter } from './school-words.js';

export const noDataFlow = kindOfNoFlow({
  id: 'no.data',
  prefix: 'no-data',
  category: 'data',
  questions: [
    { state: 'missing', ask: 'ask-missing', topic: 'data.missing', buttons: ['not-said', 'not-sure'], says: ['not-said'] },
    { state: 'collection', ask: 'ask-collection', topic: 'data.collection', buttons: ['not-said'], optional: true },
    { state: 'meanwhile', ask: 'ask-meanwhile', topic: 'data.meanwhile', buttons: ['nothing-yet', 'not-said'], says: ['nothing-yet', 'not-said'] },
    // Who collects it by when: the next step is due on the date they name. An earlier answer
    // that says who ("they expect me to get it") leaves only the date to ask; the line carries both.
    {
      state: 'byWhen',
      ask: 'ask-by-when',
      topic: 'data.by-when',
      buttons: ['not-said'],
      optional: true,
      max: 300,
      due: true,
      person: true,
      // "me" alone: the letter writes it as the parent ("I will gather it myself by 14 March").
      // "…so nobody is gathering it" earlier is the answer: not asked; "no one" typed here, the same line.
      partKnown: { from: ['collection', 'missing'], ask: 'ask-by-date', read: collectorForLetter('no-data'), sentences: ['i-collect', 'we-collect'], answers: ['nobody-collects'] },
    },
  ],
  // The weeks missed are data already; a daily log helps (said without the name).
  // Passing grades can hide missed teaching: the parent's own figures say more.
  wrapUp: ['already-data', 'own-figures', { key: 'suggest-log', plain: true }],
  letter: {
    template: 'data-request',
    vars: { missing_data: 'missing', collection: 'collection', meanwhile: 'meanwhile', by_when: 'byWhen' },
  },
});
