// Worker-thread bootstrap for bench/shards-probe.ts: registers tsx's loader in this thread
// (a worker does not inherit it), then runs the probe's shard side.
import { register } from 'tsx/esm/api';

register();
await import('./shards-probe.ts');
