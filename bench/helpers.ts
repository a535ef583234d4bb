/** Small helpers of the bench runner (bench/run.ts): statistics, child processes, the peer. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const PEER = join(HERE, 'peer');
const progress = (s: string) => process.stderr.write(`bench: ${s}\n`);

export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
}
export const us = (ms: number) => Math.round(ms * 1000);
export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
export const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Between phases: flush the previous phase's dirty pages (a 100 MB database checkpointed on
 * close) so its writeback does not stall the next phase's fsyncs.
 */
export async function settle(): Promise<void> {
  spawnSync('sync');
  await new Promise((r) => setTimeout(r, 1000));
}

export function ensurePeer(): boolean {
  if (existsSync(join(PEER, 'node_modules', 'botbuilder-dialogs', 'package.json'))) return true;
  progress('installing the peer (botbuilder-dialogs) into bench/peer on first run; this takes a minute or two…');
  // botbuilder-dialogs runs npx in its postinstall: npm_config_yes answers its prompt.
  const r = spawnSync('npm', ['install', '--prefix', PEER, '--no-audit', '--no-fund'], {
    cwd: PEER,
    env: { ...process.env, npm_config_yes: 'true' },
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (r.status !== 0) progress('peer install failed; peer figures will be missing');
  return r.status === 0;
}

export function runChild(cmd: string, args: string[]): Promise<{ line: string; wallMs: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let wallMs = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      if (!wallMs && d.includes('\n')) wallMs = performance.now() - t0;
      out += d;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ line: out.trim().split('\n').at(-1) ?? '', wallMs }) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

/**
 * The Node flags package.json's `start` (or `cli`) script gives the product's process, so the
 * bench measures a process run as the product runs: today `npm start`'s cap on the young
 * generation (`--max-semi-space-size`, see the README's start-up and memory section).
 */
export function productNodeFlags(root: string = ROOT, script: 'start' | 'cli' = 'start'): string[] {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const entry = script === 'start' ? 'main' : 'cli';
  const m = new RegExp(`^node((?: --[a-z0-9-]+(?:=\\S+)?)*) scripts/run\\.mjs ${entry}$`).exec(scripts[script] ?? '');
  if (!m) throw new Error(`package.json: the ${script} script is not "node [--flags] scripts/run.mjs ${entry}"`);
  return (m[1] ?? '').split(' ').filter(Boolean);
}
