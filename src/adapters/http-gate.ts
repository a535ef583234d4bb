/**
 * A gate in front of a platform SDK's HTTP listener, for what the SDK itself does not bound. A
 * body is refused from its declared length before anything reads it (411 without a length, 413
 * over the cap), so a flood never reaches a parser; then read only within the cap and handed to
 * the platform's `check` (a signature, a shape), which refuses it or lets it pass. What passes goes
 * on to the listeners the server had, with the bytes already read as `rawBody` (the SDK reads that
 * instead of the stream). GET and HEAD pass untouched. Refusals are logged by status and reason.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from '../core/ports.js';
import { readCapped } from '../core/read-capped.js';

export type BufferedRequest = IncomingMessage & { rawBody: Buffer };

/** Why a request is refused: its status, the log line, and log fields (never the body). */
export interface Refusal {
  status: number;
  msg: string;
  fields?: Record<string, unknown>;
}

export interface HttpGateOptions {
  /** The log's `src` (the platform). */
  src: string;
  maxBytes: number;
  /** The platform's own checks on the buffered request: a refusal, or null to let it pass. */
  check(req: BufferedRequest): Refusal | null;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

const TOO_BIG = 'request refused before parsing';

/** Wraps the server's request listeners (the SDK registered its own when it made the server). */
export function gateRequests(server: Server, logger: Logger, opts: HttpGateOptions): void {
  const handlers = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  const refuse = (res: ServerResponse, { status, msg, fields }: Refusal) => {
    logger.warn({ src: opts.src, status, ...fields }, msg);
    if (!res.headersSent) res.writeHead(status, { connection: 'close' }).end();
  };
  const pass = (req: IncomingMessage, res: ServerResponse) => {
    for (const h of handlers) h(req, res);
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'GET' || req.method === 'HEAD') return pass(req, res);
    const declared = Number(req.headers['content-length']);
    if (!Number.isFinite(declared) || declared > opts.maxBytes) {
      const known = Number.isFinite(declared);
      refuse(res, { status: known ? 413 : 411, msg: TOO_BIG, fields: { bytes: known ? declared : null } });
      req.resume();
      return;
    }
    void (async () => {
      const raw = await readCapped(req, opts.maxBytes).catch(() => null);
      if (raw === null) return refuse(res, { status: 413, msg: TOO_BIG, fields: { bytes: declared } });
      const buffered = Object.assign(req, { rawBody: raw }) satisfies BufferedRequest;
      const refusal = opts.check(buffered);
      if (refusal) return refuse(res, refusal);
      pass(buffered, res);
    })().catch((err: unknown) => {
      logger.error({ src: opts.src, kind: err instanceof Error ? err.name : typeof err }, 'request gate failed');
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
}
