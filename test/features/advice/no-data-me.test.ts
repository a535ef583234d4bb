/**
 * Left by the third walk: "me" typed as who is getting the missing data made the data letter's
 * fourth line "Me, by 14 March.". The parent alone as the collector is written as the parent
 * writing (content keys `no-data.letter.i-collect`, `…-by`); anyone else stays in their words.
 */
import { describe, expect, it } from 'vitest';
import type { DraftParams, FlowEvent } from '../../../src/core/flow-kit.js';
import { loadContent } from '../../../src/content/catalog.js';
import { noDataFlow } from '../../../flows/advice/no-data.flow.js';
import { choice, HANDOVER, ofType, replay, text } from '../flow-paths.js';

const content = loadContent();
const byWhen = (events: FlowEvent[]) => ofType<DraftParams>(replay(noDataFlow.machine, HANDOVER, events).effects, 'draft')[0]?.vars['by_when'];

describe('no.data: the parent alone is getting the data', () => {
  it.each(['me', 'Me.', 'myself', 'I do', 'me!'])('%j then "by 14 March": the line says the parent will gather it by then', (who) => {
    expect(byWhen([text('a doctors note'), text(who), choice('nothing-yet'), text('by 14 March')])).toBe(content.render('no-data.letter.i-collect-by', { when: '14 March' }));
    expect(byWhen([text('a doctors note'), text(who), choice('nothing-yet'), text('14 March')])).toBe(content.render('no-data.letter.i-collect-by', { when: '14 March' }));
  });

  it('"us" is the family: we will gather it', () => {
    expect(byWhen([text('a doctors note'), text('us'), choice('nothing-yet'), text('the end of term')])).toBe(content.render('no-data.letter.we-collect-by', { when: 'the end of term' }));
  });

  it('the date skipped: the line is the sentence alone', () => {
    expect(byWhen([text('a doctors note'), text('me'), choice('nothing-yet'), choice('skip')])).toBe('no-data.letter.i-collect');
  });

  it('anyone else, or more words, stays in the parent\'s words', () => {
    expect(byWhen([text('a doctors note'), text('they expect me to get it'), choice('nothing-yet'), text('by 14 March')])).toBe('they expect me to get it, by 14 March');
  });
});
