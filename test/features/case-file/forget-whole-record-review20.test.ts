/**
 * review20 R7: `/nextstep forget all my data` (and "all my notes", "my details", "everything
 * thanks") is the whole record, asked about as "forget me" is, never "no child by that name". And
 * where a name is none of the parent's children, the answer says how to erase everything (the
 * place-worded "forget me"). By keys and the key's words' references.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, question, withChildren, type CaseApp } from './support.js';

const app = caseAppsAfterEach();

const twoChildren = (): Promise<CaseApp> => withChildren(app(), ['Rosie', 'Alfie']);

describe('`forget` with words that mean everything (review20 R7)', () => {
  it.each(['all my data', 'all my notes', 'my details', 'everything thanks', 'all of my information', 'all our data', 'my data please', 'everything you have'])('`forget %s` asks to erase everything', async (args) => {
    const a = await twoChildren();
    const r = await a.send(cmd('forget', args));
    expect(keysOf(r)).not.toContain('case-file.forget-child.not-found');
    expect(question(r).key).toBe('case-file.forget.confirm-children');
  });

  it('`forget Noah` (no such child) still says so, and nothing is erased', async () => {
    const a = await twoChildren();
    const r = await a.send(cmd('forget', 'Noah'));
    expect(keysOf(r)).toContain('case-file.forget-child.not-found');
    expect(a.store.listCases('parent-a')).toHaveLength(2);
  });

  it('"no child by that name" says how to erase everything', () => {
    const a = app();
    expect(a.content.variants('case-file.forget-child.not-found').every((v) => v.includes('{{@place.forget-me}}'))).toBe(true);
  });
});
