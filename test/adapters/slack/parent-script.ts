/**
 * What a parent does at each question of a first "no", by content key (a button to press or
 * words to type): the Slack tests that drive a whole conversation share it. The school's words
 * are the test's own.
 */
export type ScriptStep = { button: string } | { text: string };

export function firstNoScript(statement: string): Record<string, ScriptStep> {
  return {
    'home.menu': { button: 'choice:new-no' },
    'triage.ask-which-child': { button: 'choice:new-child' },
    'triage.ask-nickname': { text: 'Maisie' },
    'triage.ask-request': { text: 'A reduced timetable for a gradual return.' },
    'triage.ask-statement': { text: statement },
    'triage.ask-who': { button: 'choice:senco' },
    // The statement names Mrs Patel: confirmed, not asked again.
    'triage.confirm-who': { button: 'choice:said-by' },
    'triage.ask-when': { button: 'choice:today' },
    // The case profile (asked once per case) and the situation behind the "no".
    'profile.ask-place': { button: 'choice:england' },
    'profile.ask-plan': { button: 'choice:none' },
    'profile.ask-age': { button: 'choice:skip' },
    'profile.ask-pronouns': { button: 'choice:she' },
    'situation.ask': { button: 'choice:none' },
  };
}
