/**
 * The case file's effects, in the same style as flow-kit.ts: no-op actions a flow emits with
 * params; the engine interprets them (../case-file-effects.ts, parsed with these schemas). Flows
 * stay pure: they never read notes or touch the store.
 */
import * as z from 'zod';
import { LETTER_KINDS } from '../../src/features/case-file/letter-kinds.js';

export const draftFromNotesParamsSchema = z.object({
  /** Letter template id; its variables are gathered from the parent's notes by the engine. */
  kind: z.enum(LETTER_KINDS),
});
export type DraftFromNotesParams = z.infer<typeof draftFromNotesParamsSchema>;

export const closeFollowupsParamsSchema = z.object({
  /** The school answered: stop watching for a reply. */
  status: z.literal('answered'),
  /** The reminder's own follow-up: a reminder answered closes that letter's, not every letter of the child's. */
  followupId: z.number().int().optional(),
});
export type CloseFollowupsParams = z.infer<typeof closeFollowupsParamsSchema>;

export const previewLinesParamsSchema = z.object({
  /** The letter as it would be drafted now (the `draft` effect's params). */
  template: z.string(),
  vars: z.record(z.string(), z.string()),
  /** As the `draft` effect's: lines of fact the parent was unsure of. */
  unsure: z.array(z.string()).optional(),
  /** The variables in the parent's own words: their lines are shown as the letter will read them. */
  show: z.array(z.string()),
  /** The letter is drafted from the notes: `vars` only add to what the notes give (`template` is a letter kind). */
  fromNotes: z.boolean().optional(),
});
export type PreviewLinesParams = z.infer<typeof previewLinesParamsSchema>;

export const correctStatementParamsSchema = z.object({
  /** The statement note to correct (one of the parent's). */
  noteId: z.number(),
  /** What was wrong: the day it was said, who said it, or the kind of no it is filed under (a category id). */
  field: z.enum(['said_on', 'who', 'category']),
  /** The right value: an ISO date, or who (words, or a "who said it?" button's key). */
  value: z.string().min(1),
});
export type CorrectStatementParams = z.infer<typeof correctStatementParamsSchema>;

export const renameChildParamsSchema = z.object({
  /** The open child's name, put right (W15-7). */
  nickname: z.string().trim().min(1).max(60),
});
export type RenameChildParams = z.infer<typeof renameChildParamsSchema>;

export const watchReviewParamsSchema = z.object({
  /** The review day kept as a date to watch (ISO): its reminder comes at the end of that school day. */
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type WatchReviewParams = z.infer<typeof watchReviewParamsSchema>;

export const reviewDayParamsSchema = z.object({
  /** The review day's reminder the parent answered. */
  reminderId: z.number().int(),
  /** Answered (done), or asked again in a couple of school days (snooze). */
  outcome: z.enum(['done', 'snooze']),
});
export type ReviewDayParams = z.infer<typeof reviewDayParamsSchema>;

export const caseFileEffects = {
  /** Show the lines of a letter not yet drafted that carry the parent's own words, as they will read. */
  previewLines: (_: unknown, _params: PreviewLinesParams) => {},
  draftFromNotes: (_: unknown, _params: DraftFromNotesParams) => {},
  closeFollowups: (_: unknown, _params: CloseFollowupsParams) => {},
  /** Correct a statement's date or who said it, and note the correction (dated): never before the parent confirmed it. */
  correctStatement: (_: unknown, _params: CorrectStatementParams) => {},
  /** Put right the open child's name, and note the correction (dated): never before the parent confirmed it. */
  renameChild: (_: unknown, _params: RenameChildParams) => {},
  /** Remind the parent on the review day just kept (replacing this child's earlier one). */
  watchReview: (_: unknown, _params: WatchReviewParams) => {},
  /** The review day's reminder answered, or snoozed. */
  reviewDay: (_: unknown, _params: ReviewDayParams) => {},
  /** Erase everything about the parent, once this turn has committed. */
  eraseEverything: () => {},
  /** Erase one child (forget-child.flow.ts), once this turn has committed. */
  eraseChild: (_: unknown, _params: { caseId: number; child: string; others: string }) => {},
  /** Send one child's packet, a copy for the parent to keep, before erasing them. */
  exportChild: (_: unknown, _params: { caseId: number; child: string; others: string }) => {},
  /** Words typed with the erase's no or copy buttons, kept in that child's notes (review19 R2). */
  keepChildWords: (_: unknown, _params: { caseId: number; text: string }) => {},
};
