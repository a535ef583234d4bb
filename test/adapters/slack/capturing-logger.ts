/** A logger for channel tests that keeps every line, to wait on and to check that no parent's words were logged. */
import type { Logger } from '../../../src/core/ports.js';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: object;
  msg: string | undefined;
}
export interface CapturingLogger extends Logger {
  lines: LogLine[];
  /** Everything logged, as one string (to assert no parent text leaked). */
  dump(): string;
  count(msg: string): number;
}

export function capturingLogger(onLine?: () => void): CapturingLogger {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (obj: object, msg?: string) => {
    lines.push({ level, obj, msg });
    onLine?.();
  };
  return {
    lines,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    dump: () => lines.map((l) => `${l.level} ${JSON.stringify(l.obj)} ${l.msg ?? ''}`).join('\n'),
    count: (msg) => lines.filter((l) => l.msg === msg).length,
  };
}
