/**
 * The setting topics of the features src/app.ts lists, for the commands that need only those
 * (the CLI's `notes` and `export`), without loading every feature's flows as importing app.ts
 * would (a fifth of `notes`' run). test/house/setting-topics-index.test.ts holds it equal to
 * what the composition root merges from FEATURES, so a feature that declares a setting topic
 * and is missing here fails the build.
 */
import { ADVICE_SETTING_TOPICS } from './features/advice/profile.js';
import { DAILY_LOG_SETTING_TOPICS } from './features/daily-log/model.js';

export const SETTING_TOPICS: ReadonlySet<string> = new Set([...ADVICE_SETTING_TOPICS, ...DAILY_LOG_SETTING_TOPICS]);
