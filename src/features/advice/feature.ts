/**
 * Advice: the menu, triage of what the school said, one dialogue per kind of "no", and "what do
 * I say next?". Its words: content/prompts/{home,triage,no-*,say-next}.yaml.
 */
import type { Feature } from '../../core/feature.js';
import { homeFlow } from '../../../flows/advice/home.flow.js';
import { noDataFlow } from '../../../flows/advice/no-data.flow.js';
import { noNotAvailableFlow } from '../../../flows/advice/no-not-available.flow.js';
import { noOtherFlow } from '../../../flows/advice/no-other.flow.js';
import { noPrecedentFlow } from '../../../flows/advice/no-precedent.flow.js';
import { noPredeterminationFlow } from '../../../flows/advice/no-predetermination.flow.js';
import { noResourcesFlow } from '../../../flows/advice/no-resources.flow.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { say } from './say-command.js';

export const advice: Feature = {
  id: 'advice',
  flows: [
    homeFlow,
    triageFlow,
    // One flow per kind of "no"; triage hands over to `no.<category>`.
    noDataFlow,
    noResourcesFlow,
    noPrecedentFlow,
    noNotAvailableFlow,
    noPredeterminationFlow,
    noOtherFlow,
    sayNextFlow,
  ],
  effects: [],
  commands: { say },
  intents: ['say'],
  contentKeys: [],
  dueSources: () => [],
};
