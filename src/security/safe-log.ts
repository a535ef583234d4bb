/**
 * Log fields for an error that say where it happened and what kind it was, never what it said:
 * messages can quote a parent's words (V8's JSON.parse errors include a snippet of the input,
 * zod and flow errors may echo values). Stack frames name only code locations.
 */
export function errorFields(err: unknown): { err: string; code?: string; at?: string } {
  if (!(err instanceof Error)) return { err: typeof err };
  const code = (err as { code?: unknown }).code;
  const frames = (err.stack ?? '')
    .split('\n')
    .filter((l) => l.startsWith('    at '))
    .slice(0, 3)
    .map((l) => l.trim().slice(3).replace(/^.*\((.*)\)$/, '$1').replace(/^file:\/\//, '').replace(/^.*\/(src|flows|node_modules|dist)\//, '$1/'));
  return {
    err: err.name,
    ...(typeof code === 'string' ? { code } : {}),
    ...(frames.length ? { at: frames.join(' < ') } : {}),
  };
}

/**
 * A third-party library's log line, made safe to keep: a JSON parse error quotes the start of
 * the body it choked on (`Unexpected token 'm', "my son won"... is not valid JSON`), so quoted
 * fragments and anything that looks like a JSON object are cut out, and lines are capped.
 */
const MAX_LINE = 200;

export function scrub(parts: readonly unknown[]): string {
  const text = parts
    .map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.name : typeof p === 'number' || typeof p === 'boolean' ? String(p) : `[${typeof p}]`))
    .join(' ');
  const cleaned = text
    .replace(/"(?:[^"\\]|\\.)*"?/g, '"…"')
    .replace(/'(?:[^'\\]|\\.)*'?/g, "'…'")
    .replace(/`[^`]*`?/g, '`…`')
    .replace(/[{[][\s\S]*$/, '[…]');
  return cleaned.length > MAX_LINE ? `${cleaned.slice(0, MAX_LINE - 1)}…` : cleaned;
}

/** An SDK error's name and codes (a platform's code, an HTTP status), never a message that might quote a parent. */
export function errorCodes(err: unknown): { err: string; code?: string | number; status?: number } {
  if (!(err instanceof Error)) return { err: typeof err };
  const e = err as Error & { code?: unknown; status?: unknown };
  return {
    err: e.name,
    ...(typeof e.code === 'string' || typeof e.code === 'number' ? { code: e.code } : {}),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
  };
}
