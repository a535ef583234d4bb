/**
 * The daily log's guards: what the day's context holds and what an answer says (a button, a
 * number off the list, a day told in words). Moved out of daily-log.flow.ts by topic (review19
 * R11), behaviour unchanged. Pure.
 */
import { answerOf } from '../../src/core/flow-kit.js';
import { isAnswerNotName, isStaffName } from '../advice/school-words.js';
import { schoolRefusedIt } from './school-refused.js';
import { declinesNote, parseDifficulty, parsePartialDay } from '../../src/features/daily-log/parse.js';
import { unloggedSibling } from './sibling-log.js';
import { mayBeIll } from './ill-day.js';
import { isToldDay } from './told-day-states.js';
import { type Ctx, attendanceOf, ev, hoursFromWords, numberedSupports, numberedTriggers, offListNumber, pickedAgain, saysNothing, typedPick } from './daily-log-steps.js';

type Args = { context: Ctx; event: unknown };

export const dailyLogGuards = {
    isOfferTold: ({ context }: Args) => Boolean(context.offerTold && context.told),
    hasTold: ({ context }: Args) => Boolean(context.told?.attendance),
    isToldDay: ({ context, event }: Args) => isToldDay(context, event),
    toldNoAttendance: ({ context }: Args) => !context.told?.attendance,
    toldNeedsHours: ({ context }: Args) => context.told?.attendance === 'partial' && !context.told.hours,
    toldRated: ({ context }: Args) => typeof context.told?.difficulty === 'number',
    hasToldReasons: ({ context }: Args) => (context.told?.triggers.length ?? 0) > 0,
    isToldYes: ({ event }: Args) => answerOf(ev(event)) === 'yes',
    isIll: ({ event }: Args) => answerOf(ev(event)) === 'ill',
    mayBeIll: ({ context, event }: Args) => mayBeIll(context, event),
    isPrompted: ({ context }: Args) => context.prompted,
    isOffDay: ({ context }: Args) => Boolean(context.offDay),
    isSchoolDay: ({ event }: Args) => answerOf(ev(event)) === 'school-day',
    hasChosenChild: ({ context }: Args) => context.children.length > 1 && context.nickname !== '',
    hasSeveralChildren: ({ context }: Args) => context.children.length > 1,
    hasUnloggedSibling: ({ context }: Args) => unloggedSibling(context) !== undefined,
    isYes: ({ event }: Args) => answerOf(ev(event)) === 'yes',
    hasNoChild: ({ context }: Args) => context.children.length === 0 && !context.nickname,
    isChild: ({ event }: Args) => answerOf(ev(event)).startsWith('child:'),
    isNewChild: ({ event }: Args) => answerOf(ev(event)) === 'new-child',
    hasText: ({ event }: Args) => answerOf(ev(event)).length > 0,
    // "I asked for the side door but reception said no": a no from the school, not something tried (W20-8).
    refusedSupport: ({ event }: Args) => ev(event).type === 'TEXT' && schoolRefusedIt(answerOf(ev(event))),
    // Words enough to be an account of the morning, not a word or two it cannot read (W20-7).
    declinesNote: ({ event }: Args) => declinesNote(answerOf(ev(event))),
    isAnswerNotName: ({ event }: Args) => isAnswerNotName(answerOf(ev(event))),
    isStaffName: ({ event }: Args) => isStaffName(answerOf(ev(event))),
    alreadyLogged: ({ context }: Args) => context.logged.includes(context.nickname.trim().toLowerCase()),
    isReplace: ({ event }: Args) => answerOf(ev(event)) === 'replace',
    isNotNow: ({ event }: Args) => answerOf(ev(event)) === 'not-now',
    isPartial: ({ event }: Args) => attendanceOf(ev(event)) === 'partial',
    isAttendance: ({ event }: Args) => attendanceOf(ev(event)) !== null,
    isPartialDayTold: ({ event }: Args) => parsePartialDay(answerOf(ev(event))) !== null,
    isHoursUnsure: ({ event }: Args) => answerOf(ev(event)) === 'h:unsure',
    isHoursChoice: ({ event }: Args) => /^h:\d+$/.test(answerOf(ev(event))),
    isHoursText: ({ context, event }: Args) => hoursFromWords(answerOf(ev(event)), context.schoolDayHours) !== null,
    isDifficulty: ({ event }: Args) => parseDifficulty(answerOf(ev(event)).replace(/^d:/, '')) !== null,
    isOtherTrigger: ({ event }: Args) => answerOf(ev(event)) === 't:other',
    isTrigger: ({ event }: Args) => answerOf(ev(event)).startsWith('t:'),
    isNumberedTriggers: ({ context, event }: Args, { again }: { again: boolean }) => numberedTriggers(ev(event), again, context.picked) !== null,
    isNumberedSupports: ({ context, event }: Args, { again }: { again: boolean }) => numberedSupports(ev(event), again, context.picked) !== null,
    isPickedAgain: ({ context, event }: Args, list: 'trigger' | 'support') => pickedAgain(ev(event), list, context.picked),
    isOffListNumber: ({ context, event }: Args, { list, again }: { list: 'trigger' | 'support'; again: boolean }) => offListNumber(ev(event), list, again, context.picked) !== null,
    hasQueued: ({ context }: Args) => (context.queued ?? []).length > 0,
    isOtherSupport: ({ event }: Args) => answerOf(ev(event)) === 's:other',
    isSupport: ({ event }: Args) => answerOf(ev(event)).startsWith('s:'),
    isEnough: ({ event }: Args) => ['done', 'nothing', 'nothing-tried'].includes(answerOf(ev(event))),
    saysNothing: ({ event }: Args) => saysNothing(ev(event)),
    isTypedSupport: ({ event }: Args) => typedPick(ev(event), 'support') !== null,
    isSkip: ({ event }: Args) => answerOf(ev(event)) === 'skip',
    wantsTip: ({ context }: Args) => context.tip,
};
