/**
 * "We need more data first." Pins down which data, how it will be gathered while the child
 * isn't getting in, what happens in the meantime, and who collects it by when. Then: the weeks
 * missed are data already, a daily log helps, and a short data request to send.
 */
import { kindOfNoFlow } from './kind-of-no.js';

export const noDataFlow = kindOfNoFlow({
  id: 'no.data',
  prefix: 'no-data',
  category: 'data',
  questions: [
    { state: 'missing', ask: 'ask-missing', topic: 'data.missing', buttons: ['not-said', 'not-sure'] },
    { state: 'collection', ask: 'ask-collection', topic: 'data.collection', buttons: ['not-said'], optional: true },
    { state: 'meanwhile', ask: 'ask-meanwhile', topic: 'data.meanwhile', buttons: ['nothing-yet', 'not-said'] },
    // Who collects it by when: the next step is due on the date they name.
    { state: 'byWhen', ask: 'ask-by-when', topic: 'data.by-when', buttons: ['not-said'], optional: true, max: 300, due: true },
  ],
  // The weeks missed are data already; a daily log helps (said without the name).
  wrapUp: ['already-data', { key: 'suggest-log', plain: true }],
  letter: {
    template: 'data-request',
    vars: { missing_data: 'missing', collection: 'collection', meanwhile: 'meanwhile', by_when: 'byWhen' },
  },
});
