/**
 * `/nextstep [start|say <what they said>|notes|help]`: acknowledged at once with an empty 200,
 * answered ephemerally through response_url; `say` classifies the pasted statement.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonsOf, click, keysOf, postCommand, postInteraction, slashCommand, startHarness, respondsFor, type Harness } from './fake-slack.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});


describe('Slack slash command', () => {
  it('acknowledges within 3 seconds and answers help ephemerally', async () => {
    const fields = slashCommand(h.fake, 'U1', 'help');
    const started = Date.now();
    const res = await postCommand(h.port, fields);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(Date.now() - started).toBeLessThan(3000);
    await h.waitForLog('turn delivered', 1);
    const answers = respondsFor(h.fake, fields['trigger_id'] ?? '');
    expect(answers.length).toBeGreaterThan(0);
    for (const a of answers) expect(a['response_type']).toBe('ephemeral');
    expect(answers.flatMap((a) => keysOf(a['blocks']))).toContain('help.text');
    // Nothing was posted publicly.
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('an unknown or empty subcommand is help', async () => {
    for (const text of ['', 'dance']) {
      const fields = slashCommand(h.fake, 'U1', text);
      await postCommand(h.port, fields);
      await h.fake.waitFor(() => respondsFor(h.fake, fields['trigger_id'] ?? '').length > 0, `answer to "${text}"`);
      expect(respondsFor(h.fake, fields['trigger_id'] ?? '').flatMap((a) => keysOf(a['blocks']))).toContain('help.text');
    }
  });

  it('say classifies the pasted statement and suggests what to say next', async () => {
    const statement = 'We would need to see more evidence and data over the next half term before we could consider any changes to his timetable.';
    const fields = slashCommand(h.fake, 'U2', `say ${statement}`);
    await postCommand(h.port, fields);
    await h.waitForLog('turn delivered', 1);
    const answers = respondsFor(h.fake, fields['trigger_id'] ?? '');
    const keys = answers.flatMap((a) => keysOf(a['blocks']));
    expect(keys.some((k) => k.startsWith('say-next.'))).toBe(true);
    for (const a of answers) expect(a['response_type']).toBe('ephemeral');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(h.logger.dump()).not.toContain('evidence');

    // A button in the ephemeral answer: answered through its response_url, the original replaced.
    const withButtons = answers.find((a) => buttonsOf(a['blocks']).length > 0);
    const button = buttonsOf(withButtons?.['blocks'])[0];
    if (button) {
      const url = h.fake.responseUrl('click-1');
      await postInteraction(h.port, click('U2', 'C-GENERAL', '1690000000.999999', withButtons?.['blocks'], button, { ephemeral: true, responseUrl: url }));
      await h.waitForLog('turn delivered', 2);
      const clickAnswers = respondsFor(h.fake, 'click-1');
      expect(clickAnswers[0]?.['replace_original']).toBe(true);
      expect(buttonsOf(clickAnswers[0]?.['blocks'])).toEqual([]);
      for (const a of clickAnswers.slice(1)) expect(a['response_type']).toBe('ephemeral');
      expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    }
  });

  it('start begins the conversation with the menu, ephemerally, pointing free-text answers to the DM', async () => {
    const fields = slashCommand(h.fake, 'U3', 'start');
    await postCommand(h.port, fields);
    await h.waitForLog('turn delivered', 1);
    const answers = respondsFor(h.fake, fields['trigger_id'] ?? '');
    const last = answers.at(-1);
    expect(keysOf(last?.['blocks'])).toContain('home.menu');
    expect(buttonsOf(last?.['blocks']).map((b) => b.actionId)).toContain('choice:new-no');
  });

  it('notes with none yet says so', async () => {
    const fields = slashCommand(h.fake, 'U4', 'notes');
    await postCommand(h.port, fields);
    await h.waitForLog('turn delivered', 1);
    expect(respondsFor(h.fake, fields['trigger_id'] ?? '').flatMap((a) => keysOf(a['blocks']))).toContain('notes.empty');
  });
});
