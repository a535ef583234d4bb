/**
 * The case file's effects, in the same style as kit.ts: no-op actions a flow emits with params;
 * the engine interprets them (src/features/case-file/case-file-effects.ts, registered in
 * src/core/effects/index.ts). Flows stay pure: they never read notes or touch the store.
 */
import type { LetterKind } from '../../src/features/case-file/letter-kinds.js';

export interface DraftFromNotesParams {
  /** Letter template id; its variables are gathered from the parent's notes by the engine. */
  kind: LetterKind;
}
export interface CloseFollowupsParams {
  /** The school answered: stop watching for a reply. */
  status: 'answered';
}

export const caseFileEffects = {
  draftFromNotes: (_: unknown, _params: DraftFromNotesParams) => {},
  closeFollowups: (_: unknown, _params: CloseFollowupsParams) => {},
  /** Erase everything about the parent, once this turn has committed. */
  eraseEverything: () => {},
};
