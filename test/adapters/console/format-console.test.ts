import { beforeAll, describe, expect, it } from 'vitest';
import { formatAside, formatReply, LABEL, loadWrapping } from '../../../src/adapters/console/format-console.js';

// Wrapping is loaded only for a terminal; these tests give a width, as a terminal would.
beforeAll(loadWrapping);

const words = (s: string) => s.replace(LABEL, '').split(/\s+/).filter(Boolean);
const PARAGRAPH =
  'We will work out what kind of no it is, what to ask next, and what to put in writing, and I will keep dated notes as we go so that you have a record.';

describe('console layout', () => {
  it('wraps to the terminal width without splitting or losing words', () => {
    const out = formatReply(PARAGRAPH, 60);
    const lines = out.split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(60);
    expect(words(out)).toEqual(words(PARAGRAPH));
    // Continuation lines sit under the text, not under the label.
    for (const l of lines.slice(1)) expect(l.startsWith(' '.repeat(LABEL.length))).toBe(true);
  });

  it('hangs a numbered option under its own text', () => {
    const option = `  3. ${PARAGRAPH}`;
    const lines = formatReply(`What next?\n${option}`, 50).split('\n');
    expect(lines[1]).toMatch(/^ +3\. We/);
    const hang = LABEL.length + '  3. '.length;
    for (const l of lines.slice(2)) expect(l).toMatch(new RegExp(`^ {${hang}}\\S`));
  });

  it('leaves lines whole when the width is unknown (piped output) or too narrow', () => {
    expect(formatReply(PARAGRAPH)).toBe(`${LABEL}${PARAGRAPH}`);
    expect(formatReply(PARAGRAPH, 20)).toBe(`${LABEL}${PARAGRAPH}`);
  });

  it('keeps the reply’s own line breaks, and blank lines without trailing spaces', () => {
    const out = formatReply('One.\n\nTwo.', 80);
    expect(out.split('\n')).toEqual([`${LABEL}One.`, '', `${' '.repeat(LABEL.length)}Two.`]);
  });

  it('aligns asides with the reply text', () => {
    expect(formatAside('(saved to x.pdf)')).toBe(`${' '.repeat(LABEL.length)}(saved to x.pdf)`);
  });
});
