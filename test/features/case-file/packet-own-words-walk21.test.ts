/**
 * W21 L4: the evidence packet's timeline showed "The parent wrote, in their own words: both
 * honestly, but mostly the staff thing" (the answer to the bot's "which kind of no is it?",
 * meaningless to a school without its question) and "his case manager, ms rodriguez" in lower case
 * while the letter says "Ms Rodriguez". Each row in the parent's own words says what it answered
 * (a content label per topic, else one for the topic's area); words that answer only the bot's own
 * question of which kind of no it is stay in the parent's notes, not the school's record; the
 * record writes a titled name as the letters do. The notes keep the typing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootContent } from '../../../src/app.js';
import type { NoteRow } from '../../../src/core/ports.js';
import { timelineGroups } from '../../../src/features/case-file/timeline.js';
import { topicLabelKey } from '../../../src/features/case-file/timeline-labels.js';
import { PART_READ_TOPIC } from '../../../src/core/added-words.js';

const content = bootContent();
let id = 0;
const at = '2026-12-08T15:00:00.000Z';
function note(kind: NoteRow['kind'], topic: string, text: string, who?: string): NoteRow {
  return { id: ++id, userId: 'u', caseId: 1, nickname: 'Jaylen', kind, topic, text, at, day: at.slice(0, 10), ...(who ? { who } : {}) };
}
const statement = { ...note('statement', 'triage.statement', "We don't have the staff for a 1:1 aide.", 'his case manager, ms rodriguez'), category: 'resources' as const };
const kindWords = note('parent_words', 'triage.kind-words', 'both honestly, but mostly the staff thing');
const planWords = note('parent_words', 'profile.words-kept', 'yes an IEP since 6th grade, for anxiety and ADHD');
const dayWords = note('parent_words', 'daily-log.attendance-words-kept', 'he made it in for 2nd period but texted me at lunch to come get him');
const newWords = note('parent_words', 'daily-log.some-new-topic', 'words under a topic no label names yet');
const notes = [statement, kindWords, planWords, dayWords, newWords];
const rows = (voice: 'record' | 'parent') => timelineGroups(content, notes, { voice }).flatMap((g) => g.entries);
const rowOf = (voice: 'record' | 'parent', text: string) => rows(voice).find((e) => e.text.startsWith(text.slice(0, 20)));

describe('the packet (the record)', () => {
  it('says what each row in the parent\'s own words answered', () => {
    expect(rowOf('record', planWords.text)?.label).toBe(`${content.render('case-file.packet.kind.parent_words')} (${content.render('case-file.packet.topic.profile.words-kept')})`);
    expect(rowOf('record', dayWords.text)?.label).toBe(`${content.render('case-file.packet.kind.parent_words')} (${content.render('case-file.packet.topic.daily-log.attendance-words-kept')})`);
    // A topic added later, with no label of its own: its area's.
    expect(rowOf('record', newWords.text)?.label).toBe(`${content.render('case-file.packet.kind.parent_words')} (${content.render('case-file.packet.topic-area.daily-log')})`);
  });

  it('leaves out words that answer only which kind of no it is; the parent\'s notes keep them, labelled', () => {
    expect(rowOf('record', kindWords.text)).toBeUndefined();
    expect(rowOf('parent', kindWords.text)?.label).toBe(`${content.render('notes.kind.parent_words')} (${content.render('notes.topic.triage.kind-words')})`);
  });

  it('writes a titled name as the letters do; the parent\'s notes keep the typing', () => {
    expect(rowOf('record', "We don't have")?.label).toContain('· his case manager, Ms Rodriguez');
    expect(rowOf('parent', "We don't have")?.label).toContain('· his case manager, ms rodriguez');
  });
});

/** Every topic a flow or feature writes the parent's own words under, read from the source. */
function parentWordsTopics(): string[] {
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
  const sources = [...files('flows'), ...files('src')].map((f) => readFileSync(f, 'utf8'));
  const all = sources.join('\n');
  const constant = (name: string) => new RegExp(`const ${name} = '([^']+)'`).exec(all)?.[1];
  const topics = new Set<string>();
  for (const src of sources) {
    const prefix = /const P = '([^']+)'/.exec(src)?.[1];
    for (const m of src.matchAll(/kind: 'parent_words',[^}]*?topic: (`[^`]*`|'[^']*'|[^,}\n]+)/g)) {
      const expr = (m[1] as string).trim();
      const literal = /^'([^']+)'$/.exec(expr)?.[1] ?? /^`\$\{P\}(\.[^`]+)`$/.exec(expr)?.[1]?.replace(/^/, prefix ?? '?');
      const conditional = [...expr.matchAll(/\b([A-Z_]+_TOPIC)\b/g)].map((c) => constant(c[1] as string));
      const byPrefix = /^`\$\{prefix\}(\.[^`]+)`$/.exec(expr)?.[1];
      if (byPrefix) for (const p of ['triage', 'say-next']) topics.add(`${p}${byPrefix}`);
      else if (literal) topics.add(literal);
      else for (const c of conditional) topics.add(c ?? `unresolved: ${expr}`);
    }
  }
  return [...topics].sort();
}

describe('house: every topic the parent\'s own words are kept under reads as what it answered', () => {
  // The engine keeps words a question read only in part under one topic, passed to its keeper (added-words.ts): named here.
  const topics = [...new Set([...parentWordsTopics(), PART_READ_TOPIC])].sort();
  it('finds them', () => {
    expect(topics).toEqual(expect.arrayContaining(['triage.kind-words', 'daily-log.support-refused', 'triage.first-message', 'engine.added-words']));
  });
  it.each(topics)('%s', (topic) => {
    expect(topic).not.toMatch(/^unresolved|\?/);
    for (const voice of ['parent', 'record'] as const) expect(topicLabelKey(content, topic, voice), voice).toBeTruthy();
  });
});
