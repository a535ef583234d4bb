/**
 * A note whose topic a feature declares as a setting (`Feature.settingTopics`) is kept as a note
 * but never shown in the timeline: not in chat's `notes`, not in the school's packet. The case
 * file names no other feature's topics; the engine merges what each feature declares.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootContent, FEATURES, SETTING_TOPICS } from '../../../src/app.js';
import { createEngine } from '../../../src/core/engine.js';
import { settingTopicsOf, type Feature } from '../../../src/core/feature.js';
import { silentLogger } from '../../../src/core/ports.js';
import type { Reply } from '../../../src/core/types.js';
import { PROFILE_TOPIC, SIGN_OFF_TOPIC } from '../../../src/features/advice/profile.js';
import { CHECKIN_TOPIC } from '../../../src/features/daily-log/model.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { FixedClock, fixedClassifier, sender, tempDir } from '../../support/builders.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** A feature with nothing but a setting of its own. */
const preferences = (settingTopics?: string[]): Feature => ({
  id: 'preferences',
  flows: [],
  effects: [],
  commands: {},
  intents: [],
  contentKeys: [],
  dueSources: () => [],
  ...(settingTopics ? { settingTopics } : {}),
});

const PREFERENCE = 'preferences.colour';
const EVENT_TEXT = 'The school said no to the quiet room';
const SETTING_TEXT = 'Colour: teal';

/** An engine over FEATURES plus `extra`, with one event and one preference noted for parent-a. */
function appWith(extra: Feature) {
  const tmp = tempDir('nextstep-settings-');
  const store = new SqliteStore({ path: join(tmp.dir, 'n.db') });
  cleanups.push(() => {
    store.close();
    tmp.cleanup();
  });
  const clock = new FixedClock(new Date('2026-11-25T10:00:00Z'));
  const content = bootContent();
  const classifier = fixedClassifier('data');
  const engine = createEngine({ store, clock, content, classifier, features: [...FEATURES, extra], logger: silentLogger, throttle: false });
  const at = clock.now().toISOString();
  store.ensureUser('parent-a', at);
  const caseId = store.openCase('parent-a', 'Sam', at).id;
  store.addNote({ userId: 'parent-a', caseId, kind: 'statement', topic: 'triage.statement', text: EVENT_TEXT, at, day: at.slice(0, 10) });
  store.addNote({ userId: 'parent-a', caseId, kind: 'answer', topic: PREFERENCE, text: SETTING_TEXT, at, day: at.slice(0, 10) });
  return { store, send: sender({ engine }, clock) };
}

const textOf = (replies: Reply[]) => replies.map((r) => (r.type === 'document' ? r.body : 'text' in r ? r.text : '')).join('\n');

describe('setting topics declared by their features', () => {
  it('the school packet leaves out a topic its feature declares as a setting, and keeps the events', async () => {
    const { store, send } = appWith(preferences([PREFERENCE]));
    const packet = textOf(await send({ kind: 'command', name: 'export', args: 'md' }));
    expect(packet).toContain(EVENT_TEXT);
    expect(packet).not.toContain(SETTING_TEXT);
    // Still a note: the JSON export and the store keep it.
    expect(store.listNotes('parent-a').map((n) => n.topic)).toContain(PREFERENCE);
  });

  it('shows the same note when no feature declares its topic (so the test above can fail)', async () => {
    const { send } = appWith(preferences());
    expect(textOf(await send({ kind: 'command', name: 'export', args: 'md' }))).toContain(SETTING_TEXT);
  });

  it('chat notes leave it out too', async () => {
    const { send } = appWith(preferences([PREFERENCE]));
    const notes = textOf(await send({ kind: 'command', name: 'notes', args: '' }));
    expect(notes).toContain(EVENT_TEXT);
    expect(notes).not.toContain(SETTING_TEXT);
  });

  it('the shipped features declare their own settings, merged at the composition root', () => {
    expect([...SETTING_TOPICS].sort()).toEqual([CHECKIN_TOPIC, PROFILE_TOPIC, SIGN_OFF_TOPIC].sort());
    expect(settingTopicsOf([preferences([PREFERENCE]), preferences()])).toEqual(new Set([PREFERENCE]));
  });
});
