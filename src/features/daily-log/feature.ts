/**
 * The daily log: a day logged in chat or imported, daily check-in prompts, the summary and the
 * chart. Its words: content/prompts/{daily-log,checkin}.yaml; its store port: daily-log-port.ts.
 */
import type { Feature } from '../../core/feature.js';
import { chart, checkin, checkinPrompt, log, summary } from './chat-commands.js';
import { createCheckinSource } from './checkin-source.js';
import { logTold, namedScopeFits, toldFits } from './told-command.js';
import { DAILY_LOG_EFFECTS } from './daily-log-effects.js';
import { DAILY_LOG_SETTING_TOPICS } from './model.js';
import { checkinFlow } from '../../../flows/daily-log/checkin.flow.js';
import { dailyLogFlow } from '../../../flows/daily-log/daily-log.flow.js';

export const dailyLog: Feature = {
  id: 'daily-log',
  flows: [dailyLogFlow, checkinFlow],
  effects: DAILY_LOG_EFFECTS,
  // "summary Sam" without the slash (`summary-for`, `chart-for`): the same commands, read only when the words after name their children or a range.
  commands: { log, checkin, summary, chart, 'summary-for': summary, 'chart-for': chart, 'checkin-prompt': checkinPrompt, 'log-told': logTold },
  intents: ['log', 'checkin', 'summary', 'chart', 'summary-for', 'chart-for', 'log-told'],
  // A day told in free text at the menu (W13-2): offered to the log, at the menu only.
  openingIntents: ['log-told'],
  // "…my mum is poorly. pause reminders for 3 weeks" (W15-8): a pause ending a longer message.
  closingIntents: ['checkin'],
  intentsWhen: { 'log-told': toldFits, 'summary-for': namedScopeFits, 'chart-for': namedScopeFits },
  contentKeys: ['daily-log.told-noted', 'daily-log.told-kept'],
  dueSources: (store) => [createCheckinSource(store)],
  // The check-in time is a setting kept as a note, not an event in the case.
  settingTopics: DAILY_LOG_SETTING_TOPICS,
  // The zone the parent gave for their check-in: their day is counted in it before any channel's.
  parentZone: (store, userId) => store.logs.getCheckin(userId)?.zone,
};
