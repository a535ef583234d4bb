/**
 * What a timeline row says it is about: a note's topic label, in the parent's voice
 * (`notes.topic.<topic>`) or the record's (`case-file.packet.topic.<topic>`, for the school to
 * read). The parent's own words kept under a topic with no label of its own (one a flow adds later)
 * take their area's (`notes.topic-area.<first part>`: "about a school day"), so no such row reads as
 * an answer to nothing (W21 L4). Words that answer only the bot's own question of which kind of no
 * it is are the parent's, never the school's record.
 */
import type { ContentCatalog } from '../../content/catalog.js';
import type { NoteRow } from '../../core/ports.js';

export type LabelVoice = 'parent' | 'record';

/** The key for a note kind or topic in a voice: the record's own wording when it has one. */
export function voiced(content: ContentCatalog, voice: LabelVoice, key: string): string {
  const record = `case-file.packet.${key.slice('notes.'.length)}`;
  return voice === 'record' && content.has(record) ? record : key;
}

/** The key of a topic's label in a voice, or '' when it has none; an area's only for the parent's own words. */
export function topicLabelKey(content: ContentCatalog, topic: string, voice: LabelVoice, kind: NoteRow['kind'] = 'parent_words'): string {
  const own = `notes.topic.${topic}`;
  if (content.has(own)) return voiced(content, voice, own);
  const area = `notes.topic-area.${String(topic ?? '').split('.')[0] ?? ''}`;
  return kind === 'parent_words' && content.has(area) ? voiced(content, voice, area) : '';
}

/**
 * The parent's words answering only the bot's own question, which kind of no it is (which-kind.ts,
 * `<prefix>.kind-words`): they shaped the advice, and the kind of no stands in the record beside the
 * school's words; to a school, without the question, they say nothing. Kept in the parent's notes.
 */
export const onlyOurQuestion = (n: NoteRow): boolean => n.kind === 'parent_words' && n.topic.endsWith('.kind-words');
