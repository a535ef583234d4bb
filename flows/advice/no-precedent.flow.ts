/**
 * "We don't do that here / we've never done it / we'd have to do it for everyone." Brings the
 * conversation back to this child: what they need to get into school, what has been tried, and
 * what would ease the barrier. Being consistent is not the same as giving everyone the same.
 */
import { kindOfNoFlow } from './kind-of-no.js';

export const noPrecedentFlow = kindOfNoFlow({
  id: 'no.precedent',
  prefix: 'no-precedent',
  category: 'precedent',
  questions: [
    // The need given last time (a second no of this kind within a few weeks) is offered again first.
    { state: 'need', ask: 'ask-need', topic: 'precedent.need', buttons: ['not-sure'], reuse: true },
    { state: 'tried', ask: 'ask-tried', topic: 'precedent.tried', buttons: ['nothing-yet'], optional: true, says: ['nothing-yet'] },
    { state: 'wouldHelp', ask: 'ask-would-help', topic: 'precedent.would-help', buttons: ['not-sure'], optional: true },
  ],
  // Consistent is not the same as identical.
  wrapUp: ['consistency'],
  letter: {
    template: 'precedent-request',
    vars: { need: 'need', tried: 'tried', would_help: 'wouldHelp' },
  },
});
