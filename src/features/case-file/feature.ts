/**
 * The case file: notes and the timeline, letters from the notes, requests sent and follow-up
 * reminders, export, forget, and correcting a noted date or person (correct-note.ts). Its words: content/prompts/{case-file,notes}.yaml and
 * content/letters/; its store port: requests-port.ts.
 */
import type { Feature } from '../../core/feature.js';
import { CASE_FILE_EFFECTS } from './case-file-effects.js';
import { exportCommand, followupDays, followupReminder, forget, forgetChild, keep, letter, replied, sent } from './chat-commands.js';
import { CASE_FILE_KEYS } from './content-keys.js';
import { correct, correctStatement } from './correct-note.js';
import { correctFlow } from '../../../flows/case-file/correct.flow.js';
import { followUpFlow } from '../../../flows/case-file/follow-up.flow.js';
import { forgetFlow } from '../../../flows/case-file/forget.flow.js';
import { letterFlow } from '../../../flows/case-file/letter.flow.js';
import { createFollowupSource } from './followup-source.js';
import { notes } from './notes-command.js';
import { due } from './due-command.js';

export const caseFile: Feature = {
  id: 'case-file',
  flows: [letterFlow, followUpFlow, forgetFlow, correctFlow],
  effects: [...CASE_FILE_EFFECTS, correctStatement],
  commands: { notes, due, letter, keep, sent, replied, 'followup-days': followupDays, 'followup-reminder': followupReminder, export: exportCommand, forget, 'forget-child': forgetChild, correct },
  intents: ['notes', 'due', 'letter', 'sent', 'replied', 'export', 'forget', 'forget-child', 'correct'],
  // "actually I got the date wrong, the first email was on…": a correction may open a longer message.
  openingIntents: ['correct'],
  contentKeys: CASE_FILE_KEYS,
  dueSources: (store) => [createFollowupSource(store)],
};
