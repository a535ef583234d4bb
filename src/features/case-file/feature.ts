/**
 * The case file: notes and the timeline, letters from the notes, requests sent and follow-up
 * reminders, the review day's reminder (review-day.ts), export, forget (everything, or one child: forget-child.ts), and correcting a noted date or person (correct-note.ts). Its words: content/prompts/{case-file,notes}.yaml and
 * content/letters/; its store port: requests-port.ts.
 */
import type { Feature } from '../../core/feature.js';
import { CASE_FILE_EFFECTS } from './case-file-effects.js';
import { exportCommand, exportForOpenCase, followupDays, followupReminder, keep, letter, letterForOpenCase, replied, sent, sentForOpenCase } from './chat-commands.js';
import { CASE_FILE_KEYS } from './content-keys.js';
import { correct, correctStatement, renameChild } from './correct-note.js';
import { correctFlow } from '../../../flows/case-file/correct.flow.js';
import { followUpFlow } from '../../../flows/case-file/follow-up.flow.js';
import { forgetFlow } from '../../../flows/case-file/forget.flow.js';
import { forgetChildFlow } from '../../../flows/case-file/forget-child.flow.js';
import { eraseChild, exportChild, FORGET_CHILD_KEYS, forgetChild, forgetChildOpen, forgetCommand, keepChildWords } from './forget-child.js';
import { letterFlow } from '../../../flows/case-file/letter.flow.js';
import { createFollowupSource } from './followup-source.js';
import { letterWaitsToGo } from './follow-ups.js';
import { reviewDayFlow } from '../../../flows/case-file/review-day.flow.js';
import { REVIEW_DAY_KEYS, reviewAsk, reviewDay, reviewReminder, watchReview } from './review-day.js';
import { createReviewSource, REVIEW_COMMAND } from './review-source.js';
import { notes } from './notes-command.js';
import { due } from './due-command.js';
import { onReturn, RETURN_KEYS } from './return-overdue.js';
import { RETURN_COMMAND } from '../../core/commands.js';

export const caseFile: Feature = {
  id: 'case-file',
  flows: [letterFlow, followUpFlow, forgetFlow, forgetChildFlow, correctFlow, reviewDayFlow],
  effects: [...CASE_FILE_EFFECTS, correctStatement, renameChild, watchReview, reviewDay, eraseChild, exportChild, keepChildWords],
  commands: { notes, due, letter, 'letter-child': letterForOpenCase, keep, sent, 'sent-child': sentForOpenCase, replied, 'followup-days': followupDays, 'followup-reminder': followupReminder, [REVIEW_COMMAND]: reviewReminder, review: reviewAsk, export: exportCommand, 'export-child': exportForOpenCase, forget: forgetCommand, 'forget-child': forgetChild, 'forget-child-open': forgetChildOpen, correct, [RETURN_COMMAND]: onReturn },
  intents: ['notes', 'due', 'letter', 'sent', 'replied', 'review', 'export', 'forget', 'forget-child', 'correct'],
  // "actually I got the date wrong, the first email was on…": a correction may open a longer message.
  // "they replied: <what they said>" may be as long as the school's answer.
  openingIntents: ['correct', 'replied'],
  closingIntents: ['correct'],
  // "I've sent it" only with a letter drafted and not yet sent (review9, 3): "I emailed the request
  // to the head" typed at a question is the parent's answer, not a letter gone.
  intentsWhen: { sent: letterWaitsToGo },
  contentKeys: [...CASE_FILE_KEYS, ...REVIEW_DAY_KEYS, ...RETURN_KEYS, ...FORGET_CHILD_KEYS],
  dueSources: (store) => [createFollowupSource(store), createReviewSource(store)],
};
