/**
 * A Discord that fails the bot's start-up, on 127.0.0.1: REST refuses the token (401, as
 * Discord does for a wrong one), or the gateway takes the connection and then refuses the token
 * (close 4004) or never sends READY (HELLO, then silence). The working fake is fake-discord.ts.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

export type Failure = 'rest-401' | 'gateway-4004' | 'never-ready';

export class BrokenDiscord {
  /** Gateway connections opened, and those still open. */
  opened = 0;
  open = 0;
  private readonly changed: (() => void)[] = [];

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    private readonly failure: Failure,
  ) {}

  static async start(failure: Failure): Promise<BrokenDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ server, path: '/gateway' });
    const fake = new BrokenDiscord(server, wss, failure);
    server.on('request', (req, res) => {
      res.setHeader('content-type', 'application/json');
      if (fake.failure === 'rest-401') return res.writeHead(401).end(JSON.stringify({ message: '401: Unauthorized', code: 0 }));
      if (req.url !== '/api/v10/gateway/bot') return res.writeHead(404).end(JSON.stringify({ message: '404: Not Found', code: 0 }));
      const limit = { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 };
      res.end(JSON.stringify({ url: `ws://127.0.0.1:${fake.port}/gateway`, shards: 1, session_start_limit: limit }));
    });
    wss.on('connection', (ws) => {
      fake.opened += 1;
      fake.open += 1;
      fake.notify();
      ws.on('close', () => {
        fake.open -= 1;
        fake.notify();
      });
      // 'never-ready' takes one connection; it refuses any later one at once (see unreachable.test.ts).
      if (fake.failure === 'never-ready' && fake.opened > 1) return ws.close(4004, 'Authentication failed.');
      ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
      ws.on('message', (raw) => {
        const op = (JSON.parse(String(raw)) as { op: number }).op;
        if (op === 1) ws.send(JSON.stringify({ op: 11 }));
        // IDENTIFY: Discord closes with 4004 for a token it does not accept; 'never-ready' stays silent.
        if (op === 2 && fake.failure === 'gateway-4004') ws.close(4004, 'Authentication failed.');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** For `DISCORD_API_URL`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Resolves once `probe` holds, checked whenever a gateway connection opens or closes. */
  async until(probe: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
    const timer = setTimeout(() => this.notify(), timeoutMs);
    const t0 = Date.now();
    try {
      while (!probe()) {
        if (Date.now() - t0 >= timeoutMs) throw new Error(`broken discord: waited ${timeoutMs} ms for ${what} (opened ${this.opened}, open ${this.open})`);
        await new Promise<void>((resolve) => this.changed.push(resolve));
      }
    } finally {
      clearTimeout(timer);
    }
  }

  private notify(): void {
    for (const f of this.changed.splice(0)) f();
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
