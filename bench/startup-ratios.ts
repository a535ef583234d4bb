/**
 * Start-up as ratios within one run, so a busy or slow machine cancels out: each figure is the
 * median of 3 fresh processes, divided by the median of 3 bare `node -e ''` on the same machine
 * at the same time.
 *
 *   startup   `npm start`'s process (node scripts/run.mjs main), the console chat on the
 *             10,000-conversation database: spawn → its first reply on stdout.
 *   cli       `npm run cli -- notes` (node scripts/run.mjs cli notes …): spawn → exit.
 *
 * npm's own start-up (a few hundred ms before it runs the script) is not counted: it is npm's,
 * and the same for any package.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { productNodeFlags } from './helpers.js';

export interface StartupRatios {
  node_ms: number;
  startup_ms: number;
  cli_ms: number;
  startup_ratio_vs_node: number;
  cli_ratio_vs_node: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Spawn → exit (or → the first stdout bytes, when `firstOutput`), in ms. */
function timeProcess(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; firstOutput?: boolean }): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // stdin a pipe left open: the console chat runs scripted and waits for input after replying.
    const child = spawn(process.execPath, args, { cwd: opts.cwd, env: opts.env, stdio: ['pipe', 'pipe', 'ignore'] });
    let done = false;
    const finish = (ms: number) => {
      if (done) return;
      done = true;
      resolve(ms);
      if (child.exitCode === null) child.kill('SIGTERM');
    };
    child.stdout.on('data', () => {
      if (opts.firstOutput) finish(performance.now() - t0);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!opts.firstOutput && code !== 0) reject(new Error(`${args.join(' ')} exited ${code}`));
      finish(performance.now() - t0);
    });
  });
}

export async function startupRatios(root: string, dbPath: string, user: string): Promise<StartupRatios> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXTSTEP_DB: dbPath, LOG_LEVEL: 'error' };
  for (const k of Object.keys(env)) if (/^(SLACK|DISCORD)_/.test(k)) delete env[k];
  // As npm start and npm run cli run them: each with its script's Node flags (package.json).
  const flags = productNodeFlags(root, 'start');
  const cliFlags = productNodeFlags(root, 'cli');
  const run = join(root, 'scripts', 'run.mjs');
  // Build first if anything is stale, and run each command once unmeasured, so no measured run
  // includes a build or writes the command's code cache (scripts/load-bundle.mjs): the figures
  // are those of every run after the first.
  spawnSync(process.execPath, [...cliFlags, run, 'cli', '--help'], { cwd: root, env, stdio: 'ignore' });
  spawnSync(process.execPath, [...flags, run, 'main'], { cwd: root, env, input: '', stdio: ['pipe', 'ignore', 'ignore'] });
  spawnSync(process.execPath, [...cliFlags, run, 'cli', 'notes', '--user', user, '--db', dbPath], { cwd: root, env, stdio: 'ignore' });
  const nodeMs: number[] = [];
  const startMs: number[] = [];
  const cliMs: number[] = [];
  // Interleaved, so a burst of load elsewhere falls on all three alike.
  for (let i = 0; i < 3; i++) {
    nodeMs.push(await timeProcess(['-e', ''], { cwd: root, env }));
    startMs.push(await timeProcess([...flags, run, 'main'], { cwd: root, env, firstOutput: true }));
    cliMs.push(await timeProcess([...cliFlags, run, 'cli', 'notes', '--user', user, '--db', dbPath], { cwd: root, env }));
  }
  const n = median(nodeMs);
  const s = median(startMs);
  const c = median(cliMs);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return { node_ms: Math.round(n), startup_ms: Math.round(s), cli_ms: Math.round(c), startup_ratio_vs_node: r2(s / n), cli_ratio_vs_node: r2(c / n) };
}
