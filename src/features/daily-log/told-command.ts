/**
 * `log-told`: a day told in free text at the menu ("jj went in at 10 came home at 12 after a
 * meltdown in maths, bad morning maybe 8", W13-2) is offered to the daily log, for the day it
 * names (today unless it says "yesterday" or a weekday), for the child it names if it names one;
 * a no hands the words on as before. The phrases: `intents.log-told.opening` in
 * content/words/intents.yaml; read only at the menu, by a parent with a child (`toldFits`).
 */
import { startFlow, type RunContext } from '../../core/flow-runner.js';
import type { IntentFits } from '../../core/feature.js';
import type { ChatCommand } from '../../core/run-context.js';
import { startDailyLog } from './chat-commands.js';
import { childrenNamedIn, namesOnlyChildrenOrRange } from './children-named.js';
import { addDays, weekdayOf } from './dates.js';
import type { Weekday } from './model.js';
import { parseLogDate } from './parse.js';
import { schoolWeek } from './school-week.js';
import { readToldDay } from './told-day.js';

/**
 * The day a told day names: "yesterday", "on monday", "this morning"; today otherwise (never a day
 * ahead), or on a day off school (a Saturday) the last school day, as a plain `log` offers (W15-14).
 */
function toldDate(text: string, today: string, schoolDays: readonly Weekday[]): string {
  const said = /\b(the day before yesterday|yesterday|(?:last |on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.exec(text);
  if (!said) {
    let day = today;
    while (schoolDays.length > 0 && !schoolDays.includes(weekdayOf(day))) day = addDays(day, -1);
    return day;
  }
  const r = parseLogDate(said[1] as string, today);
  return 'date' in r ? r.date : today;
}

/** The one child the words name ("jj went in…" for JJ; "Rosie's maths"), if only one (children-named.ts). */
function namedChild(ctx: RunContext, text: string): string | undefined {
  const named = childrenNamedIn(ctx.store.listCases(ctx.session.userId), text);
  return named.length === 1 ? named[0]?.nickname : undefined;
}

export const logTold: ChatCommand = (args, ctx) => {
  const told = readToldDay(args, ctx.store.logs.schoolDayHours(ctx.session.userId));
  // Nothing a log can keep after all: the menu reads the words, as before.
  if (!told?.attendance) {
    startFlow(ctx, ctx.menuFlow, { statement: args });
    return;
  }
  const child = namedChild(ctx, args);
  const settings = ctx.store.logs.getCheckin(ctx.session.userId);
  startDailyLog(ctx, toldDate(args, ctx.day, schoolWeek(settings?.zone, settings?.days).days), false, false, {
    told: { ...told, text: args },
    offerTold: true,
    ...(child ? { child } : {}),
  });
};

/** Only at the menu, and only for a parent with a child to log for: a first message is read as before. */
export const toldFits: IntentFits = (store, at) => at.atMenu === true && store.listCases(at.userId).length > 0;

/** "summary Sam", "chart Zoe last 2 weeks" without the slash: only when the words name only their children or a range (situations16). */
export const namedScopeFits: IntentFits = (store, at) => namesOnlyChildrenOrRange(store.listCases(at.userId), at.args ?? '');
