/**
 * Start-up probe, run as a fresh process by bench/run.ts: loads the app the way `npm start`
 * does (tsx, content, classifier training, database open with its key check), then answers one
 * returning parent. Prints one JSON line; the parent process times spawn → that line.
 * Usage: tsx bench/startup.ts DB_PATH USER
 */
const [dbPath, user] = process.argv.slice(2);
if (!dbPath || !user) throw new Error('usage: startup.ts DB_PATH USER');
const t0 = performance.now();
const { createApp } = await import('../src/app.js');
const app = createApp({ dbPath });
const replies = await app.engine.handleTurn({ id: `startup-${Date.now()}`, channel: 'console', user, input: { kind: 'command', name: 'resume', args: '' }, receivedAt: new Date() });
const ready = performance.now();
process.stdout.write(`${JSON.stringify({ since_process_start_ms: ready, app_ms: ready - t0, first_reply: replies[0]?.key ?? null, rss_mb: process.memoryUsage().rss / 2 ** 20 })}\n`);
app.close();
