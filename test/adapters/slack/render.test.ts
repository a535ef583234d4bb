/** The adapter's pure parts: payload → Turn, replies → Block Kit, log scrubbing, App Home summary. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { homeView } from '../../../src/adapters/slack/app-home.js';
import { glanceView, summarizeCase } from '../../../src/features/case-file/case-at-a-glance.js';
import { slackWords } from '../../../src/adapters/slack/words.js';
import { bootContent } from '../../../src/app.js';
import { scrub } from '../../../src/security/safe-log.js';
import { SLACK_BOT_EVENTS, SLACK_BOT_SCOPES } from '../../../src/adapters/slack/manifest.js';
import { BUTTONS_PER_ROW, chosenBlocks, closedBlock, firstText, renderReplies } from '../../../src/adapters/slack/to-blocks.js';
import { actionToTurn, commandToTurn, dmMessageToTurn, mentionToTurn, plainText } from '../../../src/adapters/slack/to-turn.js';
import { parseSubcommand } from '../../../src/adapters/slash-commands.js';
import { payloadKind } from '../../../src/adapters/slack/payload-shape.js';
import type { SlackWordKey } from '../../../src/adapters/slack/words.js';
import type { NoteRow } from '../../../src/core/ports.js';
import type { Reply } from '../../../src/core/types.js';
import { dm, eventCallback, mention } from './fake-slack.js';

const words = (key: SlackWordKey, vars: Record<string, string> = {}) => `[${key}${vars['label'] ? `:${vars['label']}` : ''}]`;
const now = new Date('2025-01-10T10:00:00Z');

describe('to-turn', () => {
  it('maps a DM to a text turn for slack:<team>:<user>, keyed by event id', () => {
    const m = dmMessageToTurn(dm('U1', 'they said &lt;no&gt; &amp; <https://school.example|the letter>', 'Ev1'), now);
    expect(m.ok && m.turn).toMatchObject({ id: 'slack:ev:Ev1', channel: 'slack', user: 'slack:T1:U1', where: 'dm', input: { kind: 'text', text: 'they said <no> & the letter (https://school.example)' } });
    expect(m.ok && m.where).toEqual({ kind: 'channel', channel: 'DU1' });
  });

  it('skips bot posts, edits and non-DM messages', () => {
    const e = (extra: Record<string, unknown>) => eventCallback({ type: 'message', channel: 'DU1', channel_type: 'im', user: 'U1', text: 'x', ts: '1.1', ...extra });
    expect(dmMessageToTurn(e({ subtype: 'message_changed' }), now).ok).toBe(false);
    expect(dmMessageToTurn(e({ bot_id: 'B1' }), now).ok).toBe(false);
    expect(dmMessageToTurn(e({ channel_type: 'channel' }), now).ok).toBe(false);
    expect(dmMessageToTurn({ type: 'event_callback' }, now).ok).toBe(false);
  });

  it('maps a mention to a public turn answered in its thread, without the bot mention', () => {
    const body = mention('U1', 'C1', 'help please');
    const m = mentionToTurn(body, now);
    expect(m.ok && m.turn.where).toBe('public');
    expect(m.ok && m.turn.input).toEqual({ kind: 'text', text: 'help please' });
    expect(m.ok && m.where).toEqual({ kind: 'channel', channel: 'C1', threadTs: (body['event'] as { ts: string }).ts });
  });

  it('parses /nextstep subcommands; unknown or empty is help', () => {
    expect(parseSubcommand('say They said   no.')).toEqual({ name: 'say', args: 'They said   no.' });
    expect(parseSubcommand('NOTES')).toEqual({ name: 'notes', args: '' });
    expect(parseSubcommand('start now')).toEqual({ name: 'start', args: 'now' });
    expect(parseSubcommand('export csv')).toEqual({ name: 'export', args: 'csv' });
    expect(parseSubcommand('')).toEqual({ name: 'help', args: '' });
    expect(parseSubcommand('dance wildly')).toEqual({ name: 'help', args: '' });
    const m = commandToTurn({ team_id: 'T1', user_id: 'U1', channel_id: 'C1', command: '/nextstep', text: 'say no', trigger_id: 'tr1', response_url: 'http://x.test/r' }, now);
    expect(m.ok && m.turn).toMatchObject({ id: 'slack:cmd:tr1', where: 'dm', input: { kind: 'command', name: 'say', args: 'no' } });
  });

  it('gives a double click the same turn id and different buttons different ids', () => {
    const body = (action: string, trigger: string) => ({
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'U1', team_id: 'T1' },
      trigger_id: trigger,
      container: { type: 'message', message_ts: '1.5', channel_id: 'DU1', is_ephemeral: false },
      channel: { id: 'DU1' },
      message: { ts: '1.5', blocks: [] },
      actions: [{ action_id: action, value: 'q3', text: { type: 'plain_text', text: 'Yes' }, type: 'button' }],
    });
    const a = actionToTurn(body('choice:yes', 't1'), now);
    const b = actionToTurn(body('choice:yes', 't2'), now);
    const c = actionToTurn(body('choice:no', 't3'), now);
    expect(a.ok && b.ok && a.turn.id === b.turn.id).toBe(true);
    expect(a.ok && c.ok && a.turn.id !== c.turn.id).toBe(true);
    expect(a.ok && a.turn.input).toEqual({ kind: 'choice', id: 'yes', promptId: 'q3' });
    expect(actionToTurn(body('something-else', 't4'), now).ok).toBe(false);
  });

  it('keeps an email or web address as the parent typed it, where Slack made it a link', () => {
    expect(plainText('Ask <mailto:senco@oak.sch.uk|senco@oak.sch.uk> or see <http://www.oak.sch.uk/send|www.oak.sch.uk/send>')).toBe('Ask senco@oak.sch.uk or see www.oak.sch.uk/send');
    expect(plainText('<https://oak.sch.uk/a?b=1&amp;c=2>')).toBe('https://oak.sch.uk/a?b=1&c=2');
    // A link whose words are not its address (pasted from a formatted email) keeps both.
    expect(plainText('the <https://oak.sch.uk/policy.pdf|attendance policy>')).toBe('the attendance policy (https://oak.sch.uk/policy.pdf)');
  });

  it('flattens Slack markup and recognises payload kinds', () => {
    expect(plainText('<@UBOT> hi <@U2|sam> in <#C1|general> <!here>')).toBe('hi @sam in #general @here');
    expect(payloadKind({ type: 'event_callback', event: { type: 'message' } })).toBe('event');
    expect(payloadKind({ type: 'block_actions', user: { id: 'U1' }, actions: [{ action_id: 'choice:x' }] })).toBe('action');
    expect(payloadKind({ type: 'block_actions', actions: [] })).toBeNull();
    expect(payloadKind({ command: '/nextstep', team_id: 'T1', user_id: 'U1', channel_id: 'C1' })).toBe('command');
    expect(payloadKind({ command: '/nextstep' })).toBeNull();
    expect(payloadKind({ type: 'view_submission' })).toBeNull();
    expect(payloadKind(null)).toBeNull();
  });
});

describe('to-blocks', () => {
  const question = (n: number, freeText = false): Reply => ({
    type: 'question',
    key: 'q.key',
    text: 'Which one?',
    promptId: 'q7',
    choices: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, label: `Choice ${i}` })),
    freeText,
  });

  it('renders a question as a section and rows of at most five buttons (choice:<id>, value = promptId)', () => {
    const [msg] = renderReplies([question(7)], words);
    expect(msg?.kind).toBe('message');
    if (msg?.kind !== 'message') return;
    const rows = msg.blocks.filter((b) => b.type === 'actions').map((b) => b['elements'] as { action_id: string; value: string }[]);
    expect(rows.map((r) => r.length)).toEqual([BUTTONS_PER_ROW, 2]);
    expect(rows[0]?.[0]).toMatchObject({ action_id: 'choice:c0', value: 'q7' });
  });

  it('groups text with the next question, and sends documents and long texts as files, in order', () => {
    const replies: Reply[] = [
      { type: 'text', key: 'a', text: 'Here is your letter.' },
      { type: 'document', key: 'letter.x', title: 'Data request', filename: 'data-request.md', mime: 'text/markdown', body: 'Dear SENCo,\n...' },
      { type: 'text', key: 'b', text: 'x'.repeat(5000) },
      { type: 'text', key: 'c', text: 'What next?' },
      question(2),
    ];
    const out = renderReplies(replies, words);
    expect(out.map((d) => d.kind)).toEqual(['message', 'file', 'file', 'message']);
    expect(out[1]).toMatchObject({ kind: 'file', filename: 'data-request.md', content: 'Dear SENCo,\n...' });
    // The document's title shows on its file; no comment repeats it above. A long text's comment says why it is a file.
    expect(out[1]).toMatchObject({ title: 'Data request' });
    expect(out[1]).not.toHaveProperty('comment');
    expect(out[2]).toMatchObject({ kind: 'file', comment: '[slack.long-text]' });
    for (const d of out) if (d.kind === 'message') for (const b of d.blocks) expect(JSON.stringify(b).length).toBeLessThan(3500);
  });

  it('ephemerally: files go to the DM with a note in line, and each question is its own message', () => {
    const out = renderReplies(
      [
        { type: 'text', key: 'a', text: 'Intro' },
        { type: 'document', key: 'letter.x', title: 'T', filename: 'x.md', mime: 'text/markdown', body: 'B' },
        question(2, true),
      ],
      words,
      { ephemeral: true },
    );
    expect(out.map((d) => d.kind)).toEqual(['file', 'message', 'message']);
    expect(JSON.stringify(out[1])).toContain('[slack.sent-to-dm]');
    expect(JSON.stringify(out[2])).toContain('[slack.answer-in-dm]');
  });

  it('says under the buttons that typing works too, when the engine says so', () => {
    const [typed] = renderReplies([{ ...question(2, true), hint: 'Or type it.' } as Reply], words);
    const [buttonsOnly] = renderReplies([question(2)], words);
    expect(JSON.stringify(typed)).toContain('Or type it.');
    expect(JSON.stringify(buttonsOnly)).not.toContain('Or type it.');
  });

  it("cuts a long message's notification text between words, not inside one", () => {
    const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const [msg] = renderReplies([{ type: 'text', key: 'a', text: long }], words);
    if (msg?.kind !== 'message') throw new Error('expected a message');
    expect(msg.text.length).toBeLessThanOrEqual(300);
    expect(msg.text.endsWith('…')).toBe(true);
    // Every word before the ellipsis is whole.
    const shown = msg.text.slice(0, -1).split(' ');
    expect(shown.every((w) => long.split(' ').includes(w))).toBe(true);
    expect(firstText(msg.blocks).slice(0, -1).split(' ').every((w) => long.split(' ').includes(w))).toBe(true);
  });

  it('escapes Slack markup so a parent cannot ping @channel or forge links', () => {
    const [msg] = renderReplies([{ type: 'text', key: 'a', text: 'Hi <!channel> & <https://evil|click>' }], words);
    expect(JSON.stringify(msg)).toContain('Hi &lt;!channel&gt; &amp; &lt;https://evil|click&gt;');
  });

  it('an answered message keeps its question, loses its buttons and shows the choice', () => {
    const [msg] = renderReplies([question(3, true)], words);
    if (msg?.kind !== 'message') throw new Error('expected a message');
    const after = chosenBlocks(msg.blocks, 'Choice 1', words);
    expect(after.some((b) => b.type === 'actions')).toBe(false);
    expect(after[0]).toEqual(msg.blocks[0]);
    expect(JSON.stringify(after.at(-1))).toContain('[slack.chosen:Choice 1]');
    expect(chosenBlocks(msg.blocks, null, words)).toEqual([msg.blocks[0]]);
  });

  it('an earlier question whose record is gone becomes one line, in words a parent reads, with no buttons', () => {
    const block = closedBlock(slackWords(bootContent()));
    expect(block.type).toBe('context');
    expect(JSON.stringify(block)).toContain("This was an earlier question, so I've taken its buttons away.");
  });
});

describe('bolt-logger scrub', () => {
  it('removes quoted input and JSON from library log lines', () => {
    let err: unknown;
    try {
      JSON.parse('my son Theo will not go');
    } catch (e) {
      err = e;
    }
    const line = scrub(['Malformed request body:', (err as Error).message]);
    expect(line).toContain('Malformed request body');
    expect(line).not.toContain('Theo');
    expect(scrub(['http request body: {"text":"Theo"}'])).not.toContain('Theo');
    expect(scrub([{ text: 'Theo' }])).not.toContain('Theo');
  });
});

describe('app-home summary', () => {
  const note = (over: Partial<NoteRow>): NoteRow => ({ id: 1, userId: 'u', caseId: 1, kind: 'answer', topic: 't', text: 'x', at: '2025-01-01T00:00:00Z', day: '2025-01-01', nickname: 'Sam', ...over });
  it('lists each kind of no per case, newest notes first, and upcoming dates soonest first', () => {
    const notes = [
      note({ id: 1, kind: 'statement', category: 'data', who: 'SENCo' }),
      note({ id: 2, kind: 'statement', category: 'resources' }),
      note({ id: 3, kind: 'next_step', due: '2025-02-01' }),
      note({ id: 4, kind: 'next_step', due: '2025-01-20' }),
      note({ id: 5, kind: 'next_step', due: '2024-12-01' }),
      note({ id: 6, caseId: 2, kind: 'statement', category: 'precedent' }),
    ];
    const s = summarizeCase([{ id: 1, userId: 'u', nickname: 'Sam', createdAt: '', disclaimerShown: true }], notes, '2025-01-10');
    expect(s.cases).toEqual([{ nickname: 'Sam', kinds: [{ category: 'data', who: 'SENCo', saidOn: undefined }, { category: 'resources', who: undefined, saidOn: undefined }] }]);
    expect(s.latest.map((n) => n.id)).toEqual([6, 5, 4, 3, 2]);
    expect(s.due.map((n) => n.id)).toEqual([4, 3]);
  });

  it('shows a drafted letter among the latest notes by its title, not its opening lines', () => {
    const content = bootContent();
    const title = content.letter('data-request')?.title as string;
    const letter = note({ id: 7, kind: 'draft', topic: 'letter.data-request', text: 'Date: 2025-01-01\n\nDear Ms Lee,\n\nThank you for your reply' });
    const view = homeView(glanceView(summarizeCase([], [letter], '2025-01-10'), content), slackWords(content));
    const text = JSON.stringify(view.blocks);
    expect(text).toContain(title);
    expect(text).not.toContain('Dear Ms Lee');
  });
});

describe('docs/slack.md (the set-up page the manifest points to)', () => {
  const manifestText = readFileSync(new URL('../../../slack-manifest.yaml', import.meta.url), 'utf8');
  const page = readFileSync(new URL('../../../docs/slack.md', import.meta.url), 'utf8');
  it('exists where the manifest says, and explains every scope, event and variable', () => {
    expect(manifestText).toContain('docs/slack.md');
    for (const scope of Object.keys(SLACK_BOT_SCOPES)) expect(page).toContain(`| \`${scope}\` |`);
    for (const event of SLACK_BOT_EVENTS) expect(page).toContain(`| \`${event}\` |`);
    for (const v of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_PORT', 'SLACK_API_URL']) expect(page).toContain(v);
  });
});

describe('slack-manifest.yaml', () => {
  it('asks for exactly the scopes and events the adapter uses', () => {
    const manifest = parse(readFileSync(new URL('../../../slack-manifest.yaml', import.meta.url), 'utf8')) as {
      oauth_config: { scopes: { bot: string[]; user?: string[] } };
      settings: { event_subscriptions: { bot_events: string[]; request_url: string }; interactivity: { request_url: string } };
      features: { slash_commands: { command: string; url: string }[]; app_home: { home_tab_enabled: boolean } };
    };
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(Object.keys(SLACK_BOT_SCOPES).sort());
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...SLACK_BOT_EVENTS].sort());
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/nextstep']);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    // One path for everything (Bolt's default).
    for (const url of [manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url, ...manifest.features.slash_commands.map((c) => c.url)]) {
      expect(url).toMatch(/\/slack\/events$/);
    }
  });
});
