/**
 * A real app process for multi-instance tests: the app's own entry point (`npm start`, run by
 * tsx so no build is needed) with its JSON log lines parsed, to wait on what it logs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Json } from './fake-slack.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

/** One `npm start` (the entry point run by tsx, so no build is needed), its log lines parsed. */
export class Instance {
  readonly lines: Json[] = [];
  private readonly waiters = new Set<() => void>();
  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    let buf = '';
    child.stderr?.on('data', (d: Buffer) => {
      buf += d.toString('utf8');
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line.startsWith('{')) this.lines.push(JSON.parse(line) as Json);
      }
      for (const w of [...this.waiters]) w();
    });
  }

  /** Started once it logs `ready` (Slack's start; with Discord too, 'next step is running'). */
  static async start(env: NodeJS.ProcessEnv, ready = 'slack started'): Promise<Instance> {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main.ts')], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'], ...env, SLACK_PORT: String(port) },
      // Logs go to stderr (pino), one JSON object a line.
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const inst = new Instance(child, port);
    await inst.waitFor(() => inst.count(ready) > 0, ready, 30_000);
    return inst;
  }

  count(msg: string | Set<string>): number {
    return this.lines.filter((l) => (typeof msg === 'string' ? l['msg'] === msg : msg.has(String(l['msg'])))).length;
  }

  waitFor(probe: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!probe()) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`instance on port ${this.port}: timed out waiting for ${what}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  /** Ends the process at once, as a crash or an OOM kill would: no shutdown, nothing flushed. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
