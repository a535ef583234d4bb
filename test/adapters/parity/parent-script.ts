/**
 * One parent, the same in every channel: what they do at each question, by content key. A first
 * "no" to its letter (buttons and typed answers), "what do I say next?", a day's check-in, the
 * notes, and the odd inputs (words typed at a question that takes only its buttons, a click on a
 * question the conversation has moved past). The school's and the parent's words are the test's own.
 */

/** Press the button (console: type the number) of the choice with this id, or type these words. */
export type Action = { press: string } | { type: string };

/** How a part of the conversation starts. */
export type Opening =
  /** The parent's first contact: the console opens the chat itself, a chat platform waits for "hello". */
  | { greet: true }
  | { type: string }
  /** The channel's command: `/notes` in the console, `/nextstep notes` in Slack and Discord. */
  | { command: string; args?: string }
  /** A click on the first question asked with this key, long since answered by typing (channels with buttons). */
  | { staleClick: { key: string; press: string } };

export interface Part {
  name: string;
  open: Opening;
  /**
   * The answer at each question, by content key; a list is taken in turn on each visit (the
   * same question asked again), each answer once. A question with no answer left ends the part.
   */
  answers: Record<string, Action | Action[]>;
}

export const STATEMENT =
  'Mrs Patel, the SENCo, said they need more data before they can consider a reduced timetable, so we should keep bringing Maisie in and they will track attendance for six weeks.';

export const SCRIPT: readonly Part[] = [
  {
    name: 'a first "no", to its letter',
    open: { greet: true },
    answers: {
      'home.menu': { press: 'new-no' },
      'triage.ask-nickname': { type: 'Maisie' },
      'triage.ask-request': { type: 'A reduced timetable & a quiet room for a gradual return.' },
      'triage.ask-statement': { type: STATEMENT },
      // The statement names Mrs Patel: confirmed, not asked again.
      'triage.confirm-who': { press: 'said-by' },
      // Typed where buttons are offered: the words pick the button.
      'triage.ask-when': { type: 'today' },
      'triage.confirm.data': { press: 'yes' },
      'profile.ask-place': { type: 'England' },
      'profile.ask-plan': { press: 'none' },
      'profile.ask-age': { type: '12' },
      'profile.ask-pronouns': { press: 'she' },
      'situation.ask': { press: 'none' },
      // An email and a web address: Slack sends them as links.
      'no-data.ask-missing': { type: 'They have not said. Ask senco@oakfield.sch.uk, and see www.oakfield.sch.uk/send for the policy.' },
      'no-data.ask-collection': { press: 'not-said' },
      'no-data.ask-meanwhile': { type: 'not sure' },
      'no-data.ask-by-when': { press: 'not-said' },
      'facts.ask-school-name': { type: 'Maisie Jones' },
      'facts.ask-sign-off': { type: 'Jo Bloggs' },
      // This question takes only its buttons: words typed there are not an answer.
      'facts.check-wording': [{ type: 'maybe, I am not sure' }, { press: 'ok' }],
      'home.menu-after-letter': { press: 'keep' },
    },
  },
  {
    name: '"what do I say next?"',
    open: { type: 'what do I say next?' },
    answers: {
      'say-next.ask-recent': { press: 'recent' },
      'say-next.ask-draft': { press: 'no' },
    },
  },
  {
    name: "a day's check-in",
    open: { type: 'log today' },
    answers: {
      'daily-log.ask-attendance.today': { press: 'partial' },
      'daily-log.ask-hours': { type: '9:30-12:15' },
      'daily-log.ask-difficulty': { press: 'd:7' },
      'daily-log.ask-triggers': { press: 't:morning-transition' },
      'daily-log.ask-triggers-more': [{ press: 't:sensory' }, { press: 'done' }],
      'daily-log.ask-supports': { type: 'a quiet space' },
      'daily-log.ask-supports-more': { press: 'done' },
      'daily-log.ask-helped.typed': { type: 'yes' },
      'daily-log.ask-note.today': { type: 'Came home at lunch (<3 hours), tired but calm.' },
    },
  },
  {
    name: 'a daily reminder',
    open: { type: 'remind me at 7:30 on school days' },
    answers: { 'checkin.ask-zone': { press: 'zone:Europe/London' } },
  },
  {
    name: 'an old question clicked',
    open: { staleClick: { key: 'triage.ask-when', press: 'yesterday' } },
    answers: {},
  },
  {
    name: '"what do I say next?", by command',
    open: { command: 'say', args: 'The head teacher says they do not have the staff for a one to one at drop off this year.' },
    answers: { 'say-next.ask-draft': { press: 'no' } },
  },
  {
    name: 'the case file in Markdown, by command',
    open: { command: 'export', args: 'md' },
    answers: {},
  },
  {
    name: 'the notes, by command',
    open: { command: 'notes' },
    // A button under the command's answer (in Slack, an ephemeral message).
    answers: { 'home.menu': { press: 'help' } },
  },
];
