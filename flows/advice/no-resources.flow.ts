/**
 * "We don't have the staff / the money." Acknowledges real limits while keeping the child's
 * need in view: what the need is, what could meet it (differently, part-time, by someone else,
 * with outside help or funding), and who decides on resources and how. Then a short request.
 */
import { kindOfNoFlow } from './kind-of-no.js';

export const noResourcesFlow = kindOfNoFlow({
  id: 'no.resources',
  prefix: 'no-resources',
  category: 'resources',
  questions: [
    // The need given last time (a second no of this kind within a few weeks) is offered again first.
    { state: 'need', ask: 'ask-need', topic: 'resources.need', buttons: ['not-sure'], reuse: true },
    { state: 'options', ask: 'ask-options', topic: 'resources.options', buttons: ['not-sure'], optional: true },
    // Who decides, and how: a date they give is when the next step is due.
    { state: 'decider', ask: 'ask-decider', topic: 'resources.decider', buttons: ['not-sure'], optional: true, max: 300, due: true, person: true },
  ],
  // Limits are real; the need is still there.
  // Limits are real; the need is still there, and so is the duty: a no on cost goes in writing.
  wrapUp: ['keep-need', { key: 'duty', plain: true }],
  letter: {
    template: 'resources-request',
    vars: { need: 'need', options: 'options', decider: 'decider' },
  },
});
