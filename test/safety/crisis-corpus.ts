/**
 * Every string already written into the tests, content, flows and bench, and the crisis screen's
 * pattern lists: what the crisis tests run the screens on (crisis-material.ts builds generated
 * messages from them too; a test that needs only these strings does not build those).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parse } from 'yaml';
import { PHRASE_FIXES } from '../../src/safety/crisis-normalise.js';
import { ALLOW, RULES } from '../../src/safety/crisis-rules.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const CRISIS_PATTERNS: readonly RegExp[] = RULES.map((r) => r.re);
export const PHRASE_PATTERNS: readonly RegExp[] = PHRASE_FIXES.map(([re]) => re);
export const ALL_PATTERNS = [...CRISIS_PATTERNS, ...ALLOW, ...PHRASE_PATTERNS];

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'fixtures' ? [] : files(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

/** Every string literal and template text in a TypeScript file, unescaped. */
function literals(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    else if (ts.isTemplateExpression(node)) out.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

function yamlStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(yamlStrings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(yamlStrings);
  return [];
}

let corpus: string[] | undefined;

/** Every string in the tests, the bench, the flows and the content, each once. */
export function corpusStrings(): string[] {
  corpus ??= [
    ...new Set([
      ...['test', 'bench', 'flows'].flatMap((d) => files(join(ROOT, d), /\.ts$/)).flatMap(literals),
      ...files(join(ROOT, 'content'), /\.ya?ml$/).flatMap((f) => yamlStrings(parse(readFileSync(f, 'utf8')))),
    ]),
  ];
  return corpus;
}
