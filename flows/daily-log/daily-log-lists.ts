/**
 * The two list questions' transitions, shared by the first ask and its "anything else?": what
 * made the day harder (`triggerAnswers`) and what was tried (`supportAnswers`). Guards and
 * actions are named here and defined with the machine (daily-log.flow.ts).
 */
import { retoldAnswers } from './attendance-retold.js';
import { notAReasonActions } from './left-open.js';
import { P, numberedFirstSave, numberedMoreSave, offListSay, otherSupportSave, refusedSupportNote, supportSave, triggerSave, typedReasonRead, typedSupportRead, typedTriggerSave } from './daily-log-steps.js';

/** A reason or support picked again (the list keeps it at its number, marked): said so, noted once. */
const ALREADY = { key: `${P}.already-picked` };

/**
 * The answers to "what made it harder?" (and "anything else?", `again`): a button, or the
 * parent's own words - one of the list when they name one (then ticked on the next list),
 * else "something else" in their words; "no" or "that's all" ends the list.
 */
export function triggerAnswers(again: boolean) {
  return {
    CHOICE: [
      { guard: 'isEnough', target: 'supports' },
      { guard: { type: 'isPickedAgain', params: 'trigger' }, target: again ? 'triggersMore' : 'triggers', reenter: true, actions: { type: 'say', params: ALREADY } },
      { guard: 'isOtherTrigger', target: 'triggerOther' },
      { guard: 'isTrigger', target: 'triggersMore', reenter: again, actions: ['remember', { type: 'saveLog', params: triggerSave }] },
    ],
    TEXT: [
      { guard: 'saysNothing', target: 'supports' },
      { guard: { type: 'isPickedAgain', params: 'trigger' }, target: again ? 'triggersMore' : 'triggers', reenter: true, actions: { type: 'say', params: ALREADY } },
      // "1, 5": each listed reason by its number.
      { guard: { type: 'isNumberedTriggers', params: { again } }, target: 'triggersMore', reenter: again, actions: [{ type: 'saveLog', params: again ? numberedMoreSave : numberedFirstSave }, { type: 'pickNumberedTriggers', params: { again } }] },
      // "8" when the list shown ends at 7: a kind reply and the list again, never a reason called "8" (W12-6).
      { guard: { type: 'isOffListNumber', params: { list: 'trigger', again } }, target: again ? 'triggersMore' : 'triggers', reenter: true, actions: { type: 'say', params: offListSay('trigger', again) } },
      // "part of the day", "went in for 2 hours": how much of the day, put where it belongs, not a reason (L13-5).
      ...retoldAnswers(again),
      // "im back. sorry…", "what have i missed": the parent's own words, kept, never a reason (W15-3).
      { guard: 'isNotAReason', target: again ? 'triggersMore' : 'triggers', reenter: true, actions: notAReasonActions },
      // What the words say beyond the listed reasons read from them is kept, once (W20-9).
      { guard: 'hasText', target: 'triggersMore', reenter: again, actions: [{ type: 'rememberTyped', params: 'trigger' }, { type: 'saveLog', params: typedTriggerSave }, { type: 'readPart', params: typedReasonRead }] },
    ],
  } as const;
}

/** The answers to "did you try anything?" and "anything else you tried?", the same way. */
export const supportAnswers = (again: boolean) => ({
  CHOICE: [
    { guard: 'isEnough', target: 'note' },
    { guard: { type: 'isPickedAgain', params: 'support' }, target: again ? 'supportsMore' : 'supports', reenter: true, actions: { type: 'say', params: ALREADY } },
    { guard: 'isOtherSupport', target: 'supportOther' },
    { guard: 'isSupport', target: 'helped', actions: ['setSupport', 'setSupportWords', 'remember', { type: 'saveLog', params: supportSave }] },
  ],
  TEXT: [
    { guard: 'saysNothing', target: 'note' },
    { guard: { type: 'isPickedAgain', params: 'support' }, target: again ? 'supportsMore' : 'supports', reenter: true, actions: { type: 'say', params: ALREADY } },
    // "1, 3": each listed support by its number, asked about one after another.
    { guard: { type: 'isNumberedSupports', params: { again } }, target: 'helped', actions: [{ type: 'queueNumberedSupports', params: { again } }, { type: 'saveLog', params: supportSave }] },
    { guard: { type: 'isOffListNumber', params: { list: 'support', again } }, target: again ? 'supportsMore' : 'supports', reenter: true, actions: { type: 'say', params: offListSay('support', again) } },
    { guard: 'isNotAReason', target: again ? 'supportsMore' : 'supports', reenter: true, actions: notAReasonActions },
    // "…but reception said no": another no from the school, kept and said so; never "did that help?" (W20-8).
    { guard: 'refusedSupport', target: 'supportsMore', reenter: again, actions: [{ type: 'note', params: refusedSupportNote }, { type: 'say', params: { key: 'daily-log.support-refused' } }] },
    { guard: 'isTypedSupport', target: 'helped', actions: ['setSupport', 'setSupportWords', { type: 'rememberTyped', params: 'support' }, { type: 'saveLog', params: supportSave }, { type: 'readPart', params: typedSupportRead }] },
    { guard: 'hasText', target: 'helped', actions: ['setOtherSupport', 'setSupportWords', { type: 'saveLog', params: otherSupportSave }] },
  ],
}) as const;
