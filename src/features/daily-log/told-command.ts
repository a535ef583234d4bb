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
import { parseLogDate } from './parse.js';
import { readToldDay } from './told-day.js';

/** The day a told day names: "yesterday", "on monday", "this morning"; today otherwise (never a day ahead). */
function toldDate(text: string, today: string): string {
  const said = /\b(the day before yesterday|yesterday|(?:last |on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.exec(text);
  const r = parseLogDate(said ? (said[1] as string) : 'today', today);
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
  startDailyLog(ctx, toldDate(args, ctx.day), false, false, {
    told: { ...told, text: args },
    offerTold: true,
    ...(child ? { child } : {}),
  });
};

/** Only at the menu, and only for a parent with a child to log for: a first message is read as before. */
export const toldFits: IntentFits = (store, at) => at.atMenu === true && store.listCases(at.userId).length > 0;

/** "summary Sam", "chart Zoe last 2 weeks" without the slash: only when the words name only their children or a range (situations16). */
export const namedScopeFits: IntentFits = (store, at) => namesOnlyChildrenOrRange(store.listCases(at.userId), at.args ?? '');
