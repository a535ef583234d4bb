/**
 * Safety: what follows a message the crisis screen fired on (flows/safety-check.flow.ts). The
 * screen itself runs in the engine, before any feature sees a message; the engine starts this
 * feature's `safetyFlow` with the tier and whose crisis it is, never the words. Its words:
 * content/prompts/safety.yaml.
 */
import type { Feature } from '../../core/feature.js';
import { safetyCheckFlow } from '../../../flows/safety-check.flow.js';

export const safety: Feature = {
  id: 'safety',
  flows: [safetyCheckFlow],
  safetyFlow: safetyCheckFlow.id,
  effects: [],
  commands: {},
  intents: [],
  contentKeys: [],
  dueSources: () => [],
};
