/**
 * "That programme isn't available." Moves the conversation from the programme to the need:
 * "my child can't get into school because of X: what can be put in place?" Asks what stands in
 * the way, which parts of the programme would actually help, and what could be adapted or built.
 */
import { kindOfNoFlow } from './kind-of-no.js';

export const noNotAvailableFlow = kindOfNoFlow({
  id: 'no.not_available',
  prefix: 'no-not-available',
  category: 'not_available',
  questions: [
    { state: 'barrier', ask: 'ask-barrier', topic: 'not_available.barrier', buttons: ['not-sure'] },
    { state: 'helps', ask: 'ask-helps', topic: 'not_available.helpful-parts', buttons: ['not-sure'], optional: true },
    { state: 'ideas', ask: 'ask-ideas', topic: 'not_available.adapt', buttons: ['not-sure'], optional: true },
  ],
  // From the programme to the need.
  wrapUp: ['reframe'],
  letter: {
    template: 'need-request',
    vars: { barrier: 'barrier', helps: 'helps', ideas: 'ideas' },
  },
});
