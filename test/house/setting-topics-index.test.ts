/**
 * The CLI reads the features' setting topics from a light index (src/setting-topics.ts) rather
 * than the composition root, which loads every feature. The index must be what the root merges.
 */
import { describe, expect, it } from 'vitest';
import { FEATURES, SETTING_TOPICS as FROM_FEATURES } from '../../src/app.js';
import { settingTopicsOf } from '../../src/core/feature.js';
import { SETTING_TOPICS } from '../../src/setting-topics.js';

describe('the setting topics index', () => {
  it('holds exactly the setting topics the features declare', () => {
    expect([...SETTING_TOPICS].sort()).toEqual([...settingTopicsOf(FEATURES)].sort());
    expect([...SETTING_TOPICS].sort()).toEqual([...FROM_FEATURES].sort());
    expect(SETTING_TOPICS.size).toBeGreaterThan(0);
  });

  it('would notice a feature whose topic is missing from it', () => {
    const withAnother = [...FEATURES, { ...FEATURES[0], settingTopics: ['another.setting'] }] as typeof FEATURES;
    expect([...settingTopicsOf(withAnother)].sort()).not.toEqual([...SETTING_TOPICS].sort());
  });
});
