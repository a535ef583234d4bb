/** The words of the meeting offered as a date to watch (flows/advice/situation.flow.ts; D-L2 of the seventh walk). */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();

describe('a meeting still to come, offered as a date to watch', () => {
  it('names the date as given, says what keeping it does, and that a wrong date can be typed', () => {
    const said = content.render('situation.meeting', { date: 'December 15, 2026' });
    expect(said).toContain('December 15, 2026');
    expect(said).toMatch(/date to watch/);
    expect(said).toMatch(/type the right one/i);
  });
  it('a typed "yes" or "no" picks its button (each starts with it)', () => {
    expect(content.render('situation.choice.keep-meeting')).toMatch(/^Yes\b/);
    expect(content.render('situation.choice.leave-meeting')).toMatch(/^No\b/);
  });
  it('a meeting already kept is said to be, with its date, and is not asked about', () => {
    const said = content.render('situation.meeting-already-kept', { date: '15 April 2030' });
    expect(said).toContain('15 April 2030');
    expect(said).toMatch(/already in your notes/);
    expect(said).toMatch(/date to watch/);
    expect(said).not.toMatch(/\?/);
  });
  it('the note reads as a sentence in the notes, and its topic has words for the chat and the packet', () => {
    expect(content.render('situation.meeting-note')).toMatch(/^The meeting .*\.$/);
    // Whoever named the meeting (the school's words, or the parent's own account): never "they mentioned" (eleventh walk W11-18).
    expect(content.render('situation.meeting-note')).not.toMatch(/school mentioned|they mentioned/i);
    expect(content.render('situation.meeting', { date: '15 April 2030' })).not.toMatch(/^They mentioned/);
    expect(content.has('notes.topic.meeting.to-come')).toBe(true);
    expect(content.has('case-file.packet.topic.meeting.to-come')).toBe(true);
  });
});
