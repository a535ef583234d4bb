/**
 * Fifteenth walk, W15-7: no way to put right the child's name ("her name is Rosie not Rosy"). The
 * correct flow offers the open child's name beside the statements; the new name is read back and
 * changed only on "yes", everywhere the case's name is used (packet, letters), with a dated note.
 */
import { describe, expect, it } from 'vitest';
import { correctMachine } from '../../../flows/case-file/correct.flow.js';
import { choice, ofType, replay, text } from '../flow-paths.js';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { shippedContent } from '../../../src/content/catalog.js';
import { cmd, documents, pick, question, sendLetterFor } from './support.js';

const STATEMENT = { id: 7, who: 'Mrs Hughes', saidOn: '2027-02-01', whoWords: 'Mrs Hughes', dateWords: '1 February 2027', words: 'We are short of staff…', category: 'data' };

describe("putting right the child's name", () => {
  it('offered beside the statements; read back; renamed on yes', () => {
    const two = { statements: [STATEMENT, { ...STATEMENT, id: 8 }], child: 'Rosy' };
    const r = replay(correctMachine, two, [choice('child-name'), text('Rosie'), choice('yes')]);
    expect(r.final.value).toBe('done');
    expect(ofType(r.effects, 'renameChild')).toEqual([{ nickname: 'Rosie' }]);
  });

  it('with one statement, and with none', () => {
    expect(ofType(replay(correctMachine, { statements: [STATEMENT], child: 'Rosy' }, [choice('child-name'), text('Rosie'), choice('yes')]).effects, 'renameChild')).toEqual([{ nickname: 'Rosie' }]);
    expect(ofType(replay(correctMachine, { statements: [], child: 'Rosy' }, [text('Rosie'), choice('yes')]).effects, 'renameChild')).toEqual([{ nickname: 'Rosie' }]);
  });

  it('nothing changes on "no", or for the same name', () => {
    expect(ofType(replay(correctMachine, { statements: [], child: 'Rosy' }, [text('Rosie'), choice('no')]).effects, 'renameChild')).toEqual([]);
    const same = replay(correctMachine, { statements: [], child: 'Rosy' }, [text('rosy')]);
    expect(same.final.value).toBe('askName');
  });
});

const app = caseAppsAfterEach();

describe('through the app', () => {
  it('the case takes the new name, and a dated note says from what to what', async () => {
    const a = app();
    await sendLetterFor(a, 'Rosy');
    const q = question(await a.send(cmd('correct')));
    expect(q.choices.map((c) => c.id)).toContain('child-name');
    expect(question(await a.send(pick('child-name'))).key).toBe('case-file.correct.ask-name');
    await a.send('Rosie');
    await a.send(pick('yes'));
    expect(a.store.listCases('parent-a').map((c) => c.nickname)).toEqual(['Rosie']);
    expect(a.store.listNotes('parent-a').at(-1)).toMatchObject({ kind: 'correction', topic: 'case-file.correct.nickname' });
    // review19 R12: the packet reads the case's new name (the name is data, not wording).
    const [doc] = documents(await a.send(cmd('export', 'md')));
    // The school's name for her was the same slip ("use the nickname"): put right with it. The school's
    // quoted words and the letter already sent stay as they were.
    expect(doc?.body.split('\n')[0]).toBe(`# ${shippedContent().render('case-file.packet.title-child', { nickname: 'Rosie' })}`);
  });
});
