/**
 * A fast path for the one YAML shape the classifier example files use:
 *
 *   # comments
 *   label: data
 *   examples:
 *     - a plain one-line statement
 *     - "a double-quoted one"   (escapes: \" and \\ only)
 *     - 'a single-quoted one'   ('' for ')
 *     - |-                      (or |: a block literal)
 *       Dear Mrs ...,
 *       ...
 *
 * The `yaml` library takes 50-150 ms to parse these files at a cold start; this takes a few.
 * It returns null for anything outside that shape (flow style, escapes, anchors, multi-line plain
 * scalars, plain scalars YAML would read as a number/boolean/null, ...), and the caller then uses
 * the `yaml` library, so the result is always what `yaml` would produce. A test checks parity.
 */

export interface ExamplesDoc {
  label: string;
  examples: string[];
}

const ITEM = /^( *)- (.*)$/;
const LABEL = /^label: ([a-z_]+)$/;
/** Plain scalars that YAML 1.2 (core schema) resolves to something other than a string. */
const NON_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

export function parseExamplesYaml(src: string): ExamplesDoc | null {
  const lines = src.replace(/\r\n/g, '\n').split('\n');
  let label: string | null = null;
  let examples: string[] | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (isBlankOrComment(line)) {
      i++;
      continue;
    }
    if (line.includes('\t')) return null;
    const l = LABEL.exec(line);
    if (l) {
      if (label !== null) return null;
      label = l[1] as string;
      i++;
      continue;
    }
    if (line === 'examples:' && examples === null) {
      examples = [];
      let listIndent = -1;
      i++;
      while (i < lines.length) {
        const item = lines[i] as string;
        if (isBlankOrComment(item)) {
          i++;
          continue;
        }
        const m = ITEM.exec(item);
        if (!m) break;
        const indent = (m[1] as string).length;
        // Items at another indent would nest or continue a scalar: not this shape.
        if (listIndent === -1) listIndent = indent;
        else if (indent !== listIndent) return null;
        const rest = (m[2] as string).replace(/^ +/, '');
        if (rest === '|-' || rest === '|') {
          const block = readBlock(lines, i + 1, indent, rest === '|');
          if (block === null) return null;
          examples.push(block.text);
          i = block.next;
          continue;
        }
        const value = scalar(rest);
        if (value === null) return null;
        // A more-indented line after a one-line item would continue it (or be something else).
        const next = lines[i + 1];
        if (next !== undefined && !isBlankOrComment(next) && leading(next) > indent) return null;
        examples.push(value);
        i++;
      }
      continue;
    }
    return null;
  }
  if (label === null || examples === null) return null;
  return { label, examples };
}

function isBlankOrComment(line: string): boolean {
  const t = line.trimStart();
  return t === '' || t.startsWith('#');
}

function leading(line: string): number {
  return line.length - line.trimStart().length;
}

/** A one-line scalar: plain, "double-quoted" without escapes, or 'single-quoted'. */
function scalar(raw: string): string | null {
  const s = raw.replace(/ +$/, '');
  if (s === '') return null;
  if (s.startsWith('"')) {
    if (s.length < 2 || !s.endsWith('"')) return null;
    const inner = s.slice(1, -1);
    // Only \" and \\ are handled; an unescaped quote, a trailing backslash or any other escape
    // (\t, \u..., a line continuation) is left to the yaml library.
    if (!/^(?:[^"\\]|\\["\\])*$/.test(inner)) return null;
    return inner.replace(/\\(["\\])/g, '$1');
  }
  if (s.startsWith("'")) {
    if (s.length < 2 || !s.endsWith("'")) return null;
    const inner = s.slice(1, -1);
    if (/'(?!')/.test(inner.replace(/''/g, ''))) return null;
    return inner.replace(/''/g, "'");
  }
  // Plain: no leading indicator, no ": " or " #", no trailing ":", and it must read as a string.
  if (/^[-?:,[\]{}#&*!|>%@`]/.test(s)) return null;
  if (s.includes(': ') || s.includes(' #') || s.endsWith(':')) return null;
  if (NON_STRING.test(s)) return null;
  return s;
}

/** A `|-` (strip) or `|` (clip) block literal whose lines are indented deeper than the item. */
function readBlock(lines: string[], start: number, itemIndent: number, keepNewline: boolean): { text: string; next: number } | null {
  let i = start;
  let indent = -1;
  const out: string[] = [];
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      out.push('');
      i++;
      continue;
    }
    const n = leading(line);
    if (indent === -1) {
      if (n <= itemIndent) return null;
      indent = n;
    }
    if (n < indent) break;
    if (line.includes('\t')) return null;
    out.push(line.slice(indent));
    i++;
  }
  if (indent === -1) return null;
  // Trailing blank lines belong to the chomping, not the content.
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  const text = out.join('\n');
  return { text: keepNewline ? `${text}\n` : text, next: i };
}
