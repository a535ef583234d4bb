/** situations16's words: the days held, the child already off the roll, and the words each place reads (item 6). */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';
import { offRollFlow, silenceFlow } from '../../flows/advice/situations.js';
import { HANDOVER, choice, emittedKeys, replay, text } from '../features/flow-paths.js';

const content = loadContent();
const US = { place: 'us', region: 'Ohio', plan: 'none', pronouns: 'he' };

describe('silence replies holding the days the case holds', () => {
  it.each(['clear.cancelled', 'firm.cancelled', 'clear.dated-cancelled', 'firm.dated-cancelled'])('%s fills every day and holds no placeholder', (v) => {
    const words = content.render(`say-next.replies.situation.silence.${v}`, { dates: '30 November and 11 Dec', cancelled: '12 Jan' });
    expect(words).toContain('12 Jan');
    expect(words).not.toMatch(/\[[^\]]*\]|\{\{/);
  });
});

describe('a child already off the roll: no signing, no choice, no law', () => {
  it.each(['off-roll-done.intro', 'off-roll-done.still-ask', 'say-next.situation.off-roll-done', 'say-next.replies.situation.off-roll-done.clear', 'situation.confirm.off-roll-done'])('%s', (key) => {
    const words = content.render(key, { nickname: 'Arjun' });
    expect(words).not.toMatch(/\bsign|your choice|section \d|\bact\b|the law/i);
  });
});

describe('words each place reads (item 6)', () => {
  it('a US parent is pointed to their own advocate after pressure to withdraw the child', () => {
    const r = replay(offRollFlow.machine, { ...HANDOVER, statement: 'Home schooling might suit him better, here is the form.', profile: US }, [choice('not-wanted'), text('a quiet start'), choice('use-nickname')]);
    expect(emittedKeys(r.effects).map((k) => k.key)).toContain('terms.us.advocate');
  });

  it('silence: if no date comes, the principal in the US, the head teacher in England', () => {
    const run = (profile: Record<string, string>) =>
      emittedKeys(replay(silenceFlow.machine, { ...HANDOVER, statement: 'no reply at all', profile }, [text('emailed 30 Nov'), choice('none'), text('friday 29 march'), choice('use-nickname')]).effects).map((k) => k.key);
    expect(run(US)).toContain('silence.then.principal');
    expect(run({ place: 'england', plan: 'none', pronouns: 'he' })).toContain('silence.then');
    expect(content.render('silence.then.principal')).toMatch(/principal/);
  });

  it('the silence replies to send name the head in words that read in every place', () => {
    for (const v of ['firm', 'firm.dated', 'firm.cancelled', 'firm.dated-cancelled']) {
      expect(content.render(`say-next.replies.situation.silence.${v}`, { dates: '30 November', cancelled: '12 Jan' })).not.toMatch(/head teacher/i);
    }
  });

  it('sent home: how it was recorded is asked in words for every place (a suspension too)', () => {
    expect(content.render('sent-home.ask-recorded', { nickname: 'Kai' })).toMatch(/suspension/);
  });
});
