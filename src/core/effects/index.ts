/** Every effect a flow may emit, registered here in one place (action type → handler). */
import { ask, classify, disclaim, draft, note, openCase, say } from './core-effects.js';
import { saveCheckin, saveLog } from '../../features/daily-log/daily-log-effects.js';
import type { EffectHandler } from './effect-handler.js';
import { closeFollowups, draftFromNotes, eraseEverything } from '../../features/case-file/case-file-effects.js';

export const EFFECT_HANDLERS: Readonly<Record<string, EffectHandler>> = {
  say,
  ask,
  note,
  classify,
  draft,
  openCase,
  disclaim,
  saveLog,
  saveCheckin,
  draftFromNotes,
  closeFollowups,
  eraseEverything,
};
