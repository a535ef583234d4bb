/**
 * The case file: notes and the timeline, letters from the notes, requests sent and follow-up
 * reminders, export and forget. Its words: content/prompts/{case-file,notes}.yaml and
 * content/letters/; its store port: requests-port.ts.
 */
import type { Feature } from '../../core/feature.js';
import { CASE_FILE_EFFECTS } from './case-file-effects.js';
import { exportCommand, followupDays, followupReminder, forget, keep, letter, replied, sent } from './chat-commands.js';
import { CASE_FILE_KEYS } from './content-keys.js';
import { followUpFlow } from '../../../flows/case-file/follow-up.flow.js';
import { forgetFlow } from '../../../flows/case-file/forget.flow.js';
import { letterFlow } from '../../../flows/case-file/letter.flow.js';
import { createFollowupSource } from './followup-source.js';
import { notes } from './notes-command.js';

export const caseFile: Feature = {
  id: 'case-file',
  flows: [letterFlow, followUpFlow, forgetFlow],
  effects: CASE_FILE_EFFECTS,
  commands: { notes, letter, keep, sent, replied, 'followup-days': followupDays, 'followup-reminder': followupReminder, export: exportCommand, forget },
  intents: ['notes', 'letter', 'sent', 'replied', 'export', 'forget'],
  contentKeys: CASE_FILE_KEYS,
  dueSources: (store) => [createFollowupSource(store)],
};
